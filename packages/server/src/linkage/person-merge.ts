import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { addReportToTumours, type TumourDraft } from '../registry/consolidation/consolidate';
import { deaths, persons, reports, tumours } from '../registry/registry.tables';
import { reportFacts, tumourRow } from '../registry/report-rows';

type PersonRow = typeof persons.$inferSelect;

/** What a merge changed, kept so that a clerical "same person" can be undone exactly. */
export interface MergeEffect {
  readonly survivorId: string;
  readonly absorbedId: string;
  /** The absorbed person's row as it was (sealed fields stay sealed). */
  readonly absorbed: Record<string, unknown>;
  /** The survivor's follow-up and identifier fields before the merge. */
  readonly survivorBefore: Record<string, unknown>;
  readonly reportIds: string[];
  readonly deathIds: string[];
  /** Rows of other domains' tables (follow-up …) re-pointed to the survivor: table, column, ids. */
  readonly otherRows?: { table: string; column: string; ids: string[] }[];
}

/** Foreign keys to persons outside the registry's own tables, found once per process from the catalogue. */
let personReferences: { table: string; column: string; hasId: boolean }[] | null = null;

async function referencesToPersons(tx: Db): Promise<{ table: string; column: string; hasId: boolean }[]> {
  if (personReferences) return personReferences;
  const rows = await tx.execute(
    sql`select c.conrelid::regclass::text as "table", a.attname as "column",
          exists (select 1 from pg_attribute i where i.attrelid = c.conrelid and i.attname = 'id' and not i.attisdropped) as "hasId"
        from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
        where c.contype = 'f' and c.confrelid = 'persons'::regclass`,
  );
  const list = (rows as unknown as { rows?: unknown[] }).rows ?? (rows as unknown as unknown[]);
  personReferences = (list as { table: string; column: string; hasId: boolean }[]).filter(
    (r) => !['reports', 'deaths', 'tumours'].includes(r.table.replaceAll('"', '')),
  );
  return personReferences;
}

/** Re-points other domains' rows of one person to another (follow-up tasks, screening …). */
async function movePersonReferences(
  tx: Db,
  fromId: string,
  toId: string,
  only?: { table: string; column: string; ids: string[] }[],
): Promise<{ table: string; column: string; ids: string[] }[]> {
  const moved: { table: string; column: string; ids: string[] }[] = [];
  for (const ref of await referencesToPersons(tx)) {
    const table = sql.raw(ref.table);
    const column = sql.raw(`"${ref.column}"`);
    if (only) {
      const ids = only.find((o) => o.table === ref.table && o.column === ref.column)?.ids ?? [];
      if (ids.length === 0 || !ref.hasId) continue;
      await tx.execute(
        sql`update ${table} set ${column} = ${toId} where ${column} = ${fromId} and id::text in ${sql`(${sql.join(
          ids.map((i) => sql`${i}`),
          sql`, `,
        )})`}`,
      );
      continue;
    }
    const result = await tx.execute(
      ref.hasId
        ? sql`update ${table} set ${column} = ${toId} where ${column} = ${fromId} returning id::text as id`
        : sql`update ${table} set ${column} = ${toId} where ${column} = ${fromId}`,
    );
    const rows = ((result as unknown as { rows?: { id: string }[] }).rows ?? []) as { id: string }[];
    if (rows.length > 0) moved.push({ table: ref.table, column: ref.column, ids: rows.map((r) => r.id) });
  }
  return moved;
}

/** Which person survives a merge: one with a resident ID, then more reports, then the older row. */
export function survivorOf(a: PersonRow & { reports: number }, b: PersonRow & { reports: number }): string {
  const score = (p: PersonRow & { reports: number }) => [p.idNumberIndex ? 1 : 0, p.reports];
  const [sa, sb] = [score(a), score(b)];
  if (sa[0] !== sb[0]) return sa[0]! > sb[0]! ? a.id : b.id;
  if (sa[1] !== sb[1]) return sa[1]! > sb[1]! ? a.id : b.id;
  return a.createdAt <= b.createdAt ? a.id : b.id;
}

const FOLLOW_UP_FIELDS = [
  'idNumberSealed',
  'idNumberIndex',
  'phoneSealed',
  'addressSealed',
  'birthDate',
  'vitalStatus',
  'lastContactDate',
  'deathDate',
  'causeOfDeath',
] as const;

function pick(row: PersonRow): Record<string, unknown> {
  return Object.fromEntries(FOLLOW_UP_FIELDS.map((f) => [f, row[f]]));
}

/** The survivor's identifiers completed from the absorbed person; death is final; latest contact wins. */
function mergedFollowUp(s: PersonRow, a: PersonRow): Partial<PersonRow> {
  const dead = s.vitalStatus === 2 ? s : a.vitalStatus === 2 ? a : null;
  const latest =
    (a.lastContactDate ?? '') > (s.lastContactDate ?? '') ? a.lastContactDate : s.lastContactDate;
  return {
    idNumberSealed: s.idNumberSealed ?? a.idNumberSealed,
    idNumberIndex: s.idNumberIndex ?? a.idNumberIndex,
    phoneSealed: s.phoneSealed ?? a.phoneSealed,
    addressSealed: s.addressSealed ?? a.addressSealed,
    birthDate: s.birthDate ?? a.birthDate,
    vitalStatus: dead ? 2 : (s.vitalStatus ?? a.vitalStatus),
    lastContactDate: dead?.deathDate && (latest ?? '') < dead.deathDate ? dead.deathDate : latest,
    deathDate: dead?.deathDate ?? null,
    causeOfDeath: dead?.causeOfDeath ?? null,
    updatedAt: new Date(),
  };
}

/**
 * Rebuilds a person's tumours from all its accepted reports by the IARC/IACR multiple-primary rules
 * (`addReportToTumours`), earliest diagnosis first. Existing tumour ids are reused (the person's own,
 * then `extraTumourIds`), so references to a tumour survive; tumours left without reports are deleted.
 *
 * @param tx - a transaction
 * @param personId - the person
 * @param extraTumourIds - tumour ids of persons merged into this one
 * @returns the number of tumours now
 */
export async function reconsolidatePerson(
  tx: Db,
  personId: string,
  extraTumourIds: string[] = [],
): Promise<number> {
  const rows = await tx
    .select()
    .from(reports)
    .where(and(eq(reports.personId, personId), eq(reports.status, 'accepted')))
    .orderBy(asc(reports.diagnosisDate), asc(reports.createdAt), asc(reports.id));
  const own = await tx
    .select({ id: tumours.id })
    .from(tumours)
    .where(eq(tumours.personId, personId))
    .orderBy(asc(tumours.diagnosisDate), asc(tumours.id));
  const pool = [...own.map((t) => t.id), ...extraTumourIds];
  const reusable = [...pool];
  const drafts: TumourDraft[] = [];
  for (const r of rows) addReportToTumours(drafts, reportFacts(r), () => reusable.shift() ?? randomUUID());
  for (const d of drafts) {
    const row = { ...tumourRow(d, personId), updatedAt: new Date() };
    const { id: _id, ...set } = row;
    await tx.insert(tumours).values(row).onConflictDoUpdate({ target: tumours.id, set });
    await tx
      .update(reports)
      .set({ tumourId: d.id, updatedAt: new Date() })
      .where(inArray(reports.id, d.reportIds));
  }
  const used = new Set(drafts.map((d) => d.id));
  const unused = pool.filter((id) => !used.has(id));
  if (unused.length > 0) {
    // Non-accepted reports may still point at a tumour that no longer exists.
    await tx.update(reports).set({ tumourId: null }).where(inArray(reports.tumourId, unused));
    await tx.delete(tumours).where(inArray(tumours.id, unused));
  }
  return drafts.length;
}

/**
 * Merges persons into a survivor: their reports and deaths move to it (every source report is kept),
 * identifiers and follow-up are combined, tumours re-consolidated, the absorbed rows deleted.
 *
 * @param tx - a transaction
 * @param survivorId - the person that stays
 * @param absorbedIds - persons merged into it
 * @returns one effect per absorbed person (for audit and undo)
 */
export async function mergePersons(
  tx: Db,
  survivorId: string,
  absorbedIds: readonly string[],
): Promise<MergeEffect[]> {
  const effects: MergeEffect[] = [];
  const extraTumours: string[] = [];
  for (const absorbedId of absorbedIds) {
    if (absorbedId === survivorId) continue;
    const [survivor] = await tx.select().from(persons).where(eq(persons.id, survivorId));
    const [absorbed] = await tx.select().from(persons).where(eq(persons.id, absorbedId));
    if (!survivor || !absorbed) continue; // merged away by an earlier step
    const moved = await tx
      .update(reports)
      .set({ personId: survivorId, updatedAt: new Date() })
      .where(eq(reports.personId, absorbedId))
      .returning({ id: reports.id });
    const movedDeaths = await tx
      .update(deaths)
      .set({ personId: survivorId })
      .where(eq(deaths.personId, absorbedId))
      .returning({ id: deaths.id });
    const theirTumours = await tx
      .update(tumours)
      .set({ personId: survivorId })
      .where(eq(tumours.personId, absorbedId))
      .returning({ id: tumours.id });
    extraTumours.push(...theirTumours.map((t) => t.id));
    const otherRows = await movePersonReferences(tx, absorbedId, survivorId);
    await tx.update(persons).set(mergedFollowUp(survivor, absorbed)).where(eq(persons.id, survivorId));
    await tx.delete(persons).where(eq(persons.id, absorbedId));
    effects.push({
      survivorId,
      absorbedId,
      absorbed: {
        ...absorbed,
        createdAt: absorbed.createdAt.toISOString(),
        updatedAt: absorbed.updatedAt.toISOString(),
      },
      survivorBefore: pick(survivor),
      reportIds: moved.map((r) => r.id),
      deathIds: movedDeaths.map((d) => d.id),
      otherRows,
    });
  }
  if (effects.length > 0) await reconsolidatePerson(tx, survivorId, []);
  return effects;
}

/**
 * Undoes a merge: the absorbed person comes back with its reports and deaths, the survivor's fields
 * are restored, and both persons' tumours are re-consolidated.
 *
 * @param tx - a transaction
 * @param effect - what the merge recorded
 */
export async function unmergePersons(tx: Db, effect: MergeEffect): Promise<void> {
  const a = effect.absorbed as PersonRow & { createdAt: string; updatedAt: string };
  await tx.insert(persons).values({ ...a, createdAt: new Date(a.createdAt), updatedAt: new Date() });
  if (effect.reportIds.length > 0) {
    await tx
      .update(reports)
      .set({ personId: effect.absorbedId, updatedAt: new Date() })
      .where(inArray(reports.id, effect.reportIds));
  }
  if (effect.deathIds.length > 0) {
    await tx.update(deaths).set({ personId: effect.absorbedId }).where(inArray(deaths.id, effect.deathIds));
  }
  if (effect.otherRows && effect.otherRows.length > 0) {
    await movePersonReferences(tx, effect.survivorId, effect.absorbedId, effect.otherRows);
  }
  await tx
    .update(persons)
    .set({ ...(effect.survivorBefore as Partial<PersonRow>), updatedAt: new Date() })
    .where(eq(persons.id, effect.survivorId));
  // The tumours the absorbed person's reports point at move back with them, then both rebuild.
  await tx.execute(
    sql`update tumours set person_id = ${effect.absorbedId} where id in (select tumour_id from reports where person_id = ${effect.absorbedId} and tumour_id is not null) and id not in (select tumour_id from reports where person_id = ${effect.survivorId} and tumour_id is not null)`,
  );
  await reconsolidatePerson(tx, effect.survivorId);
  await reconsolidatePerson(tx, effect.absorbedId);
}

/** A death linked to a person, with the person's vital fields before (for undo). */
export interface DeathLinkEffect {
  readonly deathId: string;
  readonly personId: string;
  readonly personBefore: Record<string, unknown>;
}

/**
 * Links a death certificate to a person: the death's person is set and the person's vital status,
 * death date and cause of death come from the certificate (death is final).
 *
 * @param tx - a transaction
 * @param deathId - the death
 * @param personId - the person
 * @returns the effect, or null when the death or person is gone or the death is already linked
 */
export async function linkDeathToPerson(
  tx: Db,
  deathId: string,
  personId: string,
): Promise<DeathLinkEffect | null> {
  const [death] = await tx.select().from(deaths).where(eq(deaths.id, deathId));
  const [person] = await tx.select().from(persons).where(eq(persons.id, personId));
  if (!death || !person || death.personId) return null;
  await tx.update(deaths).set({ personId }).where(eq(deaths.id, deathId));
  const lastContact =
    person.lastContactDate && person.lastContactDate > death.deathDate
      ? person.lastContactDate
      : death.deathDate;
  await tx
    .update(persons)
    .set({
      vitalStatus: 2,
      deathDate: death.deathDate,
      causeOfDeath: death.causeOfDeath,
      lastContactDate: lastContact,
      updatedAt: new Date(),
    })
    .where(eq(persons.id, personId));
  return { deathId, personId, personBefore: pick(person) };
}

/**
 * Undoes a death link: the death is unlinked and the person's vital fields restored.
 *
 * @param tx - a transaction
 * @param effect - what the link recorded
 */
export async function unlinkDeath(tx: Db, effect: DeathLinkEffect): Promise<void> {
  await tx.update(deaths).set({ personId: null }).where(eq(deaths.id, effect.deathId));
  const before = effect.personBefore as Partial<PersonRow>;
  await tx
    .update(persons)
    .set({
      vitalStatus: before.vitalStatus ?? null,
      deathDate: before.deathDate ?? null,
      causeOfDeath: before.causeOfDeath ?? null,
      lastContactDate: before.lastContactDate ?? null,
      updatedAt: new Date(),
    })
    .where(eq(persons.id, effect.personId));
}
