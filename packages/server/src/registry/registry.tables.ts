import { sql } from 'drizzle-orm';
import {
  char,
  date,
  index,
  integer,
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

/** A registered tumour (肿瘤登记报告卡 after review), attributed to the residence at diagnosis. */
export const tumours = pgTable(
  'tumours',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    regionCode: char('region_code', { length: 6 }).notNull(),
    institutionId: uuid('institution_id').references(() => institutions.id),
    /** The reporting system's identifier; (institution, source id) makes re-imports idempotent. */
    sourceId: text('source_id'),
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
    uniqueIndex('tumours_source_uq').on(t.institutionId, t.sourceId).where(sql`${t.sourceId} is not null`),
  ],
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
