import {
  BASIS_EXTENSION,
  COUNTY_CODE_EXTENSION,
  ICD10_SYSTEM,
  ICDO3_SYSTEM,
  LOINC_SYSTEM,
  MCODE_MORPHOLOGY_EXTENSION,
  RESIDENT_ID_SYSTEM,
} from './bundle-intake';

// GB 11643 check character, so the fixture carries a valid resident ID.
function withCheck(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * w[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

/** A resident of 东湖区 (360102), male (17th digit odd), born 1962-03-15. */
export const FIXTURE_ID_NUMBER = withCheck('36010219620315123');

/**
 * A realistic transaction bundle as a hospital HIS would send it: Patient, mCODE primary cancer
 * Condition (gastric adenocarcinoma, histology of the primary) and TNM stage-group Observation.
 */
export function validBundle(sourceId = 'HIS-2024-000123') {
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      {
        fullUrl: 'urn:uuid:7f0c2a52-7f4e-4f7e-9d7a-0c1a0b7e1a01',
        resource: {
          resourceType: 'Patient',
          identifier: [
            { system: RESIDENT_ID_SYSTEM, value: FIXTURE_ID_NUMBER },
            { system: 'urn:oid:1.2.156.112604.1.2.1', value: 'MRN0099812' },
          ],
          name: [{ family: '王', given: ['建国'] }],
          gender: 'male',
          birthDate: '1962-03-15',
          telecom: [{ system: 'phone', value: '13800001234' }],
          address: [
            {
              extension: [{ url: COUNTY_CODE_EXTENSION, valueCode: '360102' }],
              text: '江西省南昌市东湖区八一大道 100 号',
            },
          ],
        },
        request: { method: 'POST', url: 'Patient' },
      },
      {
        fullUrl: 'urn:uuid:7f0c2a52-7f4e-4f7e-9d7a-0c1a0b7e1a02',
        resource: {
          resourceType: 'Condition',
          meta: {
            profile: ['http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-primary-cancer-condition'],
          },
          identifier: [{ system: 'urn:oid:1.2.156.112604.1.2.9', value: sourceId }],
          extension: [
            {
              url: MCODE_MORPHOLOGY_EXTENSION,
              valueCodeableConcept: { coding: [{ system: ICDO3_SYSTEM, code: '8140/3' }] },
            },
            { url: BASIS_EXTENSION, valueCode: '7' },
          ],
          clinicalStatus: {
            coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
          },
          code: {
            coding: [{ system: ICD10_SYSTEM, code: 'C16.9', display: '胃恶性肿瘤' }],
            text: '胃窦腺癌',
          },
          bodySite: [{ coding: [{ system: ICDO3_SYSTEM, code: 'C16.9' }] }],
          subject: { reference: 'urn:uuid:7f0c2a52-7f4e-4f7e-9d7a-0c1a0b7e1a01' },
          onsetDateTime: '2024-03-10',
          recordedDate: '2024-03-20',
        },
        request: { method: 'POST', url: 'Condition' },
      },
      {
        fullUrl: 'urn:uuid:7f0c2a52-7f4e-4f7e-9d7a-0c1a0b7e1a03',
        resource: {
          resourceType: 'Observation',
          meta: { profile: ['http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-tnm-stage-group'] },
          status: 'final',
          code: { coding: [{ system: LOINC_SYSTEM, code: '21908-9' }] },
          subject: { reference: 'urn:uuid:7f0c2a52-7f4e-4f7e-9d7a-0c1a0b7e1a01' },
          focus: [{ reference: 'urn:uuid:7f0c2a52-7f4e-4f7e-9d7a-0c1a0b7e1a02' }],
          valueCodeableConcept: { coding: [{ system: 'http://cancerstaging.org', code: 'cIIIA' }] },
        },
        request: { method: 'POST', url: 'Observation' },
      },
    ],
  };
}
