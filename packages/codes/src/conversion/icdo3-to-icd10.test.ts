import { describe, expect, it } from 'vitest';
import { findIcd10, isRegistrableIcd10 } from '../icd10/icd10';
import { MORPHOLOGY_TERMS } from '../icdo3/morphology';
import { TOPOGRAPHY_CODES } from '../icdo3/topography';
import { icdo3ToIcd10 } from './icdo3-to-icd10';

// Known pairs: WHO ICD-10 tabular list and the IARC/WHO conversion rules (ICD-O-3 introduction).
const PAIRS: readonly (readonly [string, string, string])[] = [
  ['C16.9', '8140/3', 'C16.9'],
  ['C34.1', '8070/3', 'C34.1'],
  ['C15.5', '8070/32', 'C15.5'],
  ['C20.9', '8140/3', 'C20'],
  ['C19.9', '8140/3', 'C19'],
  ['C61.9', '8140/3', 'C61'],
  ['C73.9', '8260/3', 'C73'],
  ['C50.4', '8500/3', 'C50.4'],
  ['C53.9', '8070/3', 'C53.9'],
  ['C71.1', '9440/3', 'C71.1'],
  ['C64.9', '8312/3', 'C64'],
  ['C80.9', '8000/3', 'C80.9'],
  ['C34.9', '8000/9', 'C34.9'],
  ['C42.2', '8800/3', 'C26.1'],
  ['C44.5', '8720/3', 'C43.5'],
  ['C44.3', '8743/3', 'C43.3'],
  ['C69.3', '8720/3', 'C69.3'],
  ['C44.3', '8090/3', 'C44.3'],
  ['C44.5', '9140/3', 'C46.0'],
  ['C49.2', '9140/3', 'C46.1'],
  ['C77.9', '9140/3', 'C46.3'],
  ['C80.9', '9140/3', 'C46.9'],
  ['C38.4', '9050/3', 'C45.0'],
  ['C48.2', '9052/3', 'C45.1'],
  ['C38.0', '9050/3', 'C45.2'],
  ['C22.0', '8170/3', 'C22.0'],
  ['C22.1', '8160/3', 'C22.1'],
  ['C22.0', '8160/3', 'C22.1'],
  ['C22.0', '8970/3', 'C22.2'],
  ['C22.0', '9120/3', 'C22.3'],
  ['C22.0', '8890/3', 'C22.4'],
  ['C22.0', '8000/3', 'C22.9'],
  ['C42.1', '9861/3', 'C92.0'],
  ['C42.1', '9863/3', 'C92.1'],
  ['C42.1', '9835/3', 'C91.0'],
  ['C77.9', '9680/3', 'C83.3'],
  ['C16.9', '9680/3', 'C83.3'],
  ['C77.3', '9650/3', 'C81.9'],
  ['C77.0', '9663/3', 'C81.1'],
  ['C42.1', '9732/3', 'C90.0'],
  ['C41.2', '9731/3', 'C90.3'],
  ['C30.0', '9731/3', 'C90.2'],
  ['C16.9', '9699/3', 'C88.4'],
  ['C77.2', '9699/3', 'C83.0'],
  ['C42.1', '9823/3', 'C91.1'],
  ['C77.9', '9823/3', 'C83.0'],
  ['C30.0', '9719/3', 'C86.0'],
  ['C44.5', '9714/3', 'C86.6'],
  ['C42.1', '9950/3', 'D45'],
  ['C42.1', '9989/3', 'D46.9'],
  ['C42.1', '9962/3', 'D47.3'],
  ['C53.1', '8077/2', 'D06.1'],
  ['C50.4', '8500/2', 'D05.1'],
  ['C50.9', '8520/2', 'D05.0'],
  ['C18.7', '8210/2', 'D01.0'],
  ['C16.9', '8140/2', 'D00.2'],
  ['C67.9', '8130/2', 'D09.0'],
  ['C61.9', '8148/2', 'D07.5'],
  ['C44.5', '8720/2', 'D03.5'],
  ['C69.0', '8720/2', 'D03.8'],
  ['C44.3', '8070/2', 'D04.3'],
  ['C70.0', '9530/0', 'D32.0'],
  ['C70.1', '9530/0', 'D32.1'],
  ['C70.0', '9539/1', 'D42.0'],
  ['C71.6', '9421/1', 'D43.1'],
  ['C71.1', '9413/0', 'D33.0'],
  ['C72.4', '9560/0', 'D33.3'],
  ['C72.0', '9560/0', 'D33.4'],
  ['C75.1', '8272/0', 'D35.2'],
  ['C75.2', '9350/1', 'D44.4'],
];

describe('ICD-O-3 to ICD-10 conversion', () => {
  it.each(PAIRS)('converts %s %s to %s', (topography, morphology, expected) => {
    expect(icdo3ToIcd10(topography, morphology).icd10).toBe(expected);
  });

  it('names the rule used', () => {
    expect(icdo3ToIcd10('C44.5', '8720/3')).toEqual({ icd10: 'C43.5', rule: 'melanoma' });
    expect(icdo3ToIcd10('c169', 'M81403')).toEqual({ icd10: 'C16.9', rule: 'topography' });
    expect(icdo3ToIcd10('C42.1', '9861/3')).toEqual({ icd10: 'C92.0', rule: 'haematological' });
  });

  it('refuses what it cannot convert, with the reason', () => {
    expect(icdo3ToIcd10('C34.1', '8140/6')).toEqual({ icd10: null, reason: 'metastatic' });
    expect(icdo3ToIcd10('C50.9', '8010/0')).toEqual({ icd10: null, reason: 'unsupported_behaviour' });
    expect(icdo3ToIcd10('C43.5', '8720/3')).toEqual({ icd10: null, reason: 'topography' });
    expect(icdo3ToIcd10('C34', '8140/3')).toEqual({ icd10: null, reason: 'topography' });
    expect(icdo3ToIcd10('C16.9', 'adenocarcinoma')).toEqual({ icd10: null, reason: 'morphology' });
  });

  it('produces an existing ICD-10 code for every topography and typical morphologies', () => {
    const morphologies = [
      '8140/3',
      '8070/3',
      '8720/3',
      '9140/3',
      '9050/3',
      '8890/3',
      '8010/2',
      '8720/2',
      '8000/9',
    ];
    for (const t of TOPOGRAPHY_CODES) {
      for (const m of morphologies) {
        const result = icdo3ToIcd10(t.code, m);
        expect(result.icd10 && findIcd10(result.icd10)?.code, `${t.code} ${m}`).toBe(result.icd10);
      }
    }
  });

  it('codes every haematological term held to an existing, registrable ICD-10 code', () => {
    for (const term of MORPHOLOGY_TERMS.filter((t) => t.histology >= 9590)) {
      const result = icdo3ToIcd10('C42.1', term.code);
      expect(result.icd10, term.code).not.toBeNull();
      expect(findIcd10(result.icd10!)?.code, term.code).toBe(result.icd10);
      if (term.behaviour === 3) expect(isRegistrableIcd10(result.icd10!), term.code).toBe(true);
    }
  });

  it('codes benign and uncertain CNS tumours to registrable D codes', () => {
    for (const t of TOPOGRAPHY_CODES.filter((x) => ['C70', 'C71', 'C72'].includes(x.heading))) {
      expect(isRegistrableIcd10(icdo3ToIcd10(t.code, '9530/0').icd10!), t.code).toBe(true);
      expect(isRegistrableIcd10(icdo3ToIcd10(t.code, '9530/1').icd10!), t.code).toBe(true);
    }
  });
});
