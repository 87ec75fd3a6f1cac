import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCase, checkCases, checkDeath } from './check';
import { goodCase, TODAY } from './test-records';

const FIELDS = [
  'id',
  'name',
  'sex',
  'birth_date',
  'id_number',
  'region_code',
  'diagnosis_date',
  'icd10',
  'topography',
  'morphology',
  'basis',
  'stage',
  'vital_status',
  'last_contact_date',
  'cause_of_death',
  'age',
  'death_date',
] as const;

// Strings that look almost right reach deeper into the rules than random text does.
const nearMiss = fc.constantFrom(
  '',
  ' ',
  '0',
  '9',
  'X',
  'C',
  'C00',
  'C42.9',
  'C77.0',
  'D47.1',
  '9999/9',
  '8000/69',
  '9714/34',
  '2024-02-29',
  '2023-02-29',
  '20240229',
  '0000-00-00',
  '99999999999999999X',
  '360102580314123',
  '11010519491231002X',
  'Ⅲa期',
  '{field}',
  '__proto__',
  'constructor',
);
const value = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), nearMiss);
const record = fc.record(
  Object.fromEntries(FIELDS.map((f) => [f, value])) as Record<(typeof FIELDS)[number], fc.Arbitrary<string>>,
  {
    requiredKeys: [],
  },
);

describe('robustness on arbitrary input', () => {
  it('never throws, whatever strings are in any field of a case', () => {
    fc.assert(
      fc.property(record, (r) => {
        const findings = checkCase(r, { today: TODAY });
        for (const f of findings) expect(['error', 'warning']).toContain(f.severity);
      }),
      { numRuns: 800 },
    );
  });

  it('never throws on a good case with one field replaced by an arbitrary string', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), value, (field, text) => {
        checkCase(goodCase({ [field]: text }), { today: TODAY });
      }),
      { numRuns: 800 },
    );
  });

  it('never throws on death records and whole files of arbitrary records', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 8 }), (records) => {
        checkCases(records, { today: TODAY });
        for (const r of records) checkDeath(r, { today: TODAY });
      }),
      { numRuns: 150 },
    );
  });

  it('reports the same findings for the same record (no hidden state)', () => {
    fc.assert(
      fc.property(record, (r) => {
        expect(checkCase(r, { today: TODAY })).toEqual(checkCase(r, { today: TODAY }));
      }),
      { numRuns: 200 },
    );
  });
});
