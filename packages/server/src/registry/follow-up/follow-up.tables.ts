import { char, date, index, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { institutions } from '../../institutions/institutions.tables';
import { deaths, persons } from '../registry.tables';

/** Task states (domain guide §2.6: lost to follow-up is recorded with its reason). */
export const FOLLOW_UP_TASK_STATUSES = ['open', 'done', 'lost_to_follow_up'] as const;

/**
 * A follow-up task (随访任务) for registry staff: contact this person by the due date. Generated for
 * persons alive at last contact whose last contact is more than 12 months old, due on its anniversary,
 * and assigned to the registry of the person's county (`region_code` is the scope key).
 */
export const followUpTasks = pgTable(
  'follow_up_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    regionCode: char('region_code', { length: 6 }).notNull(),
    /** The registry of the person's county, when the region has one. */
    assignedInstitutionId: uuid('assigned_institution_id').references(() => institutions.id),
    dueDate: date('due_date').notNull(),
    /** The last contact the task was generated from: one task per person and anniversary. */
    basisLastContactDate: date('basis_last_contact_date'),
    status: text('status').notNull().default('open'),
    /** Why the person was lost to follow-up (moved away, refused, unreachable, …). */
    reason: text('reason'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    index('follow_up_tasks_region_status_idx').on(t.regionCode, t.status, t.dueDate),
    index('follow_up_tasks_person_idx').on(t.personId),
  ],
);

/** Contact methods: telephone, home visit, hospital record, death record (death linkage). */
export const FOLLOW_UP_METHODS = ['phone', 'visit', 'hospital_record', 'death_record'] as const;

/**
 * One follow-up contact (随访记录): when, how, and what was learnt. Each contact updates the person's
 * vital status, last contact, death date and cause of death — the data survival analysis needs.
 */
export const followUpContacts = pgTable(
  'follow_up_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    regionCode: char('region_code', { length: 6 }).notNull(),
    taskId: uuid('task_id').references(() => followUpTasks.id),
    /** The death record a death-linkage contact came from. */
    deathId: uuid('death_id').references(() => deaths.id),
    contactDate: date('contact_date').notNull(),
    method: text('method').notNull(),
    vitalStatus: smallint('vital_status').notNull(), // 1 alive, 2 dead
    deathDate: date('death_date'),
    causeOfDeath: text('cause_of_death'),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('follow_up_contacts_person_idx').on(t.personId, t.contactDate)],
);
