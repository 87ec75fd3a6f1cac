/**
 * The cancer sites of the synthetic province: how common each is by sex, its age curve, ICD-10 and
 * ICD-O-3 codes, basis of diagnosis, stage mix, survival, time trend and geography.
 *
 * Sources for the orders of magnitude (all approximate; the demo is synthetic):
 * - shares by sex: China 2022 estimates, Han B et al., J Natl Cancer Cent 2024;4:47–53, adjusted to
 *   Jiangxi (more liver and nasopharynx, more cervix, less thyroid than the national mix);
 * - age curves: shapes of the age-specific rates in the Chinese cancer registry annual reports;
 * - survival: CONCORD-3 / Zeng H et al., Lancet Glob Health 2018;6:e555 (5-year relative survival
 *   for China 2012–15) rounded as the brief asks;
 * - morphology: usual histological mixes of Chinese hospital series;
 * - trends: registry trends 2005–2016 (Wei W et al., Chin J Cancer Res 2020) — thyroid, breast,
 *   prostate and colorectum rising; stomach, oesophagus and liver falling.
 * Site groups are those of the annual report (domain guide §2.12).
 */

/** `[morphology, weight for men, weight for women (default: the men's)]`. */
export type MorphologyWeights = readonly (readonly [string, number, number?])[];

/** One ICD-10 code of a site with its ICD-O-3 topography and weights by sex. */
export interface Subsite {
  readonly icd10: string;
  readonly topography: string;
  readonly male: number;
  readonly female: number;
  /** Morphologies of this subsite when they differ from the site's (liver, kidney, haematology). */
  readonly morphologies?: MorphologyWeights;
}

/** A childhood (< 15 years) tumour of a site: embryonal types replace the adult histologies. */
export interface ChildhoodType {
  readonly icd10: string;
  readonly topography: string;
  readonly morphology: string;
  readonly weight: number;
}

/** Everything the generator knows about one site. */
export interface SiteSpec {
  /** Stable key, e.g. `lung`. */
  readonly key: string;
  /** Number of the annual-report group (domain guide §2.12). */
  readonly group: number;
  readonly nameZh: string;
  /** Percent of all cancers of each sex in the reference year 2020. */
  readonly share: { readonly male: number; readonly female: number };
  /** Name of the age curve in `AGE_PROFILES`. */
  readonly profile: keyof typeof AGE_PROFILES;
  readonly subsites: readonly Subsite[];
  readonly morphologies: MorphologyWeights;
  readonly childhood?: readonly ChildhoodType[];
  /** Codes for a case without microscopy: unspecified morphology (and site code where it varies). */
  readonly unverified?: { readonly icd10: string; readonly topography: string; readonly morphology: string };
  /** Proportion microscopically verified (basis 5–7) among non-DCO cases. */
  readonly mvProportion: number;
  /** Basis among microscopically verified cases, `[basis, weight]`. */
  readonly mvBasis?: readonly (readonly [number, number])[];
  /** Basis among the others. */
  readonly otherBasis?: readonly (readonly [number, number])[];
  /** Stage mix `[I, II, III, IV, unknown]`, or null when TNM stage is not used (leukaemia, brain). */
  readonly stageMix: readonly [number, number, number, number, number] | null;
  /** Target 5-year relative survival and the excess death rate (per year) of the uncured. */
  readonly survival: { readonly fiveYear: number; readonly uncuredRate: number };
  /** Multiplicative change of the age-specific rate per calendar year. */
  readonly trend: number;
  /** Rate multipliers by prefecture code, and for urban districts. */
  readonly geography?: { readonly prefecture?: Readonly<Record<string, number>>; readonly urban?: number };
}

/**
 * Relative age-specific rates over the 19 report age groups (0, 1-4, …, 85+). Only the shape
 * matters: each site's level is calibrated to its share.
 */
export const AGE_PROFILES = {
  carcinoma: [0, 0, 0, 0, 0.1, 0.3, 0.8, 2, 4, 9, 18, 35, 60, 100, 140, 180, 210, 220, 200],
  colorectal: [0, 0, 0, 0, 0.2, 0.6, 1.5, 3, 6, 12, 22, 38, 60, 100, 140, 175, 200, 205, 190],
  liver: [0.5, 0.4, 0.1, 0.1, 0.3, 1, 3, 8, 18, 35, 55, 75, 90, 100, 110, 120, 125, 125, 115],
  prostate: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0.1, 0.5, 3, 10, 30, 70, 130, 200, 250, 240],
  breast: [0, 0, 0, 0, 0.2, 1.5, 6, 18, 40, 70, 100, 110, 100, 95, 90, 80, 75, 70, 60],
  thyroid: [0, 0, 0.1, 0.5, 3, 10, 25, 45, 55, 65, 75, 75, 60, 45, 30, 20, 12, 8, 5],
  cervix: [0, 0, 0, 0, 0.1, 1, 5, 15, 35, 60, 85, 100, 90, 75, 65, 60, 55, 50, 40],
  uterus: [0, 0, 0, 0, 0.1, 0.5, 2, 5, 12, 30, 70, 100, 85, 60, 45, 35, 25, 18, 12],
  ovary: [0.2, 0.2, 0.3, 1, 3, 4, 5, 8, 14, 25, 45, 70, 85, 100, 95, 85, 75, 65, 50],
  nasopharynx: [0, 0, 0.2, 0.5, 2, 5, 12, 25, 45, 70, 90, 100, 100, 90, 75, 60, 50, 40, 30],
  lymphoma: [2, 2, 2, 2.5, 4, 5, 6, 8, 11, 15, 22, 32, 45, 60, 80, 95, 105, 100, 85],
  leukaemia: [12, 18, 8, 6, 6, 5, 5, 6, 7, 9, 12, 16, 22, 30, 40, 50, 60, 60, 55],
  brain: [6, 8, 7, 6, 6, 7, 9, 12, 16, 22, 30, 40, 50, 60, 70, 75, 75, 70, 60],
  bone: [0.5, 1, 3, 7, 10, 5, 4, 4, 5, 6, 8, 10, 13, 16, 20, 24, 28, 30, 30],
  testis: [2, 3, 0.5, 0.5, 5, 12, 18, 18, 14, 10, 7, 5, 4, 4, 4, 5, 6, 6, 6],
  other: [3, 3, 1, 1, 1, 1.5, 2.5, 4, 6, 10, 18, 32, 55, 90, 130, 170, 200, 215, 200],
} as const;

const SQUAMOUS: MorphologyWeights = [
  ['8070/3', 80],
  ['8071/3', 8],
  ['8072/3', 6],
  ['8140/3', 4],
  ['8560/3', 2],
];
const NON_MV_LIVER: readonly (readonly [number, number])[] = [
  [2, 55],
  [4, 35],
  [1, 8],
  [9, 2],
];
const GYNAE_STAGE = [30, 30, 22, 6, 12] as const;
const GENERIC_STAGE = [20, 22, 24, 18, 16] as const;

/** The sites, one per annual-report group (groups 11 and 26 carry several ICD-10 chapters' leftovers). */
export const SITES: readonly SiteSpec[] = [
  {
    key: 'oral',
    group: 1,
    nameZh: '口腔和咽喉(除外鼻咽)',
    share: { male: 1.8, female: 0.8 },
    profile: 'carcinoma',
    subsites: [
      { icd10: 'C02.9', topography: 'C02.9', male: 14, female: 14 },
      { icd10: 'C01', topography: 'C01.9', male: 4, female: 3 },
      { icd10: 'C03.9', topography: 'C03.9', male: 8, female: 9 },
      { icd10: 'C04.9', topography: 'C04.9', male: 5, female: 4 },
      { icd10: 'C05.9', topography: 'C05.9', male: 4, female: 4 },
      { icd10: 'C06.9', topography: 'C06.9', male: 10, female: 10 },
      {
        icd10: 'C07',
        topography: 'C07.9',
        male: 10,
        female: 16,
        morphologies: [
          ['8430/3', 35],
          ['8200/3', 25],
          ['8550/3', 15],
          ['8140/3', 25],
        ],
      },
      { icd10: 'C09.9', topography: 'C09.9', male: 8, female: 6 },
      { icd10: 'C10.9', topography: 'C10.9', male: 6, female: 3 },
      { icd10: 'C12', topography: 'C12.9', male: 5, female: 2 },
      { icd10: 'C13.9', topography: 'C13.9', male: 12, female: 4 },
      { icd10: 'C14.0', topography: 'C14.0', male: 4, female: 3 },
    ],
    morphologies: SQUAMOUS,
    mvProportion: 0.9,
    stageMix: GENERIC_STAGE,
    survival: { fiveYear: 0.5, uncuredRate: 0.45 },
    trend: 1.01,
  },
  {
    key: 'nasopharynx',
    group: 2,
    nameZh: '鼻咽',
    share: { male: 2.2, female: 0.9 },
    profile: 'nasopharynx',
    subsites: [
      { icd10: 'C11.1', topography: 'C11.1', male: 20, female: 20 },
      { icd10: 'C11.2', topography: 'C11.2', male: 10, female: 10 },
      { icd10: 'C11.9', topography: 'C11.9', male: 70, female: 70 },
    ],
    // Non-keratinising carcinoma dominates in southern China (WHO 2017 classification).
    morphologies: [
      ['8072/3', 55],
      ['8020/3', 25],
      ['8071/3', 8],
      ['8070/3', 12],
    ],
    mvProportion: 0.9,
    stageMix: [8, 20, 40, 20, 12],
    survival: { fiveYear: 0.5, uncuredRate: 0.35 },
    trend: 0.99,
    geography: { prefecture: { '360700': 1.5, '360800': 1.2, '360300': 1.1, '360400': 0.8 } },
  },
  {
    key: 'oesophagus',
    group: 3,
    nameZh: '食管',
    share: { male: 7, female: 2.4 },
    profile: 'carcinoma',
    subsites: [
      { icd10: 'C15.3', topography: 'C15.3', male: 10, female: 10 },
      { icd10: 'C15.4', topography: 'C15.4', male: 35, female: 35 },
      { icd10: 'C15.5', topography: 'C15.5', male: 25, female: 25 },
      { icd10: 'C15.8', topography: 'C15.8', male: 5, female: 5 },
      { icd10: 'C15.9', topography: 'C15.9', male: 25, female: 25 },
    ],
    morphologies: [
      ['8070/3', 72],
      ['8071/3', 5],
      ['8072/3', 4],
      ['8140/3', 12],
      ['8560/3', 2],
      ['8041/3', 3],
      ['8074/3', 2],
    ],
    mvProportion: 0.82,
    stageMix: [12, 22, 30, 16, 20],
    survival: { fiveYear: 0.3, uncuredRate: 0.6 },
    trend: 0.965,
    geography: { prefecture: { '360400': 1.3, '361100': 1.25, '360200': 1.15, '360700': 0.75 } },
  },
  {
    key: 'stomach',
    group: 4,
    nameZh: '胃',
    share: { male: 11, female: 5 },
    profile: 'carcinoma',
    subsites: [
      { icd10: 'C16.0', topography: 'C16.0', male: 28, female: 18 },
      { icd10: 'C16.1', topography: 'C16.1', male: 3, female: 3 },
      { icd10: 'C16.2', topography: 'C16.2', male: 12, female: 14 },
      { icd10: 'C16.3', topography: 'C16.3', male: 24, female: 28 },
      { icd10: 'C16.4', topography: 'C16.4', male: 3, female: 3 },
      { icd10: 'C16.5', topography: 'C16.5', male: 3, female: 3 },
      { icd10: 'C16.6', topography: 'C16.6', male: 2, female: 2 },
      { icd10: 'C16.8', topography: 'C16.8', male: 3, female: 3 },
      { icd10: 'C16.9', topography: 'C16.9', male: 22, female: 26 },
    ],
    morphologies: [
      ['8140/3', 62],
      ['8144/3', 5],
      ['8145/3', 5, 8],
      ['8490/3', 11, 16],
      ['8211/3', 5],
      ['8480/3', 4],
      ['8936/3', 2],
      ['8246/3', 2],
      ['8020/3', 1],
    ],
    mvProportion: 0.85,
    stageMix: [15, 15, 30, 22, 18],
    survival: { fiveYear: 0.36, uncuredRate: 0.7 },
    trend: 0.975,
    geography: { prefecture: { '361100': 1.2, '360600': 1.15, '360700': 0.9 } },
  },
  {
    key: 'colorectum',
    group: 5,
    nameZh: '结直肠肛门',
    share: { male: 10.5, female: 8.5 },
    profile: 'colorectal',
    subsites: [
      { icd10: 'C18.0', topography: 'C18.0', male: 3, female: 3 },
      { icd10: 'C18.2', topography: 'C18.2', male: 6, female: 7 },
      { icd10: 'C18.4', topography: 'C18.4', male: 3, female: 3 },
      { icd10: 'C18.6', topography: 'C18.6', male: 4, female: 4 },
      { icd10: 'C18.7', topography: 'C18.7', male: 18, female: 18 },
      { icd10: 'C18.9', topography: 'C18.9', male: 14, female: 16 },
      { icd10: 'C19', topography: 'C19.9', male: 8, female: 7 },
      { icd10: 'C20', topography: 'C20.9', male: 42, female: 39 },
      {
        icd10: 'C21.0',
        topography: 'C21.0',
        male: 2,
        female: 3,
        morphologies: [
          ['8070/3', 60],
          ['8140/3', 40],
        ],
      },
    ],
    morphologies: [
      ['8140/3', 80],
      ['8480/3', 8],
      ['8490/3', 2],
      ['8210/3', 3],
      ['8263/3', 3],
      ['8246/3', 2],
      ['8020/3', 2],
    ],
    mvProportion: 0.88,
    stageMix: [15, 25, 28, 16, 16],
    survival: { fiveYear: 0.56, uncuredRate: 0.45 },
    trend: 1.02,
    geography: { urban: 1.25 },
  },
  {
    key: 'liver',
    group: 6,
    nameZh: '肝脏',
    share: { male: 12, female: 4.5 },
    profile: 'liver',
    subsites: [
      { icd10: 'C22.0', topography: 'C22.0', male: 72, female: 62, morphologies: [['8170/3', 1]] },
      {
        icd10: 'C22.1',
        topography: 'C22.1',
        male: 10,
        female: 18,
        morphologies: [
          ['8160/3', 85],
          ['8140/3', 15],
        ],
      },
      {
        // ICD-O-3 has no C22.9: liver is C22.0, intrahepatic bile duct C22.1.
        icd10: 'C22.0',
        topography: 'C22.0',
        male: 18,
        female: 20,
        morphologies: [
          ['8170/3', 80],
          ['8180/3', 10],
          ['8160/3', 10],
        ],
      },
    ],
    morphologies: [['8170/3', 1]],
    childhood: [{ icd10: 'C22.2', topography: 'C22.0', morphology: '8970/3', weight: 1 }],
    mvProportion: 0.3,
    otherBasis: NON_MV_LIVER,
    stageMix: [15, 15, 22, 26, 22],
    survival: { fiveYear: 0.12, uncuredRate: 1.2 },
    trend: 0.985,
    // Hepatitis B and aflatoxin: higher liver-cancer rates in southern Jiangxi (Gannan).
    geography: {
      prefecture: { '360700': 1.45, '360800': 1.25, '361000': 1.1, '360400': 0.85, '360100': 0.9 },
    },
  },
  {
    key: 'gallbladder',
    group: 7,
    nameZh: '胆囊及其他',
    share: { male: 1.1, female: 1.3 },
    profile: 'carcinoma',
    subsites: [
      { icd10: 'C23', topography: 'C23.9', male: 50, female: 60 },
      {
        icd10: 'C24.0',
        topography: 'C24.0',
        male: 35,
        female: 28,
        morphologies: [
          ['8160/3', 70],
          ['8140/3', 30],
        ],
      },
      { icd10: 'C24.1', topography: 'C24.1', male: 5, female: 4 },
      { icd10: 'C24.9', topography: 'C24.9', male: 10, female: 8 },
    ],
    morphologies: [
      ['8140/3', 82],
      ['8070/3', 5],
      ['8480/3', 5],
      ['8560/3', 3],
      ['8020/3', 5],
    ],
    mvProportion: 0.5,
    stageMix: [10, 12, 25, 33, 20],
    survival: { fiveYear: 0.15, uncuredRate: 1.0 },
    trend: 1.01,
  },
  {
    key: 'pancreas',
    group: 8,
    nameZh: '胰腺',
    share: { male: 2.7, female: 2.4 },
    profile: 'carcinoma',
    subsites: [
      { icd10: 'C25.0', topography: 'C25.0', male: 45, female: 45 },
      { icd10: 'C25.1', topography: 'C25.1', male: 10, female: 10 },
      { icd10: 'C25.2', topography: 'C25.2', male: 8, female: 8 },
      { icd10: 'C25.9', topography: 'C25.9', male: 37, female: 37 },
    ],
    morphologies: [
      ['8500/3', 50],
      ['8140/3', 40],
      ['8246/3', 5],
      ['8150/3', 3],
      ['8480/3', 2],
    ],
    mvProportion: 0.4,
    stageMix: [8, 12, 18, 45, 17],
    survival: { fiveYear: 0.07, uncuredRate: 1.5 },
    trend: 1.015,
  },
  {
    key: 'larynx',
    group: 9,
    nameZh: '喉',
    share: { male: 1.0, female: 0.1 },
    profile: 'carcinoma',
    subsites: [
      { icd10: 'C32.0', topography: 'C32.0', male: 45, female: 45 },
      { icd10: 'C32.1', topography: 'C32.1', male: 20, female: 20 },
      { icd10: 'C32.9', topography: 'C32.9', male: 35, female: 35 },
    ],
    morphologies: SQUAMOUS,
    mvProportion: 0.88,
    stageMix: [30, 22, 22, 12, 14],
    survival: { fiveYear: 0.55, uncuredRate: 0.4 },
    trend: 0.99,
  },
  {
    key: 'lung',
    group: 10,
    nameZh: '气管、支气管、肺',
    share: { male: 24, female: 15.5 },
    profile: 'carcinoma',
    subsites: [
      { icd10: 'C33', topography: 'C33.9', male: 0.5, female: 0.3 },
      { icd10: 'C34.0', topography: 'C34.0', male: 6, female: 5 },
      { icd10: 'C34.1', topography: 'C34.1', male: 30, female: 32 },
      { icd10: 'C34.2', topography: 'C34.2', male: 4, female: 4 },
      { icd10: 'C34.3', topography: 'C34.3', male: 22, female: 21 },
      { icd10: 'C34.8', topography: 'C34.8', male: 3, female: 3 },
      { icd10: 'C34.9', topography: 'C34.9', male: 35, female: 35 },
    ],
    // Adenocarcinoma dominates in women (mostly never-smokers); squamous and small-cell in men.
    morphologies: [
      ['8140/3', 42, 78],
      ['8070/3', 32, 8],
      ['8041/3', 14, 6],
      ['8046/3', 8, 5],
      ['8012/3', 2, 1],
      ['8560/3', 2, 2],
    ],
    mvProportion: 0.62,
    mvBasis: [
      [7, 70],
      [5, 20],
      [6, 10],
    ],
    stageMix: [18, 8, 20, 36, 18],
    survival: { fiveYear: 0.2, uncuredRate: 0.8 },
    trend: 1.01,
  },
  {
    key: 'thoracic',
    group: 11,
    nameZh: '其他胸腔器官',
    share: { male: 0.5, female: 0.4 },
    profile: 'carcinoma',
    subsites: [
      {
        icd10: 'C37',
        topography: 'C37.9',
        male: 50,
        female: 55,
        morphologies: [
          ['8585/3', 60],
          ['8586/3', 40],
        ],
      },
      {
        icd10: 'C38.1',
        topography: 'C38.1',
        male: 12,
        female: 12,
        morphologies: [
          ['8800/3', 50],
          ['9080/3', 50],
        ],
      },
      // Pleural mesothelioma: ICD-O-3 site C38.4, but ICD-10 codes mesothelioma by histology (C45.0).
      { icd10: 'C45.0', topography: 'C38.4', male: 38, female: 33, morphologies: [['9050/3', 1]] },
    ],
    morphologies: [['8000/3', 1]],
    mvProportion: 0.75,
    stageMix: GENERIC_STAGE,
    survival: { fiveYear: 0.4, uncuredRate: 0.45 },
    trend: 1.01,
  },
  {
    key: 'bone',
    group: 12,
    nameZh: '骨',
    share: { male: 0.5, female: 0.4 },
    profile: 'bone',
    subsites: [
      { icd10: 'C40.0', topography: 'C40.0', male: 10, female: 10 },
      { icd10: 'C40.2', topography: 'C40.2', male: 35, female: 35 },
      { icd10: 'C41.2', topography: 'C41.2', male: 12, female: 12 },
      { icd10: 'C41.4', topography: 'C41.4', male: 13, female: 13 },
      { icd10: 'C41.9', topography: 'C41.9', male: 30, female: 30 },
    ],
    morphologies: [
      ['9180/3', 35],
      ['9220/3', 25],
      ['9260/3', 10],
      ['9250/3', 5],
      ['8800/3', 10],
      ['8000/3', 15],
    ],
    childhood: [
      { icd10: 'C40.2', topography: 'C40.2', morphology: '9180/3', weight: 60 },
      { icd10: 'C41.4', topography: 'C41.4', morphology: '9260/3', weight: 40 },
    ],
    mvProportion: 0.78,
    stageMix: GENERIC_STAGE,
    survival: { fiveYear: 0.4, uncuredRate: 0.45 },
    trend: 1.0,
  },
  {
    key: 'melanoma',
    group: 13,
    nameZh: '皮肤黑色素瘤',
    share: { male: 0.2, female: 0.2 },
    profile: 'carcinoma',
    // Acral melanoma of the sole is the commonest type in China.
    subsites: [
      { icd10: 'C43.7', topography: 'C44.7', male: 40, female: 40 },
      { icd10: 'C43.6', topography: 'C44.6', male: 15, female: 15 },
      { icd10: 'C43.5', topography: 'C44.5', male: 10, female: 10 },
      { icd10: 'C43.3', topography: 'C44.3', male: 10, female: 10 },
      { icd10: 'C43.9', topography: 'C44.9', male: 25, female: 25 },
    ],
    morphologies: [
      ['8720/3', 70],
      ['8744/3', 20],
      ['8721/3', 10],
    ],
    unverified: { icd10: 'C43.9', topography: 'C44.9', morphology: '8720/3' },
    mvProportion: 0.92,
    stageMix: GENERIC_STAGE,
    survival: { fiveYear: 0.5, uncuredRate: 0.4 },
    trend: 1.02,
  },
  {
    key: 'breast',
    group: 14,
    nameZh: '乳腺',
    share: { male: 0.1, female: 16.5 },
    profile: 'breast',
    subsites: [
      { icd10: 'C50.1', topography: 'C50.1', male: 40, female: 8 },
      { icd10: 'C50.2', topography: 'C50.2', male: 5, female: 12 },
      { icd10: 'C50.4', topography: 'C50.4', male: 5, female: 30 },
      { icd10: 'C50.8', topography: 'C50.8', male: 10, female: 10 },
      { icd10: 'C50.9', topography: 'C50.9', male: 40, female: 40 },
    ],
    morphologies: [
      ['8500/3', 76],
      ['8520/3', 6],
      ['8522/3', 4],
      ['8480/3', 3],
      ['8211/3', 2],
      ['8507/3', 2],
      ['8530/3', 1],
      ['8010/3', 6],
    ],
    mvProportion: 0.94,
    stageMix: [30, 36, 16, 5, 13],
    survival: { fiveYear: 0.83, uncuredRate: 0.2 },
    trend: 1.025,
    geography: { urban: 1.25 },
  },
  {
    key: 'cervix',
    group: 15,
    nameZh: '子宫颈',
    share: { male: 0, female: 7.5 },
    profile: 'cervix',
    subsites: [
      { icd10: 'C53.0', topography: 'C53.0', male: 0, female: 5 },
      { icd10: 'C53.1', topography: 'C53.1', male: 0, female: 5 },
      { icd10: 'C53.8', topography: 'C53.8', male: 0, female: 5 },
      { icd10: 'C53.9', topography: 'C53.9', male: 0, female: 85 },
    ],
    morphologies: [
      ['8070/3', 74],
      ['8071/3', 5],
      ['8072/3', 5],
      ['8140/3', 10],
      ['8560/3', 3],
      ['8041/3', 3],
    ],
    mvProportion: 0.93,
    stageMix: GYNAE_STAGE,
    survival: { fiveYear: 0.62, uncuredRate: 0.4 },
    trend: 1.03,
    geography: { urban: 0.9 },
  },
  {
    key: 'uterus',
    group: 16,
    nameZh: '子宫体及子宫部位不明',
    share: { male: 0, female: 3.4 },
    profile: 'uterus',
    subsites: [
      { icd10: 'C54.1', topography: 'C54.1', male: 0, female: 80 },
      { icd10: 'C54.9', topography: 'C54.9', male: 0, female: 5 },
      { icd10: 'C55', topography: 'C55.9', male: 0, female: 15 },
    ],
    morphologies: [
      ['8380/3', 75],
      ['8441/3', 8],
      ['8890/3', 5],
      ['8950/3', 3],
      ['8140/3', 9],
    ],
    mvProportion: 0.9,
    stageMix: [55, 12, 12, 6, 15],
    survival: { fiveYear: 0.75, uncuredRate: 0.35 },
    trend: 1.02,
  },
  {
    key: 'ovary',
    group: 17,
    nameZh: '卵巢',
    share: { male: 0, female: 2.7 },
    profile: 'ovary',
    subsites: [{ icd10: 'C56', topography: 'C56.9', male: 0, female: 1 }],
    morphologies: [
      ['8441/3', 50],
      ['8460/3', 8],
      ['8380/3', 10],
      ['8310/3', 8],
      ['8470/3', 6],
      ['8620/3', 3],
      ['8140/3', 15],
    ],
    childhood: [
      { icd10: 'C56', topography: 'C56.9', morphology: '9060/3', weight: 50 },
      { icd10: 'C56', topography: 'C56.9', morphology: '9071/3', weight: 50 },
    ],
    mvProportion: 0.82,
    otherBasis: [
      [2, 70],
      [4, 15],
      [1, 12],
      [9, 3],
    ],
    stageMix: [20, 8, 42, 15, 15],
    survival: { fiveYear: 0.4, uncuredRate: 0.35 },
    trend: 1.01,
  },
  {
    key: 'prostate',
    group: 18,
    nameZh: '前列腺',
    share: { male: 4.5, female: 0 },
    profile: 'prostate',
    subsites: [{ icd10: 'C61', topography: 'C61.9', male: 1, female: 0 }],
    morphologies: [
      ['8140/3', 90],
      ['8550/3', 8],
      ['8041/3', 2],
    ],
    mvProportion: 0.72,
    otherBasis: [
      [4, 45],
      [2, 45],
      [1, 7],
      [9, 3],
    ],
    stageMix: [15, 25, 18, 27, 15],
    survival: { fiveYear: 0.68, uncuredRate: 0.2 },
    trend: 1.05,
    geography: { urban: 1.2 },
  },
  {
    key: 'testis',
    group: 19,
    nameZh: '睾丸',
    share: { male: 0.2, female: 0 },
    profile: 'testis',
    subsites: [
      { icd10: 'C62.1', topography: 'C62.1', male: 30, female: 0 },
      { icd10: 'C62.9', topography: 'C62.9', male: 70, female: 0 },
    ],
    morphologies: [
      ['9061/3', 55],
      ['9070/3', 10],
      ['9085/3', 25],
      ['9071/3', 5],
      ['9100/3', 5],
    ],
    childhood: [{ icd10: 'C62.9', topography: 'C62.9', morphology: '9071/3', weight: 1 }],
    mvProportion: 0.92,
    stageMix: [60, 20, 10, 0, 10],
    survival: { fiveYear: 0.85, uncuredRate: 0.3 },
    trend: 1.01,
  },
  {
    key: 'kidney',
    group: 20,
    nameZh: '肾及泌尿系统不明',
    share: { male: 1.9, female: 1.0 },
    profile: 'carcinoma',
    subsites: [
      {
        icd10: 'C64',
        topography: 'C64.9',
        male: 80,
        female: 78,
        morphologies: [
          ['8312/3', 60],
          ['8310/3', 28],
          ['8260/3', 7],
          ['8317/3', 5],
        ],
      },
      {
        icd10: 'C65',
        topography: 'C65.9',
        male: 9,
        female: 10,
        morphologies: [
          ['8120/3', 85],
          ['8130/3', 15],
        ],
      },
      {
        icd10: 'C66',
        topography: 'C66.9',
        male: 10,
        female: 11,
        morphologies: [
          ['8120/3', 85],
          ['8130/3', 15],
        ],
      },
      { icd10: 'C68.0', topography: 'C68.0', male: 1, female: 1, morphologies: [['8120/3', 1]] },
    ],
    morphologies: [['8312/3', 1]],
    childhood: [{ icd10: 'C64', topography: 'C64.9', morphology: '8960/3', weight: 1 }],
    mvProportion: 0.75,
    stageMix: [45, 12, 15, 14, 14],
    survival: { fiveYear: 0.65, uncuredRate: 0.4 },
    trend: 1.03,
    geography: { urban: 1.15 },
  },
  {
    key: 'bladder',
    group: 21,
    nameZh: '膀胱',
    share: { male: 2.8, female: 0.8 },
    profile: 'carcinoma',
    subsites: [
      { icd10: 'C67.0', topography: 'C67.0', male: 8, female: 8 },
      { icd10: 'C67.2', topography: 'C67.2', male: 25, female: 25 },
      { icd10: 'C67.4', topography: 'C67.4', male: 5, female: 5 },
      { icd10: 'C67.8', topography: 'C67.8', male: 10, female: 10 },
      { icd10: 'C67.9', topography: 'C67.9', male: 52, female: 52 },
    ],
    morphologies: [
      ['8120/3', 80],
      ['8130/3', 12],
      ['8070/3', 4],
      ['8140/3', 4],
    ],
    mvProportion: 0.85,
    stageMix: [42, 20, 12, 10, 16],
    survival: { fiveYear: 0.7, uncuredRate: 0.35 },
    trend: 1.01,
  },
  {
    key: 'brain',
    group: 22,
    nameZh: '脑、神经系统',
    share: { male: 2.0, female: 2.5 },
    profile: 'brain',
    subsites: [
      { icd10: 'C71.0', topography: 'C71.0', male: 12, female: 12 },
      { icd10: 'C71.1', topography: 'C71.1', male: 15, female: 15 },
      { icd10: 'C71.2', topography: 'C71.2', male: 12, female: 12 },
      { icd10: 'C71.3', topography: 'C71.3', male: 6, female: 6 },
      { icd10: 'C71.4', topography: 'C71.4', male: 3, female: 3 },
      { icd10: 'C71.6', topography: 'C71.6', male: 5, female: 5 },
      { icd10: 'C71.9', topography: 'C71.9', male: 40, female: 38 },
      { icd10: 'C70.0', topography: 'C70.0', male: 4, female: 7, morphologies: [['9530/3', 1]] },
      {
        icd10: 'C72.0',
        topography: 'C72.0',
        male: 3,
        female: 3,
        morphologies: [
          ['9391/3', 60],
          ['9400/3', 40],
        ],
      },
    ],
    morphologies: [
      ['9440/3', 40],
      ['9400/3', 22],
      ['9450/3', 9],
      ['9380/3', 17],
      ['9391/3', 5],
      ['9401/3', 7],
    ],
    childhood: [
      { icd10: 'C71.6', topography: 'C71.6', morphology: '9470/3', weight: 40 },
      { icd10: 'C71.9', topography: 'C71.9', morphology: '9400/3', weight: 30 },
      { icd10: 'C71.7', topography: 'C71.7', morphology: '9391/3', weight: 15 },
      { icd10: 'C71.7', topography: 'C71.7', morphology: '9380/3', weight: 15 },
    ],
    mvProportion: 0.55,
    stageMix: null,
    survival: { fiveYear: 0.3, uncuredRate: 0.7 },
    trend: 1.01,
  },
  {
    key: 'thyroid',
    group: 23,
    nameZh: '甲状腺',
    share: { male: 3.0, female: 11 },
    profile: 'thyroid',
    subsites: [{ icd10: 'C73', topography: 'C73.9', male: 1, female: 1 }],
    morphologies: [
      ['8260/3', 85],
      ['8340/3', 7],
      ['8330/3', 4],
      ['8345/3', 2],
      ['8020/3', 1],
      ['8050/3', 1],
    ],
    mvProportion: 0.96,
    mvBasis: [
      [7, 90],
      [5, 10],
    ],
    stageMix: [62, 13, 9, 4, 12],
    survival: { fiveYear: 0.92, uncuredRate: 0.3 },
    // Ultrasound screening drove thyroid incidence up by ~15–20 %/year in 2005–2015 (Wei 2020);
    // the demo uses a gentler 8 %/year for 2015–2024.
    trend: 1.08,
    geography: { urban: 1.35 },
  },
  {
    key: 'lymphoma',
    group: 24,
    nameZh: '淋巴瘤',
    share: { male: 2.4, female: 1.9 },
    profile: 'lymphoma',
    subsites: [
      { icd10: 'C83.3', topography: 'C77.9', male: 40, female: 40, morphologies: [['9680/3', 1]] },
      { icd10: 'C81.9', topography: 'C77.9', male: 7, female: 7, morphologies: [['9650/3', 1]] },
      { icd10: 'C82.9', topography: 'C77.9', male: 5, female: 6, morphologies: [['9690/3', 1]] },
      { icd10: 'C88.4', topography: 'C16.9', male: 4, female: 5, morphologies: [['9699/3', 1]] },
      { icd10: 'C84.4', topography: 'C77.9', male: 7, female: 5, morphologies: [['9702/3', 1]] },
      { icd10: 'C85.9', topography: 'C77.9', male: 12, female: 12, morphologies: [['9591/3', 1]] },
      { icd10: 'C90.0', topography: 'C42.1', male: 25, female: 25, morphologies: [['9732/3', 1]] },
    ],
    morphologies: [['9591/3', 1]],
    unverified: { icd10: 'C85.9', topography: 'C77.9', morphology: '9590/3' },
    childhood: [
      { icd10: 'C83.7', topography: 'C77.9', morphology: '9687/3', weight: 30 },
      { icd10: 'C81.9', topography: 'C77.9', morphology: '9650/3', weight: 35 },
      { icd10: 'C83.3', topography: 'C77.9', morphology: '9680/3', weight: 35 },
    ],
    mvProportion: 0.9,
    mvBasis: [
      [7, 90],
      [5, 5],
      [6, 5],
    ],
    stageMix: [15, 20, 25, 28, 12],
    survival: { fiveYear: 0.4, uncuredRate: 0.5 },
    trend: 1.02,
  },
  {
    key: 'leukaemia',
    group: 25,
    nameZh: '白血病',
    share: { male: 2.1, female: 1.7 },
    profile: 'leukaemia',
    subsites: [
      { icd10: 'C92.0', topography: 'C42.1', male: 32, female: 32, morphologies: [['9861/3', 1]] },
      { icd10: 'C91.0', topography: 'C42.1', male: 18, female: 16, morphologies: [['9835/3', 1]] },
      { icd10: 'C92.1', topography: 'C42.1', male: 13, female: 12, morphologies: [['9863/3', 1]] },
      { icd10: 'C91.1', topography: 'C42.1', male: 7, female: 5, morphologies: [['9823/3', 1]] },
      { icd10: 'C92.4', topography: 'C42.1', male: 8, female: 9, morphologies: [['9866/3', 1]] },
      { icd10: 'C93.1', topography: 'C42.1', male: 4, female: 3, morphologies: [['9945/3', 1]] },
      { icd10: 'C95.9', topography: 'C42.1', male: 18, female: 23, morphologies: [['9800/3', 1]] },
    ],
    morphologies: [['9800/3', 1]],
    unverified: { icd10: 'C95.9', topography: 'C42.1', morphology: '9800/3' },
    childhood: [
      { icd10: 'C91.0', topography: 'C42.1', morphology: '9835/3', weight: 75 },
      { icd10: 'C92.0', topography: 'C42.1', morphology: '9861/3', weight: 20 },
      { icd10: 'C92.1', topography: 'C42.1', morphology: '9863/3', weight: 5 },
    ],
    mvProportion: 0.93,
    mvBasis: [
      [5, 85],
      [7, 15],
    ],
    stageMix: null,
    survival: { fiveYear: 0.28, uncuredRate: 0.9 },
    trend: 1.01,
  },
  {
    key: 'other',
    group: 26,
    nameZh: '其他或未指明部位',
    share: { male: 4.8, female: 4.6 },
    profile: 'other',
    subsites: [
      {
        icd10: 'C80.9',
        topography: 'C80.9',
        male: 30,
        female: 28,
        morphologies: [
          ['8000/3', 40],
          ['8140/3', 45],
          ['8070/3', 15],
        ],
      },
      {
        icd10: 'C17.0',
        topography: 'C17.0',
        male: 6,
        female: 6,
        morphologies: [
          ['8140/3', 80],
          ['8246/3', 20],
        ],
      },
      {
        icd10: 'C17.9',
        topography: 'C17.9',
        male: 4,
        female: 4,
        morphologies: [
          ['8936/3', 50],
          ['8140/3', 50],
        ],
      },
      {
        icd10: 'C44.3',
        topography: 'C44.3',
        male: 8,
        female: 8,
        morphologies: [
          ['8090/3', 60],
          ['8070/3', 40],
        ],
      },
      {
        icd10: 'C44.7',
        topography: 'C44.7',
        male: 4,
        female: 4,
        morphologies: [
          ['8070/3', 70],
          ['8090/3', 30],
        ],
      },
      {
        icd10: 'C49.2',
        topography: 'C49.2',
        male: 6,
        female: 6,
        morphologies: [
          ['8850/3', 40],
          ['8800/3', 60],
        ],
      },
      {
        icd10: 'C49.9',
        topography: 'C49.9',
        male: 6,
        female: 6,
        morphologies: [
          ['8800/3', 50],
          ['8890/3', 50],
        ],
      },
      {
        icd10: 'C48.2',
        topography: 'C48.2',
        male: 2,
        female: 5,
        morphologies: [['8441/3', 100]],
      },
      { icd10: 'C30.0', topography: 'C30.0', male: 4, female: 3, morphologies: SQUAMOUS },
      { icd10: 'C31.0', topography: 'C31.0', male: 3, female: 2, morphologies: SQUAMOUS },
      { icd10: 'C26.9', topography: 'C26.9', male: 4, female: 4, morphologies: [['8140/3', 1]] },
      { icd10: 'C74.9', topography: 'C74.9', male: 2, female: 2, morphologies: [['8370/3', 1]] },
      { icd10: 'C69.9', topography: 'C69.9', male: 2, female: 2, morphologies: [['8720/3', 1]] },
      { icd10: 'C60.9', topography: 'C60.9', male: 3, female: 0, morphologies: SQUAMOUS },
      { icd10: 'C51.9', topography: 'C51.9', male: 0, female: 3, morphologies: SQUAMOUS },
      { icd10: 'C52', topography: 'C52.9', male: 0, female: 1, morphologies: SQUAMOUS },
      { icd10: 'C57.0', topography: 'C57.0', male: 0, female: 1, morphologies: [['8441/3', 1]] },
    ],
    morphologies: [['8000/3', 1]],
    childhood: [
      { icd10: 'C69.2', topography: 'C69.2', morphology: '9510/3', weight: 35 },
      { icd10: 'C74.9', topography: 'C74.9', morphology: '9500/3', weight: 40 },
      { icd10: 'C49.9', topography: 'C49.9', morphology: '8900/3', weight: 25 },
    ],
    mvProportion: 0.55,
    stageMix: GENERIC_STAGE,
    survival: { fiveYear: 0.3, uncuredRate: 0.8 },
    trend: 1.01,
  },
];

/** Basis among microscopically verified cases when a site does not say: mostly histology of the primary. */
export const DEFAULT_MV_BASIS: readonly (readonly [number, number])[] = [
  [7, 85],
  [6, 4],
  [5, 11],
];

/** Basis among other (non-DCO) cases when a site does not say: mostly imaging/endoscopy. */
export const DEFAULT_OTHER_BASIS: readonly (readonly [number, number])[] = [
  [2, 75],
  [1, 20],
  [9, 5],
];

/** The site with this key. */
export function siteByKey(key: string): SiteSpec | undefined {
  return SITES.find((s) => s.key === key);
}
