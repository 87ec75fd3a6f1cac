import { type Static, Type } from 'typebox';
import { Nullable } from './common';

const StringEnum = <T extends string>(values: readonly T[]) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values] });
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

/** States of a follow-up task (domain guide §2.6: lost to follow-up is recorded with a reason). */
export const FOLLOW_UP_STATUSES = ['open', 'done', 'lost_to_follow_up'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** How a contact was made: telephone, home visit, hospital record, death record (death linkage). */
export const CONTACT_METHODS = ['phone', 'visit', 'hospital_record', 'death_record'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

/** `GET /api/registry/follow-up/tasks`. */
export const FollowUpTaskQuery = Type.Object({
  page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  status: Type.Optional(StringEnum(FOLLOW_UP_STATUSES)),
  /** Only open tasks past their due date. */
  overdue: Type.Optional(Type.Boolean()),
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
});
export type FollowUpTaskQuery = Static<typeof FollowUpTaskQuery>;

/** A task in the list: the person's name masked (张*华); the list read is audited. */
export const FollowUpTaskItem = Type.Object({
  id: Type.String(),
  personId: Type.String(),
  personName: Type.String(),
  sex: Type.Integer(),
  regionCode: Type.String(),
  regionName: Type.String(),
  assignedInstitutionName: Nullable(Type.String()),
  dueDate: Type.String(),
  status: StringEnum(FOLLOW_UP_STATUSES),
  reason: Nullable(Type.String()),
  lastContactDate: Nullable(Type.String()),
  vitalStatus: Nullable(Type.Integer()),
  /** Days past the due date for an open task (0 when not yet due or closed). */
  daysOverdue: Type.Integer(),
});
export type FollowUpTaskItem = Static<typeof FollowUpTaskItem>;

/** `POST /api/registry/follow-up/tasks/generate`: create the tasks that are due for generation. */
export const GenerateTasksRequest = Type.Object({
  /** The day to generate for (default today): persons whose last contact is ≥ 12 months before it. */
  today: Type.Optional(IsoDate),
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
});
export type GenerateTasksRequest = Static<typeof GenerateTasksRequest>;

export const GenerateTasksResult = Type.Object({ created: Type.Integer() });
export type GenerateTasksResult = Static<typeof GenerateTasksResult>;

/** `PATCH /api/registry/follow-up/tasks/:id`: close a task, or reopen it. */
export const UpdateTaskRequest = Type.Object({
  status: StringEnum(FOLLOW_UP_STATUSES),
  /** Required for lost_to_follow_up (moved away, refused, unreachable, …). */
  reason: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
});
export type UpdateTaskRequest = Static<typeof UpdateTaskRequest>;

/** `POST /api/registry/follow-up/contacts`: one contact with a person, which updates their vital status. */
export const FollowUpContactRequest = Type.Object({
  personId: Type.String({ format: 'uuid' }),
  taskId: Type.Optional(Type.String({ format: 'uuid' })),
  contactDate: IsoDate,
  method: StringEnum(CONTACT_METHODS),
  /** 1 alive, 2 dead. */
  vitalStatus: Type.Integer({ minimum: 1, maximum: 2 }),
  deathDate: Type.Optional(IsoDate),
  /** ICD-10 underlying cause, when dead. */
  causeOfDeath: Type.Optional(Type.String({ maxLength: 10 })),
  note: Type.Optional(Type.String({ maxLength: 1000 })),
});
export type FollowUpContactRequest = Static<typeof FollowUpContactRequest>;

export const FollowUpContactView = Type.Object({
  id: Type.String(),
  personId: Type.String(),
  taskId: Nullable(Type.String()),
  contactDate: Type.String(),
  method: StringEnum(CONTACT_METHODS),
  vitalStatus: Type.Integer(),
  deathDate: Nullable(Type.String()),
  causeOfDeath: Nullable(Type.String()),
  note: Nullable(Type.String()),
});
export type FollowUpContactView = Static<typeof FollowUpContactView>;

/** The person's follow-up state after a change: what survival analysis reads. */
export const PersonFollowUp = Type.Object({
  personId: Type.String(),
  vitalStatus: Nullable(Type.Integer()),
  lastContactDate: Nullable(Type.String()),
  deathDate: Nullable(Type.String()),
  causeOfDeath: Nullable(Type.String()),
});
export type PersonFollowUp = Static<typeof PersonFollowUp>;

export const FollowUpContactResult = Type.Object({
  contact: FollowUpContactView,
  person: PersonFollowUp,
});
export type FollowUpContactResult = Static<typeof FollowUpContactResult>;

/** `GET /api/registry/follow-up/persons/:id/contacts`: a person's contacts, newest first (audited). */
export const FollowUpHistory = Type.Object({
  person: PersonFollowUp,
  contacts: Type.Array(FollowUpContactView),
});
export type FollowUpHistory = Static<typeof FollowUpHistory>;

/** `POST /api/registry/follow-up/death-linkage`: apply linked death records to persons. */
export const DeathLinkageResult = Type.Object({ updated: Type.Integer() });
export type DeathLinkageResult = Static<typeof DeathLinkageResult>;
