/**
 * TNM stage groups (UICC/AJCC 8th edition) as written on report cards: 0, I–IV with letter and
 * digit sub-groups (IA1, IIIC, IVB). Domain guide §2.2; the data contract's `stage` keeps the main
 * group 0, I, II, III, IV.
 */

/** Main stage group. */
export type StageMainGroup = '0' | 'I' | 'II' | 'III' | 'IV';

/** Main groups in order, with labels. */
export const STAGE_MAIN_GROUPS: readonly {
  readonly code: StageMainGroup;
  readonly zh: string;
  readonly en: string;
}[] = [
  { code: '0', zh: '0期', en: 'Stage 0' },
  { code: 'I', zh: 'Ⅰ期', en: 'Stage I' },
  { code: 'II', zh: 'Ⅱ期', en: 'Stage II' },
  { code: 'III', zh: 'Ⅲ期', en: 'Stage III' },
  { code: 'IV', zh: 'Ⅳ期', en: 'Stage IV' },
];

// Unicode Roman numerals as typed in Chinese documents, and Arabic stage numbers.
const ROMAN_GLYPHS: Readonly<Record<string, string>> = { Ⅰ: 'I', Ⅱ: 'II', Ⅲ: 'III', Ⅳ: 'IV', Ⅴ: 'V' };
const ARABIC: Readonly<Record<string, string>> = { '1': 'I', '2': 'II', '3': 'III', '4': 'IV' };
const STAGE = /^(0|IV|I{1,3})([A-D]?)([1-3]?)$/;

/**
 * Canonical stage group from free text: strips 期/stage, reads Unicode and Arabic numerals, upper-
 * cases sub-group letters (`'Ⅲa期'` → `'IIIA'`, `'stage 2b'` → `'IIB'`, `'0期'` → `'0'`).
 *
 * @param raw - stage as written
 * @returns canonical group, or null when it is not a TNM stage group (unknown, X, other systems)
 */
export function normaliseStageGroup(raw: string): string | null {
  let text = raw.normalize('NFKC').trim().toUpperCase().replace(/\s+/g, '');
  text = text.replace(/^(STAGE|临床分期|分期)/, '').replace(/期$/, '');
  for (const [glyph, ascii] of Object.entries(ROMAN_GLYPHS)) text = text.replaceAll(glyph, ascii);
  const arabic = /^([1-4])(.*)$/.exec(text);
  if (arabic) text = ARABIC[arabic[1]!]! + arabic[2]!;
  return STAGE.test(text) ? text : null;
}

/**
 * Main group of a stage group (`'IIIA'` → `'III'`).
 *
 * @param raw - stage as written
 * @returns 0, I, II, III or IV, or null when not a TNM stage group
 */
export function stageMainGroup(raw: string): StageMainGroup | null {
  const canonical = normaliseStageGroup(raw);
  if (canonical === null) return null;
  return STAGE.exec(canonical)![1] as StageMainGroup;
}
