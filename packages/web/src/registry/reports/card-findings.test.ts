import { describe, expect, it } from 'vitest';
import { checkCardInBrowser, rawRecordOf } from './card-findings';

const card = {
  name: '周建国',
  sex: '1',
  birthDate: '1960-05-10',
  regionCode: '360102',
  diagnosisDate: '2023-03-01',
  icd10: 'C16.9',
  topography: 'C16.9',
  morphology: '8140/3',
  basis: '7',
  vitalStatus: '1',
  lastContactDate: '2024-01-10',
};

describe('checks in the report-card form', () => {
  it('maps form fields to data-contract columns and drops blanks', () => {
    expect(rawRecordOf({ ...card, tnmT: ' ', idNumber: '' })).toMatchObject({
      sex: '1',
      birth_date: '1960-05-10',
      icd10: 'C16.9',
      id: 'new',
    });
    expect(rawRecordOf({ tnmT: ' ' })).not.toHaveProperty('tnm_t');
  });

  it('puts a finding next to the field it concerns', () => {
    const clean = checkCardInBrowser(card, '2026-01-01');
    expect(clean.errors).toBe(0);
    const bad = checkCardInBrowser({ ...card, sex: '2', icd10: 'C61' }, '2026-01-01');
    expect(bad.errors).toBeGreaterThan(0);
    const fields = [...bad.byField.keys()];
    expect(fields.some((f) => f === 'icd10' || f === 'sex')).toBe(true);
  });
});
