import { sql } from 'drizzle-orm';
import {
  char,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * Hospital diagnosis-and-treatment quality records (诊疗质控, domain guide §4), one row per record a
 * hospital submits. The kinds are heterogeneous, so the payload is JSON validated against the field
 * list of `QC_RECORD_FIELDS` (contract) before it is stored; the scope keys and the idempotency key
 * (hospital, kind, source id) are columns.
 */
export const qcRecords = pgTable(
  'qc_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id').notNull(),
    /** The hospital's county: the region scope key. */
    regionCode: char('region_code', { length: 6 }).notNull(),
    kind: text('kind').notNull(),
    sourceId: text('source_id').notNull(),
    eventDate: date('event_date'),
    /** The hospital's patient reference (medical record number), sealed: it identifies a person. */
    patientRefSealed: text('patient_ref_sealed'),
    /** Blind index of the patient reference, to join a patient's records within a hospital. */
    patientRefIndex: text('patient_ref_index'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    /** Rule findings at intake, e.g. `unauthorised_prescriber` (see drug-rules.ts). */
    flags: jsonb('flags').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('qc_records_source_idx').on(t.institutionId, t.kind, t.sourceId),
    index('qc_records_kind_date_idx').on(t.kind, t.eventDate),
    index('qc_records_region_idx').on(t.regionCode),
  ],
);

/**
 * A prescription-review round (处方点评) of one hospital and month: the sample is drawn from the
 * month's antitumour prescriptions, reviewed, then published (domain guide §4.4).
 */
export const qcReviewBatches = pgTable(
  'qc_review_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id').notNull(),
    regionCode: char('region_code', { length: 6 }).notNull(),
    month: char('month', { length: 7 }).notNull(),
    /** Prescriptions of the month the sample was drawn from. */
    population: integer('population').notNull(),
    seed: integer('seed').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('qc_review_batches_month_idx').on(t.institutionId, t.month)],
);

/** One sampled prescription of a review round and the reviewer's verdict. */
export const qcPrescriptionReviews = pgTable(
  'qc_prescription_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id').notNull(),
    recordId: uuid('record_id').notNull(),
    /** rational | irregular (不规范) | inappropriate (用药不适宜) | over_normal (超常); null until reviewed. */
    verdict: text('verdict'),
    note: text('note'),
    reviewedBy: text('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('qc_prescription_reviews_idx').on(t.batchId, t.recordId)],
);

/** The annual QC inspection of a hospital (Fujian plan [S2]: once a year, follow-up until fixed). */
export const qcInspections = pgTable(
  'qc_inspections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id').notNull(),
    regionCode: char('region_code', { length: 6 }).notNull(),
    year: integer('year').notNull(),
    inspectionDate: date('inspection_date').notNull(),
    inspectors: text('inspectors').notNull(),
    summary: text('summary'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('qc_inspections_institution_idx').on(t.institutionId, t.year)],
);

/** One finding of an inspection and its rectification (整改) follow-up. */
export const qcInspectionFindings = pgTable(
  'qc_inspection_findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    inspectionId: uuid('inspection_id').notNull(),
    description: text('description').notNull(),
    severity: text('severity').notNull(),
    dueDate: date('due_date').notNull(),
    /** open | rectifying | closed */
    status: text('status').notNull().default('open'),
    closedDate: date('closed_date'),
    followUp: text('follow_up'),
  },
  (t) => [index('qc_inspection_findings_idx').on(t.inspectionId)],
);
