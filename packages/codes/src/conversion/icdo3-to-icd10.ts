import { findIcd10 } from '../icd10/icd10';
import { parseMorphology } from '../icdo3/morphology';
import { findTopography } from '../icdo3/topography';
import { HAEMATOLOGICAL_TO_ICD10 } from './haematological-icd10.data';
import { inSituIcd10 } from './in-situ-icd10';

/** Which conversion rule produced the ICD-10 code. */
export type ConversionRule =
  | 'topography'
  | 'haematological'
  | 'kaposi'
  | 'mesothelioma'
  | 'melanoma'
  | 'liver'
  | 'in_situ'
  | 'benign_cns'
  | 'uncertain_cns';

/** Why no ICD-10 code was produced. */
export type ConversionFailure = 'topography' | 'morphology' | 'metastatic' | 'unsupported_behaviour';

/** Result of {@link icdo3ToIcd10}. */
export type ConversionResult =
  | { readonly icd10: string; readonly rule: ConversionRule }
  | { readonly icd10: null; readonly reason: ConversionFailure };

const ok = (icd10: string, rule: ConversionRule): ConversionResult => ({ icd10, rule });
const fail = (reason: ConversionFailure): ConversionResult => ({ icd10: null, reason });

const isHaematological = (h: number) => h >= 9590 && h <= 9989;
const isMelanoma = (h: number) => h >= 8720 && h <= 8790;
const isMesothelioma = (h: number) => h >= 9050 && h <= 9053;

/** Malignant neoplasm of a topography when the morphology does not decide the code. */
function byTopography(topography: string): string {
  const heading = topography.slice(0, 3);
  // ICD-O-3 C42 has no ICD-10 category: spleen is C26.1; a solid tumour "of blood or marrow" is not a
  // primary site, so it is coded as unknown primary.
  if (heading === 'C42') return topography === 'C42.2' ? 'C26.1' : 'C80.9';
  // Where ICD-10 repeats the topography's fourth character the code is identical; otherwise the
  // category is three-character only (C19, C20, C61, C73 …).
  return findIcd10(topography)?.code ?? heading;
}

function kaposi(topography: string): string {
  const heading = topography.slice(0, 3);
  if (heading === 'C44') return 'C46.0';
  if (heading === 'C49') return 'C46.1';
  if (heading === 'C05') return 'C46.2';
  if (heading === 'C77') return 'C46.3';
  return topography === 'C80.9' ? 'C46.9' : 'C46.7';
}

function mesothelioma(topography: string): string {
  if (topography === 'C38.4') return 'C45.0';
  if (topography.startsWith('C48')) return 'C45.1';
  if (topography === 'C38.0') return 'C45.2'; // pericardium is coded to heart, C38.0
  return topography === 'C80.9' ? 'C45.9' : 'C45.7';
}

function liver(topography: string, histology: number): string {
  if (histology >= 8170 && histology <= 8180) return 'C22.0';
  if (histology === 8970) return 'C22.2';
  if (histology === 9120 || histology === 9124) return 'C22.3';
  const sarcoma =
    (histology >= 8800 && histology <= 8991) ||
    (histology >= 9040 && histology <= 9044) ||
    (histology >= 9130 && histology <= 9252) ||
    (histology >= 9540 && histology <= 9582);
  if (sarcoma) return 'C22.4';
  if (topography === 'C22.1' || (histology >= 8160 && histology <= 8162)) return 'C22.1';
  return histology <= 8015 ? 'C22.9' : 'C22.7';
}

function haematological(topography: string, histology: number): string | undefined {
  const heading = topography.slice(0, 3);
  // Marginal-zone lymphoma: MALT (extranodal) C88.4, nodal and splenic C83.0.
  if (histology === 9699) return heading === 'C77' || topography === 'C42.2' ? 'C83.0' : 'C88.4';
  if (histology === 9714 && heading === 'C44') return 'C86.6'; // primary cutaneous ALCL
  if (histology === 9731) return heading === 'C40' || heading === 'C41' ? 'C90.3' : 'C90.2';
  // CLL/SLL: leukaemic presentation (blood, marrow) C91.1; nodal or tissue (SLL) C83.0.
  if (histology === 9823) return heading === 'C42' || topography === 'C80.9' ? 'C91.1' : 'C83.0';
  return HAEMATOLOGICAL_TO_ICD10[histology];
}

// CNS and intracranial endocrine sites, benign (/0) and uncertain (/1) → [benign, uncertain] code.
function cns(topography: string): readonly [string, string] | undefined {
  const h = topography.slice(0, 3);
  const d = topography[4];
  if (h === 'C70')
    return d === '0' ? ['D32.0', 'D42.0'] : d === '1' ? ['D32.1', 'D42.1'] : ['D32.9', 'D42.9'];
  if (h === 'C71') {
    if (d !== undefined && '012345'.includes(d)) return ['D33.0', 'D43.0']; // supratentorial
    if (d === '6' || d === '7') return ['D33.1', 'D43.1']; // cerebellum, brain stem
    return ['D33.2', 'D43.2'];
  }
  if (h === 'C72') {
    if (d === '0' || d === '1') return ['D33.4', 'D43.4'];
    if (d !== undefined && '2345'.includes(d)) return ['D33.3', 'D43.3'];
    return d === '8' ? ['D33.7', 'D43.7'] : ['D33.9', 'D43.9'];
  }
  if (topography === 'C75.1') return ['D35.2', 'D44.3'];
  if (topography === 'C75.2') return ['D35.3', 'D44.4'];
  if (topography === 'C75.3') return ['D35.4', 'D44.5'];
  return undefined;
}

/**
 * Convert an ICD-O-3 topography and morphology to ICD-10 (WHO 2016), following the WHO/IARC
 * conversion logic used by IARCcrgTools (domain guide §2.10):
 * - haematopoietic and lymphoid morphologies (9590–9989) are coded by morphology (C81–C96, D45–D47);
 * - Kaposi sarcoma (9140) → C46, mesothelioma (9050–9053) → C45, melanoma (8720–8790) of skin → C43
 *   (of other sites, the site's code), liver by morphology (C22.0–C22.9);
 * - other malignant (/3; /9 is treated as /3) tumours by topography;
 * - in situ (/2) → D00–D09 (melanoma in situ D03);
 * - benign (/0) and uncertain (/1) CNS and intracranial endocrine tumours → D32–D33, D35, D42–D44.
 * Limits: metastatic (/6) codes are refused (re-code to the primary first); benign and uncertain
 * tumours outside the CNS (D10–D31, D34, D36–D41, D48) are not converted; a handful of
 * haematological targets are judgement calls (see the package report).
 *
 * @param topography - ICD-O-3 topography as written (`C34.1`, `c341`)
 * @param morphology - ICD-O-3 morphology with behaviour (`8140/3`, `M81403`, `8070/32`)
 * @returns the ICD-10 code and the rule used, or the reason no code was produced
 */
export function icdo3ToIcd10(topography: string, morphology: string): ConversionResult {
  const topo = findTopography(topography);
  if (topo?.code.length !== 5) return fail('topography');
  const parsed = parseMorphology(morphology);
  if (!parsed) return fail('morphology');
  const { code: histology, behaviour } = parsed;
  if (behaviour === 6) return fail('metastatic');

  if (isHaematological(histology)) {
    const code = haematological(topo.code, histology);
    return code ? ok(code, 'haematological') : fail('morphology');
  }
  if (behaviour === 3 || behaviour === 9) {
    if (histology === 9140) return ok(kaposi(topo.code), 'kaposi');
    if (isMesothelioma(histology)) return ok(mesothelioma(topo.code), 'mesothelioma');
    if (isMelanoma(histology) && topo.heading === 'C44') return ok(`C43.${topo.code[4]}`, 'melanoma');
    if (topo.heading === 'C22') return ok(liver(topo.code, histology), 'liver');
    return ok(byTopography(topo.code), 'topography');
  }
  if (behaviour === 2) {
    if (isMelanoma(histology)) {
      const code = topo.heading === 'C44' ? `D03.${topo.code[4]}` : topo.code === 'C80.9' ? 'D03.9' : 'D03.8';
      return ok(code, 'in_situ');
    }
    return ok(inSituIcd10(topo.code, histology), 'in_situ');
  }
  const pair = cns(topo.code);
  if (!pair) return fail('unsupported_behaviour');
  return behaviour === 0 ? ok(pair[0], 'benign_cns') : ok(pair[1], 'uncertain_cns');
}
