import {
  char,
  date,
  index,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * Designated hospitals (定点医院, blood diseases) and collaboration groups (诊疗协作组, solid tumours)
 * for children's cancer care (domain guide §5, [S4]): configuration, adjusted by the provincial
 * commission, so rows carry a validity period.
 */
export const pedDesignations = pgTable(
  'ped_designations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id').notNull(),
    /** The province or city that designated it. */
    regionCode: char('region_code', { length: 6 }).notNull(),
    /** blood (non-malignant blood diseases) | solid (solid tumours) */
    diseaseGroup: text('disease_group').notNull(),
    /** designated | group_lead | group_member */
    role: text('role').notNull(),
    level: text('level').notNull(),
    groupName: text('group_name'),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
  },
  (t) => [index('ped_designations_region_idx').on(t.regionCode)],
);

/** A child's case (ages 0–19), registered by the hospital that saw it; identifiers sealed. */
export const pedCases = pgTable(
  'ped_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id').notNull(),
    sourceId: text('source_id').notNull(),
    /** The child's county of residence: the region scope key. */
    regionCode: char('region_code', { length: 6 }).notNull(),
    nameSealed: text('name_sealed').notNull(),
    idNumberSealed: text('id_number_sealed'),
    idNumberIndex: text('id_number_index'),
    sex: smallint('sex').notNull(),
    birthDate: date('birth_date').notNull(),
    diseaseCode: text('disease_code').notNull(),
    diagnosisDate: date('diagnosis_date').notNull(),
    /** The designated hospital managing the case, once referred or when registered there. */
    managingInstitutionId: uuid('managing_institution_id'),
    /** registered | referred | in_treatment | follow_up | closed */
    phase: text('phase').notNull().default('registered'),
    familyDoctor: text('family_doctor'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('ped_cases_source_idx').on(t.institutionId, t.sourceId),
    index('ped_cases_region_idx').on(t.regionCode),
  ],
);

/** A referral from a non-designated to a designated hospital, with its status trail. */
export const pedReferrals = pgTable(
  'ped_referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    fromInstitutionId: uuid('from_institution_id').notNull(),
    toInstitutionId: uuid('to_institution_id').notNull(),
    /** requested | accepted | arrived | declined | cancelled */
    status: text('status').notNull().default('requested'),
    requestedDate: date('requested_date').notNull(),
    /** Every status change: { status, date, by, note }. */
    trail: jsonb('trail')
      .$type<{ status: string; date: string; by: string; note: string | null }[]>()
      .notNull(),
  },
  (t) => [index('ped_referrals_case_idx').on(t.caseId), index('ped_referrals_to_idx').on(t.toInstitutionId)],
);

/** Whole-course follow-up: review visits at the designated hospital and family-doctor tasks. */
export const pedFollowUps = pgTable(
  'ped_follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    /** review_visit | family_doctor */
    kind: text('kind').notNull(),
    task: text('task').notNull(),
    dueDate: date('due_date').notNull(),
    /** due | done | missed */
    status: text('status').notNull().default('due'),
    doneDate: date('done_date'),
    note: text('note'),
  },
  (t) => [index('ped_follow_ups_case_idx').on(t.caseId)],
);
