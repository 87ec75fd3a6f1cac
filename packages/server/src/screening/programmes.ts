import type { Programme, ResultCategory, ScreeningCancer, ScreeningMethod } from '@orca/contract';

/**
 * Result categories by method. Lung-RADS v1.1 (ACR 2019), BI-RADS 5th ed. (ACR 2013), Bethesda 2014
 * for cervical cytology; endoscopy, colonoscopy and liver categories follow the programme's grading
 * (domain guide §3.2 step 4). Which categories count as positive and what they set in motion is
 * configuration: due times are working days for referrals (`addWorkdays`), months for recalls.
 * The 10-working-day referral time is ours [U], not a programme rule.
 */
export const RESULT_CATEGORIES: Record<ScreeningMethod, ResultCategory[]> = {
  ldct: [
    { code: '1', label: 'Lung-RADS 1 阴性', positive: false, action: 'none' },
    { code: '2', label: 'Lung-RADS 2 良性表现', positive: false, action: 'none' },
    { code: '3', label: 'Lung-RADS 3 可能良性', positive: false, action: 'follow_up', followUpMonths: 6 },
    { code: '4A', label: 'Lung-RADS 4A 可疑', positive: true, action: 'referral', dueWorkdays: 10 },
    { code: '4B', label: 'Lung-RADS 4B 高度可疑', positive: true, action: 'referral', dueWorkdays: 10 },
    {
      code: '4X',
      label: 'Lung-RADS 4X 高度可疑伴附加征象',
      positive: true,
      action: 'referral',
      dueWorkdays: 10,
    },
  ],
  mammography: biRads(),
  breast_ultrasound: biRads(),
  cytology: [
    { code: 'NILM', label: '未见上皮内病变或恶性病变', positive: false, action: 'none' },
    {
      code: 'ASC-US',
      label: '意义不明的非典型鳞状细胞',
      positive: true,
      action: 'referral',
      dueWorkdays: 10,
    },
    {
      code: 'ASC-H',
      label: '不除外高级别病变的非典型鳞状细胞',
      positive: true,
      action: 'referral',
      dueWorkdays: 10,
    },
    { code: 'LSIL', label: '低级别鳞状上皮内病变', positive: true, action: 'referral', dueWorkdays: 10 },
    { code: 'HSIL', label: '高级别鳞状上皮内病变', positive: true, action: 'referral', dueWorkdays: 10 },
    { code: 'SCC', label: '鳞状细胞癌', positive: true, action: 'referral', dueWorkdays: 5 },
    { code: 'AGC', label: '非典型腺细胞', positive: true, action: 'referral', dueWorkdays: 10 },
    { code: 'AIS', label: '原位腺癌', positive: true, action: 'referral', dueWorkdays: 5 },
    { code: 'AdCa', label: '腺癌', positive: true, action: 'referral', dueWorkdays: 5 },
  ],
  hpv: [
    { code: 'negative', label: '高危型HPV阴性', positive: false, action: 'none' },
    { code: 'hr_other', label: '其他高危型HPV阳性', positive: true, action: 'follow_up', followUpMonths: 12 },
    { code: 'hpv16_18', label: 'HPV16/18阳性', positive: true, action: 'referral', dueWorkdays: 10 },
  ],
  via_vili: [
    { code: 'negative', label: 'VIA/VILI阴性', positive: false, action: 'none' },
    { code: 'positive', label: 'VIA/VILI阳性', positive: true, action: 'referral', dueWorkdays: 10 },
    { code: 'suspect_cancer', label: '可疑癌', positive: true, action: 'referral', dueWorkdays: 5 },
  ],
  endoscopy: [
    { code: 'normal', label: '未见异常', positive: false, action: 'none' },
    { code: 'inflammation', label: '炎症/良性病变', positive: false, action: 'none' },
    { code: 'lgin', label: '低级别上皮内瘤变', positive: true, action: 'follow_up', followUpMonths: 12 },
    { code: 'hgin', label: '高级别上皮内瘤变', positive: true, action: 'referral', dueWorkdays: 10 },
    { code: 'early_cancer', label: '早期癌', positive: true, action: 'referral', dueWorkdays: 5 },
    { code: 'advanced_cancer', label: '进展期癌', positive: true, action: 'referral', dueWorkdays: 5 },
  ],
  colonoscopy: [
    { code: 'normal', label: '未见异常', positive: false, action: 'none' },
    {
      code: 'non_advanced_adenoma',
      label: '非进展期腺瘤',
      positive: true,
      action: 'follow_up',
      followUpMonths: 36,
    },
    { code: 'advanced_adenoma', label: '进展期腺瘤', positive: true, action: 'referral', dueWorkdays: 10 },
    { code: 'cancer', label: '可疑癌', positive: true, action: 'referral', dueWorkdays: 5 },
  ],
  fit: [
    { code: 'negative', label: 'FIT阴性', positive: false, action: 'none' },
    { code: 'positive', label: 'FIT阳性', positive: true, action: 'referral', dueWorkdays: 20 },
  ],
  ultrasound_afp: [
    { code: 'normal', label: '未见异常', positive: false, action: 'none' },
    { code: 'nodule_lt1', label: '结节<1cm', positive: false, action: 'follow_up', followUpMonths: 3 },
    { code: 'nodule_ge1', label: '结节≥1cm', positive: true, action: 'referral', dueWorkdays: 10 },
    { code: 'afp_raised', label: 'AFP升高', positive: true, action: 'referral', dueWorkdays: 10 },
  ],
};

function biRads(): ResultCategory[] {
  return [
    { code: '0', label: 'BI-RADS 0 需进一步检查', positive: true, action: 'referral', dueWorkdays: 10 },
    { code: '1', label: 'BI-RADS 1 阴性', positive: false, action: 'none' },
    { code: '2', label: 'BI-RADS 2 良性', positive: false, action: 'none' },
    { code: '3', label: 'BI-RADS 3 可能良性', positive: false, action: 'follow_up', followUpMonths: 6 },
    { code: '4A', label: 'BI-RADS 4A 低度可疑', positive: true, action: 'referral', dueWorkdays: 10 },
    { code: '4B', label: 'BI-RADS 4B 中度可疑', positive: true, action: 'referral', dueWorkdays: 10 },
    { code: '4C', label: 'BI-RADS 4C 高度可疑', positive: true, action: 'referral', dueWorkdays: 5 },
    { code: '5', label: 'BI-RADS 5 高度提示恶性', positive: true, action: 'referral', dueWorkdays: 5 },
    { code: '6', label: 'BI-RADS 6 已证实恶性', positive: true, action: 'referral', dueWorkdays: 5 },
  ];
}

/** Registry ICD-10 three-character codes counted for each screened cancer. */
export const CANCER_ICD10: Record<ScreeningCancer, string[]> = {
  lung: ['C33', 'C34'],
  breast: ['C50'],
  liver: ['C22'],
  upper_gi: ['C15', 'C16'],
  colorectal: ['C18', 'C19', 'C20'],
  cervical: ['C53'],
};

const cancer = (
  c: ScreeningCancer,
  ageFrom: number,
  ageTo: number,
  sex: number | null,
  methods: ScreeningMethod[],
  intervalMonths: number,
) => ({ cancer: c, icd10: CANCER_ICD10[c], ageFrom, ageTo, sex, methods, intervalMonths });

/**
 * The programmes of domain guide §3.1 as data. Ages and intervals from §3.3: lung LDCT every 2 years
 * (urban sites 40–74 [U]), upper-GI endoscopy 5 years, colonoscopy 5 years [U], liver ultrasound + AFP
 * 6 months [P], breast 2 years and cervical cytology 3 years [P] (two-cancer cycle).
 */
export const PROGRAMMES: Programme[] = [
  {
    code: 'urban',
    name: '城市癌症早诊早治项目',
    kind: 'organised',
    residence: 'urban',
    questionnaire: 'urban-2024.1',
    cancers: [
      cancer('lung', 40, 74, null, ['ldct'], 24),
      cancer('breast', 40, 74, 2, ['breast_ultrasound', 'mammography'], 24),
      cancer('liver', 40, 74, null, ['ultrasound_afp'], 6),
      cancer('upper_gi', 40, 74, null, ['endoscopy'], 60),
      cancer('colorectal', 40, 74, null, ['colonoscopy', 'fit'], 60),
    ],
    source: 'domain.md §3.1–3.3',
  },
  {
    code: 'rural_upper_gi',
    name: '农村上消化道癌早诊早治项目',
    kind: 'organised',
    residence: 'rural',
    questionnaire: 'urban-2024.1',
    cancers: [cancer('upper_gi', 45, 74, null, ['endoscopy'], 60)],
    source: 'domain.md §3.1, §3.3',
  },
  {
    code: 'two_cancer',
    name: '农村妇女两癌筛查',
    kind: 'organised',
    residence: 'any',
    questionnaire: null,
    cancers: [
      cancer('cervical', 35, 64, 2, ['cytology', 'hpv', 'via_vili'], 36),
      cancer('breast', 35, 64, 2, ['breast_ultrasound', 'mammography'], 36),
    ],
    source: 'domain.md §3.1, §3.3 (3-year cycle)',
  },
  {
    code: 'opportunistic',
    name: '机会性筛查（防癌体检）',
    kind: 'opportunistic',
    residence: 'any',
    questionnaire: 'urban-2024.1',
    cancers: [
      cancer('lung', 40, 74, null, ['ldct'], 24),
      cancer('breast', 35, 74, 2, ['breast_ultrasound', 'mammography'], 24),
      cancer('liver', 35, 74, null, ['ultrasound_afp'], 6),
      cancer('upper_gi', 40, 74, null, ['endoscopy'], 60),
      cancer('colorectal', 40, 74, null, ['colonoscopy', 'fit'], 60),
      cancer('cervical', 35, 64, 2, ['cytology', 'hpv'], 36),
    ],
    source: 'domain.md §3.5',
  },
];

/** The programme with this code, or undefined. */
export function programmeOf(code: string): Programme | undefined {
  return PROGRAMMES.find((p) => p.code === code);
}

/** The result category of a method, or undefined when the code is not in the method's list. */
export function resultCategoryOf(method: ScreeningMethod, code: string): ResultCategory | undefined {
  return RESULT_CATEGORIES[method].find((c) => c.code === code);
}
