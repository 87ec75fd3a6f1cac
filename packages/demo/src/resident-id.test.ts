import { describe, expect, it } from 'vitest';
import { Random } from './random';
import { checkCharacter, hasValidCheckCharacter, makeResidentId, withTypo } from './resident-id';

describe('resident ID', () => {
  it('computes the check character of the GB 11643-1999 example 11010519491231002X', () => {
    expect(checkCharacter('11010519491231002')).toBe('X');
    expect(hasValidCheckCharacter('11010519491231002X')).toBe(true);
    expect(hasValidCheckCharacter('110105194912310021')).toBe(false);
  });

  it('rejects input that is not 17 digits', () => {
    expect(() => checkCharacter('1101051949123100')).toThrow(RangeError);
    expect(() => checkCharacter('1101051949123100A')).toThrow(RangeError);
  });

  it('makes IDs with the region, birth date, sex digit and a valid check character', () => {
    const r = new Random(1);
    for (let i = 0; i < 2000; i++) {
      const sex = i % 2 === 0 ? 1 : 2;
      const id = makeResidentId('360102', '19580704', sex, r);
      expect(id.slice(0, 14)).toBe('36010219580704');
      expect(Number(id[16]) % 2).toBe(sex === 1 ? 1 : 0);
      expect(id.slice(14, 17)).not.toBe('000');
      expect(hasValidCheckCharacter(id)).toBe(true);
    }
  });

  it('a keying error in one digit always breaks the check character', () => {
    const r = new Random(2);
    for (let i = 0; i < 5000; i++) {
      const id = makeResidentId('360721', '19700101', 1, r);
      const bad = withTypo(id, r);
      expect(bad).not.toBe(id);
      expect(bad.length).toBe(18);
      expect(hasValidCheckCharacter(bad)).toBe(false);
    }
  });
});
