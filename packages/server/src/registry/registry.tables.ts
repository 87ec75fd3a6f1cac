import {
  bigint,
  boolean,
  char,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { institutions } from '../institutions/institutions.tables';

/**
 * One row per person (one person, one record). Identifiers are sealed (AES-256-GCM envelopes) and
 * searchable only by exact match through keyed blind indexes (HMAC-SHA256 of the normalised value).
 */
export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: char('region_code', { length: 6 }).notNull(), // county of residence; the scope key
    nameSealed: text('name_sealed').notNull(),
    nameIndex: text('name_index').notNull(),
    idNumberSealed: text('id_number_sealed'),
    idNumberIndex: text('id_number_index'),
    phoneSealed: text('phone_sealed'),
    addressSealed: text('address_sealed'),
    sex: smallint('sex').notNull(), // GB/T 2261.1
    birthDate: date('birth_date'),
    ethnicity: char('ethnicity', { length: 2 }),
    occupation: text('occupation'),
    vitalStatus: smallint('vital_status'), // 1 alive, 2 dead
    lastContactDate: date('last_contact_date'),
    deathDate: date('death_date'),
    causeOfDeath: text('cause_of_death'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('persons_region_idx').on(t.regionCode),
    index('persons_id_number_idx').on(t.idNumberIndex),
    index('persons_name_idx').on(t.nameIndex),
  ],
);

/**
 * A registry tumour: the accepted reports of one person's one primary (IARC/IACR 2004 rules),
 * consolidated — earliest incidence date, best basis — and attributed to the residence at diagnosis.
 */
export const tumours = pgTable(
  'tumours',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    regionCode: char('region_code', { length: 6 }).notNull(),
    /** The institution of the report the consolidated values came from. */
    institutionId: uuid('institution_id').references(() => institutions.id),
    /** Source id of that report, for display. */
    sourceId: text('source_id'),
    reportCount: integer('report_count').notNull().default(1),
    diagnosisDate: date('diagnosis_date').notNull(),
    icd10: text('icd10').notNull(),
    topography: text('topography'),
    morphology: text('morphology'),
    basis: smallint('basis'), // IARC code; the Chinese card's 3/8 are stored as 2/7
    basisOriginal: smallint('basis_original'),
    stage: text('stage'),
    status: text('status').notNull().default('accepted'),
    reportDate: date('report_date'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('tumours_person_idx').on(t.personId),
    index('tumours_region_date_idx').on(t.regionCode, t.diagnosisDate),
    index('tumours_institution_idx').on(t.institutionId),
  ],
);

/** States of a report card: draft → submitted → returned (with reason) → … → accepted. */
export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/**
 * A report card (肿瘤登记报告卡) as the hospital sent it: every field of the card, identifiers sealed,
 * the check findings with the rule-set version, and the link to the tumour it was consolidated into.
 * (institution, source id) is unique, so re-importing a file updates and never duplicates.
 */
export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    sourceId: text('source_id').notNull(),
    status: text('status').notNull().default('submitted'),
    returnReason: text('return_reason'),
    regionCode: char('region_code', { length: 6 }).notNull(),
    nameSealed: text('name_sealed').notNull(),
    nameIndex: text('name_index').notNull(),
    idNumberSealed: text('id_number_sealed'),
    idNumberIndex: text('id_number_index'),
    phoneSealed: text('phone_sealed'),
    addressSealed: text('address_sealed'),
    sex: smallint('sex').notNull(),
    birthDate: date('birth_date'),
    ageYears: smallint('age_years'),
    ethnicity: text('ethnicity'),
    maritalStatus: text('marital_status'),
    occupation: text('occupation'),
    diagnosisDate: date('diagnosis_date').notNull(),
    diagnosisText: text('diagnosis_text'),
    icd10: text('icd10').notNull(),
    topography: text('topography'),
    morphology: text('morphology'),
    grade: smallint('grade'),
    laterality: smallint('laterality'),
    basis: smallint('basis'),
    basisOriginal: smallint('basis_original'),
    tnmT: text('tnm_t'),
    tnmN: text('tnm_n'),
    tnmM: text('tnm_m'),
    stage: text('stage'),
    treatment: text('treatment'),
    vitalStatus: smallint('vital_status'),
    lastContactDate: date('last_contact_date'),
    causeOfDeath: text('cause_of_death'),
    reportingDoctor: text('reporting_doctor'),
    reportDate: date('report_date'),
    /** Columns of the source file that the contract does not know: kept, never dropped. */
    extra: jsonb('extra'),
    rulesetVersion: text('ruleset_version'),
    findings: jsonb('findings'),
    /** Warnings confirmed by a registry user, with the reason: { ruleId: reason }. */
    confirmedWarnings: jsonb('confirmed_warnings'),
    hasErrors: boolean('has_errors').notNull().default(false),
    personId: uuid('person_id').references(() => persons.id),
    tumourId: uuid('tumour_id').references(() => tumours.id),
    importJobId: uuid('import_job_id'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('reports_source_uq').on(t.institutionId, t.sourceId),
    index('reports_status_idx').on(t.status, t.regionCode),
    index('reports_tumour_idx').on(t.tumourId),
    // Linkage moves reports between persons and rebuilds a person's tumours: without this every merge scans.
    index('reports_person_idx').on(t.personId),
    index('reports_id_number_idx').on(t.idNumberIndex),
  ],
);

/** A bulk intake of one file: progress for the UI and CLI, and the outcome. */
export const importJobs = pgTable('import_jobs', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').notNull(), // cases | deaths | population
  fileName: text('file_name').notNull(),
  institutionId: uuid('institution_id').references(() => institutions.id),
  status: text('status').notNull().default('running'), // running | done | failed | rejected
  rowsRead: integer('rows_read').notNull().default(0),
  rowsAccepted: integer('rows_accepted').notNull().default(0),
  rowsRejected: integer('rows_rejected').notNull().default(0),
  rowsInserted: integer('rows_inserted').notNull().default(0),
  rowsUpdated: integer('rows_updated').notNull().default(0),
  // Progress by bytes: the row count of a streamed file is not known until its end (issue #3 part 2).
  bytesRead: bigint('bytes_read', { mode: 'number' }).notNull().default(0),
  bytesTotal: bigint('bytes_total', { mode: 'number' }).notNull().default(0),
  accept: boolean('accept').notNull().default(false),
  strict: boolean('strict').notNull().default(false),
  rulesetVersion: text('ruleset_version'),
  message: text('message'),
  createdBy: uuid('created_by'),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});

/** The rows a job rejected: line, field and reason, downloadable as CSV. */
export const importRejections = pgTable(
  'import_rejections',
  {
    jobId: uuid('job_id')
      .notNull()
      .references(() => importJobs.id),
    line: integer('line').notNull(),
    field: text('field'),
    ruleId: text('rule_id'),
    reason: text('reason').notNull(),
  },
  (t) => [index('import_rejections_job_idx').on(t.jobId, t.line)],
);

/** Death-surveillance records (死因监测), linked to persons by record linkage. */
export const deaths = pgTable(
  'deaths',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sourceId: text('source_id').notNull().unique(),
    regionCode: char('region_code', { length: 6 }).notNull(),
    nameSealed: text('name_sealed').notNull(),
    nameIndex: text('name_index').notNull(),
    idNumberSealed: text('id_number_sealed'),
    idNumberIndex: text('id_number_index'),
    sex: smallint('sex').notNull(),
    birthDate: date('birth_date'),
    deathDate: date('death_date').notNull(),
    causeOfDeath: text('cause_of_death'),
    personId: uuid('person_id').references(() => persons.id),
  },
  (t) => [
    index('deaths_region_date_idx').on(t.regionCode, t.deathDate),
    index('deaths_id_number_idx').on(t.idNumberIndex),
    index('deaths_person_idx').on(t.personId),
  ],
);

/** Denominators by county × year × sex × 19 age groups (index 0…18). */
export const populations = pgTable(
  'populations',
  {
    regionCode: char('region_code', { length: 6 }).notNull(),
    year: smallint('year').notNull(),
    sex: smallint('sex').notNull(),
    ageGroup: smallint('age_group').notNull(),
    population: integer('population').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.year, t.sex, t.ageGroup] })],
);

/** General-population qx by year, sex and single age 0…100; region '' = the whole area. */
export const lifeTables = pgTable(
  'life_tables',
  {
    regionCode: text('region_code').notNull().default(''),
    year: smallint('year').notNull(),
    sex: smallint('sex').notNull(),
    age: smallint('age').notNull(),
    qx: text('qx').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.year, t.sex, t.age] })],
);
