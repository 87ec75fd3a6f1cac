/**
 * Basis of diagnosis (诊断依据). The Chinese report card's tick list is not the IARC/ENCR list:
 * card code 3 (surgery/autopsy without histology) is stored as IARC 2 and card code 8 (autopsy with
 * histology) as IARC 7, keeping the original (domain guide §2.2, data contract `basis`).
 */

/** IARC/ENCR basis codes stored by ORCA. */
export type IarcBasis = 0 | 1 | 2 | 4 | 5 | 6 | 7 | 9;

/** Codes on the Chinese cancer report card. */
export type ChineseCardBasis = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** One IARC basis code with its labels. */
export interface BasisCode {
  readonly code: IarcBasis;
  readonly zh: string;
  readonly en: string;
  /** Counted in MV% (microscopically verified): 5, 6, 7. */
  readonly microscopic: boolean;
}

/** One Chinese card code with the IARC code it is stored as. */
export interface CardBasisCode {
  readonly cardCode: ChineseCardBasis;
  readonly zh: string;
  readonly en: string;
  readonly iarc: IarcBasis;
}

/** The IARC basis-of-diagnosis list (data contract). */
export const IARC_BASIS_CODES: readonly BasisCode[] = [
  { code: 0, zh: '仅有死亡医学证明书', en: 'Death certificate only', microscopic: false },
  { code: 1, zh: '临床', en: 'Clinical', microscopic: false },
  { code: 2, zh: '临床辅助检查', en: 'Clinical investigation', microscopic: false },
  { code: 4, zh: '特异性肿瘤标志物', en: 'Specific tumour markers', microscopic: false },
  { code: 5, zh: '细胞学/血液学', en: 'Cytology/haematology', microscopic: true },
  { code: 6, zh: '转移灶组织学', en: 'Histology of a metastasis', microscopic: true },
  { code: 7, zh: '原发灶组织学', en: 'Histology of the primary tumour', microscopic: true },
  { code: 9, zh: '不详', en: 'Unknown', microscopic: false },
];

/** The Chinese report card's list (domain guide §2.2 table). */
export const CARD_BASIS_CODES: readonly CardBasisCode[] = [
  { cardCode: 0, zh: '死亡补发病', en: 'Death certificate only (after failed follow-back)', iarc: 0 },
  { cardCode: 1, zh: '临床', en: 'Clinical only', iarc: 1 },
  { cardCode: 2, zh: 'X线、CT、超声、内窥镜', en: 'Imaging, endoscopy', iarc: 2 },
  { cardCode: 3, zh: '手术、尸检（无病理）', en: 'Surgery/autopsy without histology', iarc: 2 },
  { cardCode: 4, zh: '生化、免疫', en: 'Biochemical/immunological markers', iarc: 4 },
  { cardCode: 5, zh: '细胞学、血片', en: 'Cytology, blood film', iarc: 5 },
  { cardCode: 6, zh: '病理（继发）', en: 'Histology of a metastasis', iarc: 6 },
  { cardCode: 7, zh: '病理（原发）', en: 'Histology of the primary', iarc: 7 },
  { cardCode: 8, zh: '尸检（有病理）', en: 'Autopsy with histology', iarc: 7 },
  { cardCode: 9, zh: '不详', en: 'Unknown', iarc: 9 },
];

/** The result of reading a basis code from a card or a file. */
export interface ParsedBasis {
  /** Code to store (IARC list). */
  readonly iarc: IarcBasis;
  /** The code as written, kept for provenance. */
  readonly original: ChineseCardBasis;
}

/**
 * Map a Chinese card code (or an IARC code, which is a subset) to the IARC code to store.
 *
 * @param raw - 0–9 as number or string
 * @returns the IARC code with the original, or null when `raw` is not a single digit
 */
export function basisFromCard(raw: number | string): ParsedBasis | null {
  const text = String(raw).trim();
  if (!/^\d$/.test(text)) return null;
  const original = Number(text) as ChineseCardBasis;
  const entry = CARD_BASIS_CODES.find((c) => c.cardCode === original)!;
  return { iarc: entry.iarc, original };
}

/**
 * The IARC basis entry with this code.
 *
 * @param code - an IARC basis code
 * @returns the entry, or undefined (e.g. for 3 and 8, which are card-only codes)
 */
export function findIarcBasis(code: number): BasisCode | undefined {
  return IARC_BASIS_CODES.find((c) => c.code === code);
}

/**
 * Whether a stored IARC basis counts as microscopically verified in MV% (5, 6, 7 — the card's 5–8
 * once 8 has become 7; IARC CanReg5 convention, domain guide §2.2).
 *
 * @param iarcCode - IARC basis code
 * @returns true for 5, 6, 7
 */
export function isMicroscopicallyVerified(iarcCode: number): boolean {
  return iarcCode === 5 || iarcCode === 6 || iarcCode === 7;
}
