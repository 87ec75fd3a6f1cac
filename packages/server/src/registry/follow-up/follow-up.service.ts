import { findRegion, maskName, normaliseIcd10 } from '@orca/codes';
import type {
  DeathLinkageResult,
  FollowUpContactRequest,
  FollowUpContactResult,
  FollowUpContactView,
  FollowUpHistory,
  FollowUpTaskItem,
  FollowUpTaskQuery,
  GenerateTasksRequest,
  GenerateTasksResult,
  PageOf,
  PersonFollowUp,
  UpdateTaskRequest,
} from '@orca/contract';
import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { RequestContext } from '../../context/request-context';
import { inRegion } from '../../context/scope';
import type { Db } from '../../db/database';
import { queryRows } from '../../db/database';
import { badRequest, conflict, forbidden, notFound } from '../../http/errors';
import { institutions } from '../../institutions/institutions.tables';
import { deaths, persons } from '../registry.tables';
import { followUpContacts, followUpTasks } from './follow-up.tables';

/** Registry work: generating and closing tasks, reading task lists. */
export const FOLLOW_UP_ROLES = ['registry_staff', 'provincial_analyst', 'administrator'] as const;
/** Recording a contact: registry staff, and hospitals for their own patients (hospital records). */
export const CONTACT_ROLES = [...FOLLOW_UP_ROLES, 'hospital_reporter'] as const;

/** Today's calendar date in UTC, `YYYY-MM-DD`: the routes' clock. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Days from `from` to `to` (ISO dates), whole days. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function personFollowUp(p: typeof persons.$inferSelect): PersonFollowUp {
  return {
    personId: p.id,
    vitalStatus: p.vitalStatus,
    lastContactDate: p.lastContactDate,
    deathDate: p.deathDate,
    causeOfDeath: p.causeOfDeath,
  };
}

function contactView(c: typeof followUpContacts.$inferSelect): FollowUpContactView {
  return {
    id: c.id,
    personId: c.personId,
    taskId: c.taskId,
    contactDate: c.contactDate,
    method: c.method as FollowUpContactView['method'],
    vitalStatus: c.vitalStatus,
    deathDate: c.deathDate,
    causeOfDeath: c.causeOfDeath,
    note: c.note,
  };
}

/**
 * Creates the follow-up tasks that are due (domain guide §2.6): one per person in scope who was alive
 * at the last contact and whose last contact is 12 months or more before `today`, due on the
 * anniversary of that contact (29 February → 28 February), assigned to the registry of the person's
 * county. A person with an open task, or with a task already made from the same last contact (e.g.
 * closed as lost to follow-up), gets none.
 *
 * @param ctx - registry staff (their county), analysts or administrators (their region).
 * @param body - the day to generate for (default `today`) and an optional region within scope.
 * @param today - the server's date.
 * @returns how many tasks were created.
 */
export async function generateTasks(
  ctx: RequestContext,
  body: GenerateTasksRequest,
  today: string,
): Promise<GenerateTasksResult> {
  const day = body.today ?? today;
  const where: SQL[] = [
    ctx.scoped.persons(),
    sql`${persons.vitalStatus} = 1`,
    sql`${persons.lastContactDate} is not null`,
    sql`(${persons.lastContactDate} + interval '12 months')::date <= ${day}::date`,
    sql`not exists (select 1 from follow_up_tasks ft where ft.person_id = ${persons.id}
      and (ft.status = 'open' or ft.basis_last_contact_date = ${persons.lastContactDate}))`,
  ];
  if (body.regionCode) where.push(inRegion(persons.regionCode, body.regionCode));
  const created = (
    await queryRows(
      ctx.db,
      sql`
    insert into follow_up_tasks (person_id, region_code, assigned_institution_id, due_date, basis_last_contact_date, created_by)
    select ${persons.id}, ${persons.regionCode},
      (select i.id from institutions i where i.kind = 'registry' and i.region_code = ${persons.regionCode} order by i.code limit 1),
      (${persons.lastContactDate} + interval '12 months')::date, ${persons.lastContactDate}, ${ctx.principal.userId}
    from ${persons} where ${sql.join(where, sql` and `)}
    returning id`,
    )
  ).length;
  await ctx.audit({
    action: 'create',
    entity: 'follow_up_tasks',
    detail: { today: day, regionCode: body.regionCode ?? null, created },
  });
  return { created };
}

/**
 * Follow-up tasks in scope: open first, earliest due first; names masked; the read is audited.
 *
 * @param ctx - the caller.
 * @param query - filters and page.
 * @param today - for "overdue".
 * @returns a page of tasks.
 */
export async function listTasks(
  ctx: RequestContext,
  query: FollowUpTaskQuery,
  today: string,
): Promise<PageOf<FollowUpTaskItem>> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const where: SQL[] = [ctx.scoped.followUpTasks()];
  if (query.status) where.push(eq(followUpTasks.status, query.status));
  if (query.overdue)
    where.push(sql`${followUpTasks.status} = 'open' and ${followUpTasks.dueDate} < ${today}`);
  if (query.regionCode) where.push(inRegion(followUpTasks.regionCode, query.regionCode));
  const condition = and(...where);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({ task: followUpTasks, person: persons, institutionName: institutions.name })
      .from(followUpTasks)
      .innerJoin(persons, eq(persons.id, followUpTasks.personId))
      .leftJoin(institutions, eq(institutions.id, followUpTasks.assignedInstitutionId))
      .where(condition)
      .orderBy(sql`${followUpTasks.status} <> 'open'`, asc(followUpTasks.dueDate), followUpTasks.id)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    ctx.db.select({ n: sql<number>`count(*)::int` }).from(followUpTasks).where(condition),
  ]);
  await ctx.audit({
    action: 'read',
    entity: 'follow_up_task_list',
    detail: { ...query, returned: rows.length },
  });
  return {
    items: rows.map(({ task, person, institutionName }) => ({
      id: task.id,
      personId: person.id,
      personName: maskName(ctx.sealer.unseal(person.nameSealed)),
      sex: person.sex,
      regionCode: task.regionCode,
      regionName: findRegion(task.regionCode)?.name ?? task.regionCode,
      assignedInstitutionName: institutionName,
      dueDate: task.dueDate,
      status: task.status as FollowUpTaskItem['status'],
      reason: task.reason,
      lastContactDate: person.lastContactDate,
      vitalStatus: person.vitalStatus,
      daysOverdue: task.status === 'open' ? Math.max(0, daysBetween(task.dueDate, today)) : 0,
    })),
    total: total?.n ?? 0,
    page,
    pageSize,
  };
}

/**
 * Closes a task (done, or lost to follow-up with its reason) or reopens it; audited.
 *
 * @throws not_found outside scope; validation_failed when lost_to_follow_up has no reason.
 */
export async function updateTask(ctx: RequestContext, id: string, body: UpdateTaskRequest) {
  if (body.status === 'lost_to_follow_up' && !body.reason?.trim()) {
    throw badRequest('A reason is required for lost to follow-up', [{ field: 'reason', reason: 'required' }]);
  }
  const [task] = await ctx.db
    .update(followUpTasks)
    .set({
      status: body.status,
      reason: body.status === 'lost_to_follow_up' ? body.reason!.trim() : (body.reason ?? null),
      closedAt: body.status === 'open' ? null : new Date(),
    })
    .where(and(eq(followUpTasks.id, id), ctx.scoped.followUpTasks()))
    .returning();
  if (!task) throw notFound('follow-up task', id);
  await ctx.audit({
    action: 'update',
    entity: 'follow_up_task',
    entityId: id,
    detail: { status: body.status, reason: body.reason ?? null, personId: task.personId },
  });
  return { id: task.id, status: task.status, reason: task.reason };
}

/**
 * What a contact does to a person's follow-up (pure): a death is final and sets the last contact to
 * the death date; a later "alive" contact moves the last contact forward; an earlier one changes
 * nothing. An "alive" contact after a recorded death is a contradiction for a person to resolve.
 *
 * @returns the new values, or 'conflict'.
 */
export function followUpAfterContact(
  person: PersonFollowUp,
  contact: {
    contactDate: string;
    vitalStatus: number;
    deathDate: string | null;
    causeOfDeath: string | null;
  },
): PersonFollowUp | 'conflict' {
  if (contact.vitalStatus === 2) {
    return {
      personId: person.personId,
      vitalStatus: 2,
      lastContactDate: contact.deathDate,
      deathDate: contact.deathDate,
      causeOfDeath: contact.causeOfDeath ?? person.causeOfDeath,
    };
  }
  if (person.vitalStatus === 2) {
    return person.deathDate !== null && contact.contactDate > person.deathDate ? 'conflict' : person;
  }
  if (person.lastContactDate !== null && contact.contactDate <= person.lastContactDate) return person;
  return { ...person, vitalStatus: 1, lastContactDate: contact.contactDate };
}

async function writeContact(
  db: Db,
  person: typeof persons.$inferSelect,
  values: typeof followUpContacts.$inferInsert,
): Promise<{ contact: typeof followUpContacts.$inferSelect; person: PersonFollowUp }> {
  const next = followUpAfterContact(personFollowUp(person), {
    contactDate: values.contactDate,
    vitalStatus: values.vitalStatus,
    deathDate: values.deathDate ?? null,
    causeOfDeath: values.causeOfDeath ?? null,
  });
  if (next === 'conflict') {
    throw conflict(`The person died on ${person.deathDate}; a later contact cannot find them alive`);
  }
  const [contact] = await db.insert(followUpContacts).values(values).returning();
  await db
    .update(persons)
    .set({
      vitalStatus: next.vitalStatus,
      lastContactDate: next.lastContactDate,
      deathDate: next.deathDate,
      causeOfDeath: next.causeOfDeath,
      updatedAt: new Date(),
    })
    .where(eq(persons.id, person.id));
  // The contact answers every open task of the person, not only the one it was made from.
  await db
    .update(followUpTasks)
    .set({ status: 'done', closedAt: new Date() })
    .where(and(eq(followUpTasks.personId, person.id), eq(followUpTasks.status, 'open')));
  return { contact: contact!, person: next };
}

/**
 * Records one follow-up contact and updates the person's vital status, last contact, death date and
 * cause of death (domain guide §2.6), closing the person's open tasks; audited with the person.
 * A hospital reporter may record hospital-record contacts of persons it reported.
 *
 * @throws not_found for a person or task outside scope; validation_failed for inconsistent dates;
 *   conflict for "alive" after a recorded death.
 */
export async function recordContact(
  ctx: RequestContext,
  body: FollowUpContactRequest,
  today: string,
): Promise<FollowUpContactResult> {
  if (ctx.scope.kind === 'institution' && body.method !== 'hospital_record') {
    throw forbidden('A hospital records hospital-record contacts only');
  }
  const issues: { field: string; reason: string }[] = [];
  if (body.contactDate > today) issues.push({ field: 'contactDate', reason: 'in the future' });
  let causeOfDeath: string | null = null;
  let deathDate: string | null = null;
  if (body.vitalStatus === 2) {
    deathDate = body.deathDate ?? body.contactDate;
    if (deathDate > body.contactDate) issues.push({ field: 'deathDate', reason: 'after the contact date' });
    if (body.causeOfDeath) {
      causeOfDeath = normaliseIcd10(body.causeOfDeath);
      if (causeOfDeath === null) issues.push({ field: 'causeOfDeath', reason: 'not an ICD-10 code' });
    }
  } else if (body.deathDate || body.causeOfDeath) {
    issues.push({ field: 'deathDate', reason: 'given for a person alive at contact' });
  }
  if (issues.length > 0) throw badRequest('The contact is not consistent', issues);

  const written = await ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const [person] = await db
      .select()
      .from(persons)
      .where(and(eq(persons.id, body.personId), ctx.scoped.persons()))
      .for('update');
    if (!person) throw notFound('person', body.personId);
    if (person.birthDate && (deathDate ?? body.contactDate) < person.birthDate) {
      throw badRequest('The contact is not consistent', [{ field: 'contactDate', reason: 'before birth' }]);
    }
    if (body.taskId) {
      const [task] = await db
        .select({ id: followUpTasks.id })
        .from(followUpTasks)
        .where(and(eq(followUpTasks.id, body.taskId), eq(followUpTasks.personId, person.id)));
      if (!task) throw notFound('follow-up task', body.taskId);
    }
    return writeContact(db, person, {
      personId: person.id,
      regionCode: person.regionCode,
      taskId: body.taskId ?? null,
      contactDate: body.contactDate,
      method: body.method,
      vitalStatus: body.vitalStatus,
      deathDate,
      causeOfDeath,
      note: body.note ?? null,
      createdBy: ctx.principal.userId,
    });
  });
  // After the commit: the audit chain takes its own transaction (one connection on PGlite).
  await ctx.audit({
    action: 'create',
    entity: 'follow_up_contact',
    entityId: written.contact.id,
    detail: { personId: body.personId, method: body.method, vitalStatus: body.vitalStatus },
  });
  return { contact: contactView(written.contact), person: written.person };
}

/** A person's follow-up state and contacts, newest first: an audited read of identified data. */
export async function personHistory(
  ctx: RequestContext,
  personId: string,
  purpose: string | null,
): Promise<FollowUpHistory> {
  const [person] = await ctx.db
    .select()
    .from(persons)
    .where(and(eq(persons.id, personId), ctx.scoped.persons()));
  if (!person) throw notFound('person', personId);
  const contacts = await ctx.db
    .select()
    .from(followUpContacts)
    .where(eq(followUpContacts.personId, personId))
    .orderBy(desc(followUpContacts.contactDate), desc(followUpContacts.createdAt));
  await ctx.audit({ action: 'read', entity: 'follow_up_history', entityId: personId, purpose });
  return { person: personFollowUp(person), contacts: contacts.map(contactView) };
}

/**
 * Passive follow-up by death linkage (domain guide §2.7: "death of a registered case → update vital
 * status and date, even if the cancer is not the cause"): every death record in scope linked to a
 * person (`deaths.person_id`, set by record linkage) and not yet applied becomes a death-record
 * contact that updates the person. Idempotent: a death already applied is skipped.
 *
 * @returns how many persons were updated.
 */
export async function applyDeathLinkage(ctx: RequestContext): Promise<DeathLinkageResult> {
  const linked = await ctx.db
    .select({ death: deaths, person: persons })
    .from(deaths)
    .innerJoin(persons, eq(persons.id, deaths.personId))
    .where(
      and(
        ctx.scoped.deaths(),
        ctx.scoped.persons(),
        sql`not exists (select 1 from follow_up_contacts c where c.death_id = ${deaths.id})`,
      ),
    )
    .orderBy(asc(deaths.deathDate));
  let updated = 0;
  await ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    for (const { death, person } of linked) {
      const [current] = await db.select().from(persons).where(eq(persons.id, person.id)).for('update');
      if (!current) continue;
      await writeContact(db, current, {
        personId: person.id,
        regionCode: person.regionCode,
        deathId: death.id,
        contactDate: death.deathDate,
        method: 'death_record',
        vitalStatus: 2,
        deathDate: death.deathDate,
        causeOfDeath: death.causeOfDeath ? (normaliseIcd10(death.causeOfDeath) ?? death.causeOfDeath) : null,
        createdBy: ctx.principal.userId,
      });
      updated++;
    }
  });
  await ctx.audit({ action: 'update', entity: 'death_linkage_follow_up', detail: { updated } });
  return { updated };
}
