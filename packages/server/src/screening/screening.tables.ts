import {
  boolean,
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
import { persons } from '../registry/registry.tables';

/** Screening programmes as configuration (programmes.ts), mirrored here at start-up for SQL joins and reports. */
export const screeningProgrammes = pgTable('screening_programmes', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').notNull(), // organised | opportunistic
  definition: jsonb('definition').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Grid management (网格化管理): county > township > village, each with its responsible doctor. */
export const screeningGrids = pgTable(
  'screening_grids',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: char('region_code', { length: 6 }).notNull(),
    township: text('township').notNull(),
    village: text('village').notNull(),
    villageCode: char('village_code', { length: 12 }),
    doctorName: text('doctor_name').notNull(),
    doctorUserId: uuid('doctor_user_id'),
  },
  (t) => [uniqueIndex('screening_grids_uq').on(t.regionCode, t.township, t.village)],
);

/**
 * A person enrolled in a programme. One person, one record per programme: the blind index of the
 * resident ID is unique within a programme. Identifiers sealed; `personId` is the registry person
 * with the same ID blind index (the match outcome, not a copy of the register: domain §3.5).
 */
export const screeningParticipants = pgTable(
  'screening_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeCode: text('programme_code')
      .notNull()
      .references(() => screeningProgrammes.code),
    regionCode: char('region_code', { length: 6 }).notNull(), // county of the grid; the scope key
    gridId: uuid('grid_id')
      .notNull()
      .references(() => screeningGrids.id),
    nameSealed: text('name_sealed').notNull(),
    nameIndex: text('name_index').notNull(),
    idNumberSealed: text('id_number_sealed').notNull(),
    idNumberIndex: text('id_number_index').notNull(),
    phoneSealed: text('phone_sealed'),
    sex: smallint('sex').notNull(),
    birthDate: date('birth_date').notNull(),
    residence: text('residence').notNull(), // urban | rural
    personId: uuid('person_id').references(() => persons.id),
    consentDate: date('consent_date').notNull(),
    enrolledOn: date('enrolled_on').notNull(),
    optedOutOn: date('opted_out_on'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('screening_participants_person_uq').on(t.programmeCode, t.idNumberIndex),
    index('screening_participants_region_idx').on(t.regionCode),
    index('screening_participants_grid_idx').on(t.gridId),
  ],
);

/** A scored risk questionnaire; the version is kept so later versions never rescore it. */
export const screeningAssessments = pgTable(
  'screening_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => screeningParticipants.id),
    version: text('version').notNull(),
    assessedOn: date('assessed_on').notNull(),
    answers: jsonb('answers').notNull(),
    result: jsonb('result').notNull(),
    highRisk: jsonb('high_risk').notNull(), // ScreeningCancer[]
  },
  (t) => [index('screening_assessments_participant_idx').on(t.participantId)],
);

/** Invitations and reminders as sent through the channel: the record of what went to whom. */
export const screeningMessages = pgTable(
  'screening_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => screeningParticipants.id),
    kind: text('kind').notNull(), // invitation | reminder
    channel: text('channel').notNull(), // sms | letter
    cancer: text('cancer').notNull(),
    bodySealed: text('body').notNull(), // the rendered text names the person: sealed
    sentOn: date('sent_on').notNull(),
  },
  (t) => [index('screening_messages_participant_idx').on(t.participantId, t.kind)],
);

/** An examination: appointment, result category, pathology and final diagnosis. */
export const screeningExams = pgTable(
  'screening_exams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => screeningParticipants.id),
    programmeCode: text('programme_code').notNull(),
    regionCode: char('region_code', { length: 6 }).notNull(),
    cancer: text('cancer').notNull(),
    method: text('method').notNull(),
    appointmentDate: date('appointment_date'),
    examDate: date('exam_date').notNull(),
    resultCategory: text('result_category').notNull(),
    positive: boolean('positive').notNull(),
    pathology: text('pathology'),
    finalDiagnosis: text('final_diagnosis'), // negative | benign | precancer | cancer
    stage: text('stage'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('screening_exams_participant_idx').on(t.participantId),
    index('screening_exams_region_date_idx').on(t.regionCode, t.examDate),
  ],
);

/** Referral and follow-up tasks of positive or suspicious results, with due dates. */
export const screeningTasks = pgTable(
  'screening_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    examId: uuid('exam_id')
      .notNull()
      .references(() => screeningExams.id),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => screeningParticipants.id),
    regionCode: char('region_code', { length: 6 }).notNull(),
    gridId: uuid('grid_id').notNull(),
    kind: text('kind').notNull(), // referral | follow_up
    dueDate: date('due_date').notNull(),
    completedOn: date('completed_on'),
    outcome: text('outcome'),
  },
  (t) => [
    index('screening_tasks_region_due_idx').on(t.regionCode, t.dueDate),
    index('screening_tasks_exam_idx').on(t.examId),
  ],
);

/**
 * A resident's own enrolment request from the public self-assessment page, with consent: the only
 * identified data the public page stores, and only when the resident asks to enrol.
 */
export const screeningEnrolmentRequests = pgTable('screening_enrolment_requests', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionCode: char('region_code', { length: 6 }).notNull(),
  nameSealed: text('name_sealed').notNull(),
  idNumberSealed: text('id_number_sealed').notNull(),
  idNumberIndex: text('id_number_index').notNull(),
  phoneSealed: text('phone_sealed').notNull(),
  answers: jsonb('answers'),
  consentAt: timestamp('consent_at', { withTimezone: true }).notNull().defaultNow(),
  status: text('status').notNull().default('pending'),
});
