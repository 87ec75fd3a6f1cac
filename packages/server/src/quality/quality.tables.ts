import { sql } from 'drizzle-orm';
import { char, date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

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
