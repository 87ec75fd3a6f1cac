/**
 * Tables of the IARC-style consistency checks (domain guide §2.10), kept as data so that a registry can
 * review them and a new rule-set version can change them. Morphology ranges are four-digit ICD-O-3
 * histology codes, ends included; sites are ICD-O-3 topography prefixes (`C22` = C22.0–C22.9,
 * `C63.7` = that code only).
 *
 * Sources: the checks of IARC CanReg5 and IARCcrgTools (Ferlay, Burkhard, Whelan, Parkin: "Check and
 * conversion programs for cancer registries", IARC Technical Report No. 42, 2005), ICD-O-3 and the WHO
 * classifications. Where an age threshold could not be verified against the printed IARC tables it is
 * marked ORCA default: these are warnings ("rare", to be confirmed), never errors.
 */

/** Histology codes from–to, ends included. */
export type HistologyRange = readonly [number, number];

/** Whether a histology code lies in any of the ranges. */
export function inRanges(histology: number, ranges: readonly HistologyRange[]): boolean {
  return ranges.some(([from, to]) => histology >= from && histology <= to);
}

/** Whether a topography code starts with any of the prefixes. */
export function atSites(topography: string, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => topography.startsWith(p));
}

/** A morphology family named for messages. */
export interface NamedHistology {
  readonly zh: string;
  readonly en: string;
  readonly histology: readonly HistologyRange[];
}

/** Morphologies of one sex's organs, rare in the other sex (IARC sex/histology check). */
export interface SexHistologyEntry extends NamedHistology {
  /** The sex (GB/T 2261.1) in which the morphology is rare. */
  readonly rareInSex: 1 | 2;
}

/**
 * Ovary, uterus and placenta types in men; testis and prostate types in women (CanReg5
 * CheckSexMorphology families 22–28). Types that occur in both gonads are left out: Sertoli/Leydig
 * (8630–8650), choriocarcinoma (9100), yolk sac tumour (9071), germinoma (9064), teratomas.
 */
export const SEX_HISTOLOGY: readonly SexHistologyEntry[] = [
  {
    zh: '浆液性癌（卵巢型）',
    en: 'serous carcinoma (ovarian type)',
    histology: [
      [8441, 8442],
      [8460, 8463],
    ],
    rareInSex: 1,
  },
  {
    zh: '黏液性囊腺癌（卵巢型）',
    en: 'mucinous cystic tumour (ovarian type)',
    histology: [[8470, 8473]],
    rareInSex: 1,
  },
  { zh: '颗粒细胞瘤', en: 'granulosa cell tumour', histology: [[8620, 8622]], rareInSex: 1 },
  { zh: '子宫内膜间质肉瘤', en: 'endometrial stromal sarcoma', histology: [[8930, 8931]], rareInSex: 1 },
  { zh: '苗勒管混合瘤', en: 'Müllerian mixed tumour', histology: [[8950, 8951]], rareInSex: 1 },
  { zh: '勃勒纳瘤', en: 'Brenner tumour', histology: [[9000, 9000]], rareInSex: 1 },
  { zh: '卵巢甲状腺肿', en: 'struma ovarii', histology: [[9090, 9091]], rareInSex: 1 },
  { zh: '无性细胞瘤', en: 'dysgerminoma', histology: [[9060, 9060]], rareInSex: 1 },
  { zh: '精原细胞瘤', en: 'seminoma', histology: [[9061, 9063]], rareInSex: 2 },
  {
    zh: '前列腺上皮内瘤变 III 级',
    en: 'prostatic intraepithelial neoplasia grade III',
    histology: [[8148, 8148]],
    rareInSex: 2,
  },
];

/** A morphology expected only at certain sites (IARC site/histology check). */
export interface SiteHistologyEntry extends NamedHistology {
  /** Topography prefixes where the morphology is expected. */
  readonly sites: readonly string[];
}

/**
 * Morphologies bound to one organ or tissue; elsewhere they are unlikely (the idea of CanReg5's "must"
 * list; the entries are ORCA's, from ICD-O-3 terms and the WHO classifications).
 */
export const SITE_HISTOLOGY: readonly SiteHistologyEntry[] = [
  { zh: '肝母细胞瘤', en: 'hepatoblastoma', histology: [[8970, 8970]], sites: ['C22'] },
  { zh: '肝细胞癌', en: 'hepatocellular carcinoma', histology: [[8170, 8175]], sites: ['C22'] },
  { zh: '胆管细胞癌', en: 'cholangiocarcinoma', histology: [[8160, 8160]], sites: ['C22', 'C23', 'C24'] },
  { zh: '视网膜母细胞瘤', en: 'retinoblastoma', histology: [[9510, 9514]], sites: ['C69'] },
  {
    zh: '肾母细胞瘤（Wilms 瘤）',
    en: 'nephroblastoma (Wilms tumour)',
    histology: [[8959, 8960]],
    sites: ['C64'],
  },
  {
    zh: '肾细胞癌',
    en: 'renal cell carcinoma',
    histology: [
      [8312, 8312],
      [8316, 8319],
    ],
    sites: ['C64'],
  },
  {
    zh: '甲状腺滤泡/乳头状/髓样癌',
    en: 'follicular, papillary or medullary thyroid carcinoma',
    histology: [
      [8330, 8332],
      [8335, 8337],
      [8340, 8347],
      [8350, 8350],
    ],
    sites: ['C73'],
  },
  { zh: '乳腺小叶癌', en: 'lobular carcinoma of breast', histology: [[8520, 8524]], sites: ['C50'] },
  { zh: '炎性乳腺癌', en: 'inflammatory carcinoma', histology: [[8530, 8530]], sites: ['C50'] },
  {
    zh: '乳腺佩吉特病',
    en: 'Paget disease of breast',
    histology: [
      [8540, 8541],
      [8543, 8543],
    ],
    sites: ['C50'],
  },
  {
    zh: '基底细胞癌',
    en: 'basal cell carcinoma',
    histology: [
      [8090, 8098],
      [8100, 8110],
    ],
    // Skin of the external genitals and lip is coded to those organs in ICD-O-3.
    sites: ['C44', 'C00', 'C51', 'C60', 'C63.2'],
  },
  { zh: '胰母细胞瘤', en: 'pancreatoblastoma', histology: [[8971, 8971]], sites: ['C25'] },
  { zh: '胰岛细胞癌', en: 'islet cell carcinoma', histology: [[8150, 8152]], sites: ['C25', 'C17'] },
  { zh: '胸膜肺母细胞瘤', en: 'pleuropulmonary blastoma', histology: [[8973, 8973]], sites: ['C34', 'C38'] },
  { zh: '胸腺瘤', en: 'thymoma', histology: [[8580, 8586]], sites: ['C37', 'C38'] },
  { zh: '垂体腺瘤/癌', en: 'pituitary adenoma or carcinoma', histology: [[8272, 8272]], sites: ['C75.1'] },
  { zh: '颅咽管瘤', en: 'craniopharyngioma', histology: [[9350, 9352]], sites: ['C75.2'] },
  { zh: '松果体瘤', en: 'pinealoma', histology: [[9360, 9362]], sites: ['C75.3'] },
  {
    zh: '胶质瘤',
    en: 'glioma',
    histology: [[9380, 9460]],
    sites: ['C70', 'C71', 'C72', 'C75.1', 'C75.3'],
  },
  { zh: '脑膜瘤', en: 'meningioma', histology: [[9530, 9539]], sites: ['C70', 'C71', 'C72'] },
  {
    zh: '间皮瘤',
    en: 'mesothelioma',
    histology: [[9050, 9055]],
    // Pleura and pericardium C38, peritoneum C48, tunica vaginalis C63.7.
    sites: ['C38', 'C48', 'C63.7'],
  },
  { zh: '精原细胞瘤', en: 'seminoma', histology: [[9061, 9062]], sites: ['C62', 'C38', 'C48'] },
  { zh: '精母细胞性精原细胞瘤', en: 'spermatocytic seminoma', histology: [[9063, 9063]], sites: ['C62'] },
  { zh: '多发性骨髓瘤', en: 'multiple myeloma', histology: [[9732, 9732]], sites: ['C42.1'] },
  {
    zh: '白血病',
    en: 'leukaemia',
    // Leukaemias are coded to bone marrow C42.1; myeloid sarcoma 9930 is a tumour mass, any site.
    histology: [
      [9800, 9929],
      [9931, 9948],
      [9963, 9964],
    ],
    sites: ['C42.1', 'C42.0', 'C42.4'],
  },
];

/** An age band in which a morphology (at some sites) is unlikely (IARC age/site/histology check). */
export interface AgeSiteHistologyEntry extends NamedHistology {
  /** Topography prefixes; absent = any site. */
  readonly sites?: readonly string[];
  /** Histology codes excluded from `histology`. */
  readonly except?: readonly HistologyRange[];
  /** Unlikely when the age is below this (adult tumours in children and young people). */
  readonly unlikelyBelow?: number;
  /** Unlikely when the age is this or above (childhood tumours later in life). */
  readonly unlikelyFrom?: number;
  readonly source: string;
}

const CARCINOMA: readonly HistologyRange[] = [[8010, 8589]];
const NON_HAEMATOPOIETIC: readonly HistologyRange[] = [[8000, 9589]];

/**
 * Childhood tumours at later ages and adult tumours in children and young people; the first entry
 * that matches the morphology, site and age decides (CanReg5 age checks, IARCcrgTools age/site/histology).
 */
export const AGE_SITE_HISTOLOGY: readonly AgeSiteHistologyEntry[] = [
  // Childhood (embryonal) tumours at later ages.
  {
    zh: '视网膜母细胞瘤',
    en: 'retinoblastoma',
    histology: [[9510, 9514]],
    unlikelyFrom: 6,
    source: 'CanReg5 age/topography/morphology (age > 5); IARCcrgTools',
  },
  {
    zh: '神经母细胞瘤',
    en: 'neuroblastoma',
    histology: [
      [9490, 9490],
      [9500, 9500],
    ],
    unlikelyFrom: 10,
    source: 'IARCcrgTools age/site/histology (ORCA default 10+)',
  },
  {
    zh: '肾母细胞瘤（Wilms 瘤）',
    en: 'nephroblastoma (Wilms tumour)',
    histology: [[8959, 8960]],
    unlikelyFrom: 9,
    source: 'IARCcrgTools age/site/histology (ORCA default 9+)',
  },
  {
    zh: '肝母细胞瘤',
    en: 'hepatoblastoma',
    histology: [[8970, 8970]],
    unlikelyFrom: 9,
    source: 'IARCcrgTools age/site/histology (ORCA default 9+)',
  },
  {
    zh: '胚胎性肿瘤',
    en: 'embryonal tumour',
    // Embryonal rhabdomyosarcoma, embryonal sarcoma, polyembryoma … (CanReg5 age/histology, age ≥ 15).
    // Medulloblastoma 9470 and Burkitt 9687 are left out: both are common enough in adults.
    histology: [
      [8910, 8910],
      [8961, 8962],
      [8981, 8981],
      [8991, 8991],
      [9072, 9072],
    ],
    unlikelyFrom: 15,
    source: 'CanReg5 age/histology (age ≥ 15)',
  },
  // Adult tumours in children and young people.
  {
    zh: '前列腺癌',
    en: 'prostate carcinoma',
    histology: CARCINOMA,
    sites: ['C61'],
    unlikelyBelow: 40,
    source: 'CanReg5 age/topography/morphology (adenocarcinoma, age < 40); domain guide §2.10',
  },
  {
    zh: '前列腺或宫颈肿瘤',
    en: 'tumour of prostate or cervix',
    histology: NON_HAEMATOPOIETIC,
    sites: ['C61', 'C53'],
    unlikelyBelow: 5,
    source: 'CanReg5 age/topography (age < 5)',
  },
  {
    zh: '成人型癌',
    en: 'adult-type carcinoma',
    histology: NON_HAEMATOPOIETIC,
    sites: ['C15', 'C19', 'C20', 'C21', 'C23', 'C24', 'C38.4', 'C50', 'C53', 'C54', 'C55'],
    unlikelyBelow: 20,
    source: 'CanReg5 age/topography (age < 20)',
  },
  {
    zh: '结肠或肺的癌（类癌除外）',
    en: 'carcinoma of colon or lung (carcinoid excepted)',
    histology: CARCINOMA,
    except: [[8240, 8249]],
    sites: ['C18', 'C33', 'C34'],
    unlikelyBelow: 20,
    source: 'CanReg5 age/topography/morphology (age < 20, not 824x)',
  },
  {
    zh: '小肠非淋巴造血肿瘤',
    en: 'non-haematopoietic tumour of small intestine',
    histology: NON_HAEMATOPOIETIC,
    sites: ['C17'],
    unlikelyBelow: 20,
    source: 'CanReg5 age/topography/morphology (age < 20)',
  },
  {
    zh: '慢性淋巴细胞白血病或多发性骨髓瘤',
    en: 'chronic lymphocytic leukaemia or multiple myeloma',
    histology: [
      [9823, 9823],
      [9732, 9732],
    ],
    unlikelyBelow: 26,
    source: 'CanReg5 age/histology (age ≤ 25)',
  },
  {
    zh: '慢性髓细胞白血病',
    en: 'chronic myeloid leukaemia',
    histology: [
      [9863, 9863],
      [9875, 9875],
    ],
    unlikelyBelow: 16,
    source: 'CanReg5 age/histology (age ≤ 15)',
  },
  {
    zh: '间皮瘤',
    en: 'mesothelioma',
    histology: [[9050, 9055]],
    unlikelyBelow: 15,
    source: 'IARCcrgTools age/site/histology (ORCA default < 15)',
  },
];

/** An age band in which a site–morphology pair is unlikely for both ends (choriocarcinoma of placenta). */
export const PLACENTAL_CHORIOCARCINOMA = {
  histology: 9100,
  site: 'C58',
  youngest: 15,
  oldest: 45,
} as const;

/**
 * Morphologies accepted without microscopic verification (CanReg5 CheckBasis; domain guide §2.10:
 * 8000, 8720 of eye/skin, 9140, 9590, 9800 …): they are diagnosed clinically, by imaging or markers.
 */
export const BASIS_WITHOUT_MICROSCOPY: readonly {
  readonly histology: HistologyRange;
  readonly sites?: readonly string[];
}[] = [
  { histology: [8000, 8000] },
  { histology: [8150, 8154] },
  { histology: [8170, 8170] },
  { histology: [8270, 8281] },
  { histology: [8720, 8720], sites: ['C44', 'C69'] },
  { histology: [8800, 8800] },
  { histology: [8960, 8960] },
  { histology: [9050, 9050] },
  { histology: [9100, 9100] },
  { histology: [9140, 9140] },
  { histology: [9350, 9350] },
  { histology: [9380, 9380] },
  { histology: [9384, 9384] },
  { histology: [9500, 9500] },
  { histology: [9510, 9510] },
  { histology: [9530, 9539] },
  { histology: [9590, 9590] },
  { histology: [9732, 9732] },
  { histology: [9761, 9761] },
  { histology: [9800, 9800] },
];

/** Morphologies that imply their grade or cell lineage (sixth digit) in ICD-O-3 (CanReg5 CheckGrade). */
export interface FixedGradeEntry {
  readonly histology: readonly HistologyRange[];
  readonly grades: readonly number[];
}

/** Fixed grades by morphology; the first matching entry decides, so specific codes precede their ranges. */
export const FIXED_GRADE: readonly FixedGradeEntry[] = [
  // "well differentiated" terms
  {
    histology: [
      [8331, 8331],
      [9187, 9187],
      [9511, 9511],
    ],
    grades: [1],
  },
  // "moderately differentiated"
  {
    histology: [
      [8332, 8332],
      [9083, 9083],
      [9243, 9243],
      [9372, 9372],
    ],
    grades: [2],
  },
  // "poorly differentiated"
  {
    histology: [
      [8631, 8631],
      [8634, 8634],
    ],
    grades: [3],
  },
  // "undifferentiated", "anaplastic"
  {
    histology: [
      [8020, 8021],
      [8805, 8805],
      [9062, 9062],
      [9082, 9082],
      [9390, 9390],
      [9392, 9392],
      [9401, 9401],
      [9451, 9451],
      [9505, 9505],
      [9512, 9512],
    ],
    grades: [4],
  },
  // anaplastic large cell lymphoma, T-cell or null-cell type
  { histology: [[9714, 9714]], grades: [4, 5, 7] },
  // T-cell lymphomas and leukaemias
  {
    histology: [
      [9702, 9702],
      [9705, 9705],
      [9708, 9709],
      [9717, 9719],
      [9729, 9729],
      [9827, 9827],
      [9834, 9834],
      [9837, 9837],
    ],
    grades: [5],
  },
  // other mature T/NK-cell lymphomas
  { histology: [[9700, 9719]], grades: [5, 8] },
  // B-cell lymphomas and leukaemias
  {
    histology: [
      [9670, 9699],
      [9728, 9728],
      [9823, 9823],
      [9833, 9833],
      [9836, 9836],
    ],
    grades: [6],
  },
  // NK-cell leukaemia
  { histology: [[9948, 9948]], grades: [8] },
];
