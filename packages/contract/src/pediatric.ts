import { type Static, Type } from 'typebox';
import { Nullable } from './common';

// Children's blood diseases and malignant tumours (S4; domain guide §5).

const StringEnum = <T extends string>(values: readonly T[]) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values] });
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

/** blood: designated hospitals (定点医院); solid: collaboration groups (诊疗协作组). */
export const PED_DISEASE_GROUPS = ['blood', 'solid'] as const;
export type PedDiseaseGroup = (typeof PED_DISEASE_GROUPS)[number];

/** One disease of the national list, with the list version that added it. */
export interface PedDisease {
  code: string;
  nameZh: string;
  nameEn: string;
  group: PedDiseaseGroup;
  /** 2018: childhood leukaemia; 2019: first list of 10 (国卫医发〔2019〕50号); 2021: twelve more. */
  listVersion: '2018' | '2019' | '2021';
}

const d = (
  code: string,
  nameZh: string,
  nameEn: string,
  group: PedDiseaseGroup,
  listVersion: PedDisease['listVersion'],
) => ({
  code,
  nameZh,
  nameEn,
  group,
  listVersion,
});

/** The national disease list (domain guide §5); a region may narrow it by version. */
export const PED_DISEASES: readonly PedDisease[] = [
  d('leukaemia', '儿童白血病', 'childhood leukaemia', 'blood', '2018'),
  d('aplastic_anaemia', '再生障碍性贫血', 'aplastic anaemia', 'blood', '2019'),
  d('itp', '免疫性血小板减少症', 'immune thrombocytopenia', 'blood', '2019'),
  d('haemophilia', '血友病', 'haemophilia', 'blood', '2019'),
  d('hlh', '噬血细胞综合征', 'haemophagocytic lymphohistiocytosis', 'blood', '2019'),
  d('lymphoma', '淋巴瘤', 'lymphoma', 'solid', '2019'),
  d('neuroblastoma', '神经母细胞瘤', 'neuroblastoma', 'solid', '2019'),
  d('bone_soft_tissue_sarcoma', '骨及软组织肉瘤', 'bone and soft-tissue sarcoma', 'solid', '2019'),
  d('hepatoblastoma', '肝母细胞瘤', 'hepatoblastoma', 'solid', '2019'),
  d('nephroblastoma', '肾母细胞瘤', 'nephroblastoma (Wilms tumour)', 'solid', '2019'),
  d('retinoblastoma', '视网膜母细胞瘤', 'retinoblastoma', 'solid', '2019'),
  d('glioma', '胶质瘤', 'glioma', 'solid', '2021'),
  d('medulloblastoma', '髓母细胞瘤', 'medulloblastoma', 'solid', '2021'),
  d('craniopharyngioma', '颅咽管瘤', 'craniopharyngioma', 'solid', '2021'),
  d('ependymoma', '室管膜瘤', 'ependymoma', 'solid', '2021'),
  d('germ_cell_tumour', '恶性生殖细胞肿瘤', 'malignant germ-cell tumour', 'solid', '2021'),
  d('nasopharyngeal_carcinoma', '鼻咽癌', 'nasopharyngeal carcinoma', 'solid', '2021'),
  d('thyroid_cancer', '甲状腺癌', 'thyroid cancer', 'solid', '2021'),
  d('pleuropulmonary_blastoma', '胸膜肺母细胞瘤', 'pleuropulmonary blastoma', 'solid', '2021'),
  d('neurofibromatosis', '神经纤维瘤病', 'neurofibromatosis', 'solid', '2021'),
  d('lch', '朗格汉斯细胞组织细胞增生症', 'Langerhans cell histiocytosis', 'blood', '2021'),
  d('caebv', '慢性活动性EB病毒感染', 'chronic active EBV infection', 'blood', '2021'),
  d('aiha', '自身免疫性溶血性贫血', 'autoimmune haemolytic anaemia', 'blood', '2021'),
];

export const PED_ROLES = ['designated', 'group_lead', 'group_member'] as const;
export const PedDesignationCreate = Type.Object({
  hospitalCode: Type.String(),
  regionCode: Type.String({ pattern: '^\\d{6}$' }),
  diseaseGroup: StringEnum(PED_DISEASE_GROUPS),
  role: StringEnum(PED_ROLES),
  level: StringEnum(['provincial', 'city']),
  groupName: Type.Optional(Type.String({ maxLength: 200 })),
  validFrom: IsoDate,
  validTo: Type.Optional(IsoDate),
});
export type PedDesignationCreate = Static<typeof PedDesignationCreate>;

export const PedDesignationView = Type.Object({
  id: Type.String(),
  hospitalCode: Type.String(),
  hospitalName: Type.String(),
  regionCode: Type.String(),
  diseaseGroup: StringEnum(PED_DISEASE_GROUPS),
  role: StringEnum(PED_ROLES),
  level: Type.String(),
  groupName: Nullable(Type.String()),
  validFrom: Type.String(),
  validTo: Nullable(Type.String()),
});
export type PedDesignationView = Static<typeof PedDesignationView>;

export const PedCaseCreate = Type.Object({
  sourceId: Type.String({ minLength: 1, maxLength: 100 }),
  /** Required unless the caller is a hospital user (then its own hospital). */
  hospitalCode: Type.Optional(Type.String()),
  name: Type.String({ minLength: 1, maxLength: 100 }),
  idNumber: Type.Optional(Type.String({ maxLength: 18 })),
  sex: Type.Integer({ minimum: 1, maximum: 2 }),
  birthDate: IsoDate,
  regionCode: Type.String({ pattern: '^\\d{6}$' }),
  diseaseCode: Type.String(),
  diagnosisDate: IsoDate,
  familyDoctor: Type.Optional(Type.String({ maxLength: 100 })),
});
export type PedCaseCreate = Static<typeof PedCaseCreate>;

export const PED_PHASES = ['registered', 'referred', 'in_treatment', 'follow_up', 'closed'] as const;
export const PED_REFERRAL_STATUSES = ['requested', 'accepted', 'arrived', 'declined', 'cancelled'] as const;
export type PedReferralStatus = (typeof PED_REFERRAL_STATUSES)[number];

export const PedReferralView = Type.Object({
  id: Type.String(),
  fromHospitalCode: Type.String(),
  toHospitalCode: Type.String(),
  toHospitalName: Type.String(),
  status: StringEnum(PED_REFERRAL_STATUSES),
  requestedDate: Type.String(),
  trail: Type.Array(
    Type.Object({
      status: Type.String(),
      date: Type.String(),
      by: Type.String(),
      note: Nullable(Type.String()),
    }),
  ),
});
export type PedReferralView = Static<typeof PedReferralView>;

export const PedFollowUpView = Type.Object({
  id: Type.String(),
  kind: StringEnum(['review_visit', 'family_doctor']),
  task: Type.String(),
  dueDate: Type.String(),
  status: StringEnum(['due', 'done', 'missed']),
  doneDate: Nullable(Type.String()),
  note: Nullable(Type.String()),
});
export type PedFollowUpView = Static<typeof PedFollowUpView>;

/** A child's case; the name is masked (张*华) in lists and shown in full only in the audited detail. */
export const PedCaseView = Type.Object({
  id: Type.String(),
  sourceId: Type.String(),
  hospitalCode: Type.String(),
  hospitalName: Type.String(),
  regionCode: Type.String(),
  name: Type.String(),
  sex: Type.Integer(),
  birthDate: Type.String(),
  ageYears: Type.Integer(),
  diseaseCode: Type.String(),
  diseaseGroup: StringEnum(PED_DISEASE_GROUPS),
  diagnosisDate: Type.String(),
  managingHospitalCode: Nullable(Type.String()),
  phase: StringEnum(PED_PHASES),
  /** True while the case sits at a non-designated hospital with no active referral. */
  needsReferral: Type.Boolean(),
  familyDoctor: Nullable(Type.String()),
  referrals: Type.Optional(Type.Array(PedReferralView)),
  followUps: Type.Optional(Type.Array(PedFollowUpView)),
});
export type PedCaseView = Static<typeof PedCaseView>;

export const PedCaseListQuery = Type.Object({
  diseaseCode: Type.Optional(Type.String()),
  needsReferral: Type.Optional(Type.Boolean()),
  page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
});
export type PedCaseListQuery = Static<typeof PedCaseListQuery>;

export const PedReferralCreate = Type.Object({
  toHospitalCode: Type.String(),
  requestedDate: IsoDate,
  note: Type.Optional(Type.String({ maxLength: 1000 })),
});
export type PedReferralCreate = Static<typeof PedReferralCreate>;

export const PedReferralUpdate = Type.Object({
  status: StringEnum(['accepted', 'arrived', 'declined', 'cancelled'] as const),
  date: IsoDate,
  note: Type.Optional(Type.String({ maxLength: 1000 })),
});
export type PedReferralUpdate = Static<typeof PedReferralUpdate>;

export const PedFollowUpUpdate = Type.Object({
  status: StringEnum(['done', 'missed'] as const),
  doneDate: Type.Optional(IsoDate),
  note: Type.Optional(Type.String({ maxLength: 1000 })),
});
export type PedFollowUpUpdate = Static<typeof PedFollowUpUpdate>;

export const PedIndicators = Type.Object({
  cases: Type.Integer(),
  byDisease: Type.Array(Type.Object({ diseaseCode: Type.String(), cases: Nullable(Type.Integer()) })),
  /** Cases managed by a designated hospital / all cases. */
  atDesignatedRate: Nullable(Type.Number()),
  needingReferral: Type.Integer(),
  referralsRequested: Type.Integer(),
  referralsArrived: Type.Integer(),
  /** Median calendar days from referral request to arrival. */
  medianDaysToArrival: Nullable(Type.Number()),
  followUpsDue: Type.Integer(),
  followUpsDone: Type.Integer(),
  /** Done / tasks due by today. */
  followUpCompletionRate: Nullable(Type.Number()),
});
export type PedIndicators = Static<typeof PedIndicators>;

export const PedTodayQuery = Type.Object({ today: Type.Optional(IsoDate) });
export type PedTodayQuery = Static<typeof PedTodayQuery>;
