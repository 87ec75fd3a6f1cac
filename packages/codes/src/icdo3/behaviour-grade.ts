/** ICD-O-3 behaviour code (fifth digit): 0 benign … 3 malignant primary, 6 metastatic, 9 uncertain. */
export type Behaviour = 0 | 1 | 2 | 3 | 6 | 9;

/** ICD-O-3 grade/differentiation/cell-lineage code (sixth digit). */
export type Grade = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** The behaviour codes with labels (ICD-O-3 §"Behaviour code"; domain guide §2.2). */
export const BEHAVIOUR_CODES: readonly {
  readonly code: Behaviour;
  readonly zh: string;
  readonly en: string;
}[] = [
  { code: 0, zh: '良性', en: 'Benign' },
  { code: 1, zh: '良性或恶性未肯定（交界恶性、低度恶性潜能）', en: 'Uncertain whether benign or malignant' },
  { code: 2, zh: '原位癌（上皮内、非浸润性）', en: 'Carcinoma in situ; intraepithelial, non-infiltrating' },
  { code: 3, zh: '恶性，原发部位', en: 'Malignant, primary site' },
  { code: 6, zh: '恶性，转移部位', en: 'Malignant, metastatic site' },
  {
    code: 9,
    zh: '恶性，原发部位或转移部位未肯定',
    en: 'Malignant, uncertain whether primary or metastatic site',
  },
];

/**
 * The grade codes: 1–4 histological grade and differentiation of solid tumours, 5–8 the cell
 * lineage of lymphomas and leukaemias, 9 not determined (ICD-O-3 §"Grade"; domain guide §2.2).
 */
export const GRADE_CODES: readonly { readonly code: Grade; readonly zh: string; readonly en: string }[] = [
  { code: 1, zh: 'Ⅰ级，高分化', en: 'Grade I; well differentiated' },
  { code: 2, zh: 'Ⅱ级，中分化', en: 'Grade II; moderately differentiated' },
  { code: 3, zh: 'Ⅲ级，低分化', en: 'Grade III; poorly differentiated' },
  { code: 4, zh: 'Ⅳ级，未分化、间变', en: 'Grade IV; undifferentiated, anaplastic' },
  { code: 5, zh: 'T细胞', en: 'T-cell' },
  { code: 6, zh: 'B细胞', en: 'B-cell; pre-B; B-precursor' },
  { code: 7, zh: '无标记细胞（非T非B）', en: 'Null cell; non T-non B' },
  { code: 8, zh: 'NK细胞（自然杀伤细胞）', en: 'NK cell; natural killer cell' },
  {
    code: 9,
    zh: '分级或分化程度未确定、未指出或不适用',
    en: 'Grade or differentiation not determined, not stated or not applicable',
  },
];

/**
 * Whether a number is an ICD-O-3 behaviour code.
 *
 * @param value - candidate
 * @returns true for 0, 1, 2, 3, 6, 9
 */
export function isBehaviour(value: number): value is Behaviour {
  return value === 0 || value === 1 || value === 2 || value === 3 || value === 6 || value === 9;
}

/**
 * Whether a number is an ICD-O-3 grade code.
 *
 * @param value - candidate
 * @returns true for 1–9
 */
export function isGrade(value: number): value is Grade {
  return Number.isInteger(value) && value >= 1 && value <= 9;
}
