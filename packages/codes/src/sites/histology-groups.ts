import { parseMorphology } from '../icdo3/morphology';

/** One of the 17 histological groups of the IARC/IACR multiple-primary rules. */
export interface HistologyGroup {
  /** 1–17 */
  readonly group: number;
  readonly zh: string;
  readonly en: string;
  /** Inclusive ranges of four-digit ICD-O-3 histology codes. */
  readonly ranges: readonly (readonly [number, number])[];
}

// IARC/IACR "International rules for multiple primary cancers" (2004), table of histological groups,
// as implemented in IARC CanReg5 (domain guide §2.9). Ranges inclusive.
/** The 17 histological groups. */
export const HISTOLOGY_GROUPS: readonly HistologyGroup[] = [
  {
    group: 1,
    zh: '鳞状和移行细胞癌',
    en: 'Squamous and transitional cell carcinomas',
    ranges: [
      [8051, 8084],
      [8120, 8131],
    ],
  },
  { group: 2, zh: '基底细胞癌', en: 'Basal cell carcinomas', ranges: [[8090, 8110]] },
  {
    group: 3,
    zh: '腺癌',
    en: 'Adenocarcinomas',
    ranges: [
      [8140, 8149],
      [8160, 8162],
      [8190, 8221],
      [8260, 8337],
      [8350, 8551],
      [8570, 8576],
      [8940, 8941],
    ],
  },
  {
    group: 4,
    zh: '其他特指的癌',
    en: 'Other specified carcinomas',
    ranges: [
      [8030, 8046],
      [8150, 8157],
      [8170, 8180],
      [8230, 8255],
      [8340, 8347],
      [8560, 8562],
      [8580, 8671],
    ],
  },
  {
    group: 5,
    zh: '未特指的癌',
    en: 'Unspecified carcinomas',
    ranges: [
      [8010, 8015],
      [8020, 8022],
      [8050, 8050],
    ],
  },
  {
    group: 6,
    zh: '肉瘤和软组织肿瘤',
    en: 'Sarcomas and soft-tissue tumours',
    ranges: [
      [8680, 8713],
      [8800, 8921],
      [8990, 8991],
      [9040, 9044],
      [9120, 9125],
      [9130, 9136],
      [9141, 9252],
      [9370, 9373],
      [9540, 9582],
    ],
  },
  { group: 7, zh: '间皮瘤', en: 'Mesotheliomas', ranges: [[9050, 9055]] },
  {
    group: 8,
    zh: '髓系肿瘤',
    en: 'Myeloid',
    ranges: [
      [9840, 9840],
      [9861, 9931],
      [9945, 9946],
      [9950, 9950],
      [9961, 9964],
      [9980, 9987],
    ],
  },
  {
    group: 9,
    zh: 'B细胞肿瘤',
    en: 'B-cell neoplasms',
    ranges: [
      [9670, 9699],
      [9728, 9728],
      [9731, 9734],
      [9761, 9767],
      [9769, 9769],
      [9823, 9826],
      [9833, 9833],
      [9836, 9836],
      [9940, 9940],
    ],
  },
  {
    group: 10,
    zh: 'T细胞和NK细胞肿瘤',
    en: 'T-cell and NK-cell neoplasms',
    ranges: [
      [9700, 9719],
      [9729, 9729],
      [9768, 9768],
      [9827, 9831],
      [9834, 9834],
      [9837, 9837],
      [9948, 9948],
    ],
  },
  { group: 11, zh: '霍奇金淋巴瘤', en: 'Hodgkin lymphoma', ranges: [[9650, 9667]] },
  { group: 12, zh: '肥大细胞肿瘤', en: 'Mast-cell tumours', ranges: [[9740, 9742]] },
  {
    group: 13,
    zh: '组织细胞和辅助淋巴细胞肿瘤',
    en: 'Neoplasms of histiocytes and accessory lymphoid cells',
    ranges: [[9750, 9758]],
  },
  {
    group: 14,
    zh: '未特指的造血系统肿瘤',
    en: 'Unspecified types of haematopoietic neoplasms',
    ranges: [
      [9590, 9591],
      [9596, 9596],
      [9727, 9727],
      [9760, 9760],
      [9800, 9801],
      [9805, 9805],
      [9820, 9820],
      [9832, 9832],
      [9835, 9835],
      [9860, 9860],
      [9960, 9960],
      [9970, 9970],
      [9975, 9975],
      [9989, 9989],
    ],
  },
  { group: 15, zh: '卡波西肉瘤', en: 'Kaposi sarcoma', ranges: [[9140, 9140]] },
  {
    group: 16,
    zh: '其他特指类型的癌症',
    en: 'Other specified types of cancer',
    ranges: [
      [8720, 8790],
      [8930, 8936],
      [8950, 8983],
      [9000, 9030],
      [9060, 9110],
      [9260, 9365],
      [9380, 9539],
    ],
  },
  { group: 17, zh: '未特指类型的癌症', en: 'Unspecified types of cancer', ranges: [[8000, 8005]] },
];

/**
 * The histological group of a morphology (IARC/IACR 2004 multiple-primary rules).
 *
 * @param morphology - four-digit histology (8140) or a morphology text (`8140/3`, `M81403`)
 * @returns 1–17, or null when the code is unparsable or lies in none of the ranges (a few codes do,
 *   e.g. 8016–8019, 8085–8089: the 2004 table predates them)
 */
export function histologyGroupOf(morphology: number | string): number | null {
  const code = typeof morphology === 'number' ? morphology : parseMorphology(morphology)?.code;
  if (code === undefined) return null;
  for (const g of HISTOLOGY_GROUPS) {
    for (const [lo, hi] of g.ranges) if (code >= lo && code <= hi) return g.group;
  }
  return null;
}

/** Groups counted once per person whatever the site: haematopoietic/lymphoid 8–14 and Kaposi 15. */
export const SYSTEMIC_HISTOLOGY_GROUPS: ReadonlySet<number> = new Set([8, 9, 10, 11, 12, 13, 14, 15]);

/**
 * Whether two histological groups count as different morphologies under rule 4.2: different groups
 * are different, except that an unspecified group does not create a new primary — 5 against 1–4,
 * 14 against 8–13, and 17 against any group.
 *
 * @param a - group 1–17 of the first tumour
 * @param b - group 1–17 of the second tumour
 * @returns true when the two morphologies are considered different
 */
export function areHistologiesDifferent(a: number, b: number): boolean {
  if (a === b || a === 17 || b === 17) return false;
  const carcinomaNos = (x: number, y: number) => x === 5 && y >= 1 && y <= 4;
  const haemNos = (x: number, y: number) => x === 14 && y >= 8 && y <= 13;
  return !(carcinomaNos(a, b) || carcinomaNos(b, a) || haemNos(a, b) || haemNos(b, a));
}
