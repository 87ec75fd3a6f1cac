import { describe, expect, it } from 'vitest';
import {
  checkCharacter,
  isValidResidentId,
  normaliseResidentId,
  residentIdBirthDate,
  residentIdConsistency,
  residentIdProblem,
  residentIdSex,
  upgradeResidentId15,
} from './resident-id';

// Test vectors from the domain guide §2.3 (checked against GB 11643-1999).
const VECTORS = ['11010519491231002X', '440524188001010014', '370101190102039973'];

describe('resident identity number (GB 11643-1999)', () => {
  it.each(VECTORS)('accepts the domain-guide vector %s', (id) => {
    expect(residentIdProblem(id)).toBeNull();
    expect(isValidResidentId(id)).toBe(true);
  });

  it('computes the check character of each vector from its first 17 digits', () => {
    for (const id of VECTORS) expect(checkCharacter(id.slice(0, 17))).toBe(id[17]);
  });

  it('maps every remainder to its check character, 2 being X', () => {
    // 10000000000000000: sum = 7 → r = 7 → '5'
    expect(checkCharacter('10000000000000000')).toBe('5');
    expect(checkCharacter('00000000000000000')).toBe('1');
  });

  it('rejects a malformed argument to checkCharacter', () => {
    expect(() => checkCharacter('1234')).toThrow(RangeError);
  });

  it('reports each problem by name, in order', () => {
    expect(residentIdProblem('1101051949123100')).toBe('length');
    expect(residentIdProblem('11010519491231002Y')).toBe('characters');
    expect(residentIdProblem('110105194912310021')).toBe('check_digit');
    const badDate = '11010519490231002';
    expect(residentIdProblem(badDate + checkCharacter(badDate))).toBe('birth_date');
    const badRegion = '99010519491231002';
    expect(residentIdProblem(badRegion + checkCharacter(badRegion))).toBe('region');
  });

  it('treats a birth date after today as a birth_date problem', () => {
    const first17 = '36010220300101001';
    const id = first17 + checkCharacter(first17);
    expect(residentIdProblem(id)).toBeNull();
    expect(residentIdProblem(id, '2025-06-30')).toBe('birth_date');
  });

  it('normalises spaces, full-width digits and a lower-case x', () => {
    expect(normaliseResidentId(' １１０１０５１９４９１２３１００２ｘ ')).toBe('11010519491231002X');
    expect(normaliseResidentId('110105 19491231 002x')).toBe('11010519491231002X');
    expect(residentIdProblem('11010519491231002x')).toBeNull();
  });

  it('upgrades a 15-digit number by inserting 19 and appending the check character', () => {
    expect(upgradeResidentId15('110105491231002')).toBe('11010519491231002X');
    expect(upgradeResidentId15('11010519491231002X')).toBeNull();
  });

  it('reads the birth date and sex from 18- and 15-digit numbers', () => {
    expect(residentIdBirthDate('11010519491231002X')).toBe('1949-12-31');
    expect(residentIdBirthDate('110105491231002')).toBe('1949-12-31');
    expect(residentIdBirthDate('abc')).toBeNull();
    expect(residentIdSex('11010519491231002X')).toBe(2);
    expect(residentIdSex('440524188001010014')).toBe(1);
    expect(residentIdSex('110105491231002')).toBe(2);
    expect(residentIdSex('')).toBeNull();
  });

  it('finds disagreements with the record and ignores unknown values', () => {
    const id = '11010519491231002X';
    expect(residentIdConsistency(id, { sex: 2, birthDate: '1949-12-31' })).toEqual([]);
    expect(residentIdConsistency(id, { sex: 1, birthDate: '1949-12-30' })).toEqual(['sex', 'birth_date']);
    expect(residentIdConsistency(id, { sex: 9, birthDate: null })).toEqual([]);
  });
});
