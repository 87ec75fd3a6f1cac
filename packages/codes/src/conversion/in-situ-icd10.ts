// ICD-O-3 topography of an in situ (/2) neoplasm → ICD-10 D00–D09 (WHO 2016 tabular list).

const BY_HEADING: readonly (readonly [string, string, string])[] = [
  // [first heading, last heading, ICD-10]
  ['C00', 'C14', 'D00.0'],
  ['C15', 'C15', 'D00.1'],
  ['C16', 'C16', 'D00.2'],
  ['C17', 'C17', 'D01.4'],
  ['C18', 'C18', 'D01.0'],
  ['C19', 'C19', 'D01.1'],
  ['C20', 'C20', 'D01.2'],
  ['C21', 'C21', 'D01.3'],
  ['C22', 'C24', 'D01.5'],
  ['C25', 'C25', 'D01.7'],
  ['C30', 'C31', 'D02.3'],
  ['C32', 'C32', 'D02.0'],
  ['C33', 'C33', 'D02.1'],
  ['C34', 'C34', 'D02.2'],
  ['C51', 'C51', 'D07.1'],
  ['C52', 'C52', 'D07.2'],
  ['C54', 'C54', 'D07.0'],
  ['C55', 'C58', 'D07.3'],
  ['C60', 'C60', 'D07.4'],
  ['C61', 'C61', 'D07.5'],
  ['C62', 'C63', 'D07.6'],
  ['C64', 'C66', 'D09.1'],
  ['C67', 'C67', 'D09.0'],
  ['C68', 'C68', 'D09.1'],
  ['C69', 'C69', 'D09.2'],
  ['C73', 'C75', 'D09.3'],
];

const BY_CODE: Readonly<Record<string, string>> = {
  'C26.0': 'D01.4',
  'C26.8': 'D01.7',
  'C26.9': 'D01.9',
  'C39.0': 'D02.3',
  'C39.8': 'D02.4',
  'C39.9': 'D02.4',
  'C53.0': 'D06.0',
  'C53.1': 'D06.1',
  'C53.8': 'D06.7',
  'C53.9': 'D06.9',
  'C80.9': 'D09.9',
};

const LOBULAR = new Set([8520]);
const INTRADUCTAL = new Set([8500, 8501, 8503, 8504, 8507]);

/**
 * ICD-10 in situ code for a carcinoma in situ (non-melanoma) at an ICD-O-3 topography.
 *
 * @param topography - canonical ICD-O-3 topography (`C53.1`)
 * @param histology - four-digit morphology (decides D05 and D04)
 * @returns the D00–D09 code; sites without their own code (bone, CNS, soft tissue …) give D09.7
 */
export function inSituIcd10(topography: string, histology: number): string {
  const heading = topography.slice(0, 3);
  if (heading === 'C44') return `D04.${topography[4]}`;
  if (heading === 'C50') {
    if (LOBULAR.has(histology)) return 'D05.0';
    if (INTRADUCTAL.has(histology)) return 'D05.1';
    return histology < 8010 ? 'D05.9' : 'D05.7';
  }
  const exact = BY_CODE[topography];
  if (exact) return exact;
  for (const [from, to, code] of BY_HEADING) if (heading >= from && heading <= to) return code;
  return 'D09.7';
}
