import { describe, expect, it } from 'vitest';
import { readBundle } from './bundle-intake';
import { FIXTURE_ID_NUMBER, validBundle } from './fhir-fixtures';
import { jsonDepthExceeds } from './json-limits';

describe('readBundle', () => {
  it('maps Patient, Condition and stage Observation onto one report card', () => {
    const { card, issues } = readBundle(validBundle());
    expect(issues).toEqual([]);
    expect(card).toEqual({
      name: '王建国',
      sex: '1',
      birthDate: '1962-03-15',
      idNumber: FIXTURE_ID_NUMBER,
      regionCode: '360102',
      address: '江西省南昌市东湖区八一大道 100 号',
      phone: '13800001234',
      icd10: 'C16.9',
      topography: 'C16.9',
      morphology: '8140/3',
      diagnosisDate: '2024-03-10',
      basis: '7',
      diagnosisText: '胃窦腺癌',
      stage: 'IIIA',
      sourceId: 'HIS-2024-000123',
      reportDate: '2024-03-20',
    });
  });

  it('takes recordedDate as the diagnosis date when there is no onset', () => {
    const bundle = validBundle();
    delete (bundle.entry[1]!.resource as { onsetDateTime?: string }).onsetDateTime;
    expect(readBundle(bundle).card?.diagnosisDate).toBe('2024-03-20');
  });

  it('refuses a bundle without a Condition, naming what is missing', () => {
    const bundle = validBundle();
    bundle.entry.splice(1, 1);
    const { card, issues } = readBundle(bundle);
    expect(card).toBeNull();
    expect(issues[0]).toMatchObject({ severity: 'error', code: 'required', expression: ['Bundle.entry'] });
    expect(issues[0]!.diagnostics).toMatch(/Condition/);
  });

  it('refuses a wrong resourceType, a non-transaction bundle and entries without resources', () => {
    expect(readBundle({ resourceType: 'Patient' }).issues[0]).toMatchObject({
      code: 'structure',
      expression: ['Bundle.resourceType'],
    });
    expect(readBundle({ ...validBundle(), type: 'collection' }).issues[0]).toMatchObject({ code: 'value' });
    expect(readBundle({ resourceType: 'Bundle', type: 'transaction', entry: [{}] }).issues[0]).toMatchObject({
      code: 'structure',
      expression: ['Bundle.entry[0].resource'],
    });
    expect(readBundle([1, 2]).issues[0]?.code).toBe('structure');
  });

  it('requires an ICD-10 coding and a Condition that refers to the Patient', () => {
    const noIcd = validBundle();
    (noIcd.entry[1]!.resource as { code: unknown }).code = {
      coding: [{ system: 'http://snomed.info/sct', code: '363349007' }],
    };
    expect(readBundle(noIcd).issues[0]).toMatchObject({
      code: 'required',
      expression: ['Bundle.entry[1].resource.code'],
    });
    const wrongSubject = validBundle();
    (wrongSubject.entry[1]!.resource as { subject: unknown }).subject = { reference: 'Patient/someone-else' };
    expect(readBundle(wrongSubject).issues[0]).toMatchObject({ code: 'invalid' });
  });

  it('refuses more entries than one patient’s report needs', () => {
    const bundle = validBundle();
    const many = { ...bundle, entry: Array.from({ length: 51 }, () => bundle.entry[2]!) };
    expect(readBundle(many).issues[0]?.code).toBe('too-costly');
  });
});

describe('jsonDepthExceeds', () => {
  it('counts nesting outside strings only', () => {
    expect(jsonDepthExceeds('[[[1]]]', 3)).toBe(false);
    expect(jsonDepthExceeds('[[[[1]]]]', 3)).toBe(true);
    expect(jsonDepthExceeds('{"a":"[[[[[[\\"[["}', 1)).toBe(false);
    expect(jsonDepthExceeds(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBe(true);
  });
});
