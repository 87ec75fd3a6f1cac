import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { miniProvince } from '../testing/mini-province';
import { type TestApp, testApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('identifiers at rest', () => {
  it('stores no plaintext name, ID number, phone or address anywhere in the person and death tables', async () => {
    const raw = JSON.stringify([
      ...(await t.database.query('select * from persons')),
      ...(await t.database.query('select * from deaths')),
      ...(await t.database.query('select * from tumours')),
    ]);
    const seeded = miniProvince();
    for (const c of seeded.cases) {
      expect(raw).not.toContain(c.name);
      expect(raw).not.toContain(c.idNumber!);
      expect(raw).not.toContain(c.phone!);
      expect(raw).not.toContain(c.address!);
    }
    for (const d of seeded.deaths) expect(raw).not.toContain(d.name);
  });

  it('unseals what it sealed and refuses a tampered envelope', () => {
    const sealed = t.sealer.seal('张三丰');
    expect(sealed).not.toContain('张');
    expect(t.sealer.unseal(sealed)).toBe('张三丰');
    expect(t.sealer.seal('张三丰')).not.toBe(sealed); // fresh IV each time
    const tampered = `${sealed.slice(0, -4)}AAAA`;
    expect(() => t.sealer.unseal(tampered)).toThrow();
  });

  it('gives the same blind index for the same ID written differently, and different ones across fields', () => {
    expect(t.sealer.idNumberIndex('11010519491231002x')).toBe(t.sealer.idNumberIndex(' 11010519491231002X'));
    expect(t.sealer.nameIndex('11010519491231002X')).not.toBe(t.sealer.idNumberIndex('11010519491231002X'));
  });
});
