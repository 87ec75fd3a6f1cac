import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Sealer } from '../../crypto/sealing';
import { bulkInsert } from '../../db/bulk-insert';
import type { Db } from '../../db/database';
import { applyFollowUp, personKeyOf } from '../bulk-load';
import { addReportToTumours, type ReportFacts, type TumourDraft } from '../consolidation/consolidate';
import type { CaseRecord } from '../records';
import { persons, reports, tumours } from '../registry.tables';
import { iarcBasis, newPersonRow, tumourRow } from '../report-rows';
import { bulkUpdate } from './bulk-update';

/** A report being accepted: its id, its values and its reporting institution. */
export interface AcceptedItem {
  reportId: string;
  record: CaseRecord;
  institutionId: string;
}

/** Where an accepted report went. */
export interface ConsolidationLink {
  reportId: string;
  personId: string;
  tumourId: string;
  newPerson: boolean;
  newTumour: boolean;
}

type PersonInsert = typeof persons.$inferInsert;
type TumourRow = typeof tumours.$inferSelect;

const FOLLOW_UP_FIELDS = ['vitalStatus', 'lastContactDate', 'deathDate', 'causeOfDeath'] as const;
const TUMOUR_FIELDS = [
  'regionCode',
  'institutionId',
  'sourceId',
  'reportCount',
  'diagnosisDate',
  'icd10',
  'topography',
  'morphology',
  'basis',
  'basisOriginal',
  'stage',
  'reportDate',
  'updatedAt',
] as const;

function factsOf(reportId: string, r: CaseRecord, institutionId: string | null): ReportFacts {
  return {
    reportId,
    diagnosisDate: r.diagnosisDate,
    icd10: r.icd10,
    topography: r.topography ?? null,
    morphology: r.morphology ?? null,
    basis: iarcBasis(r.basis),
    stage: r.stage ?? null,
    institutionId,
    sourceId: r.sourceId,
    regionCode: r.regionCode,
  };
}

/**
 * A stored tumour as a draft the consolidation rules can extend. Its site key and histology group are
 * derived exactly as for a report — by consolidating the tumour's own values into an empty list — so a
 * stored tumour and a new report are compared by the same rules (IARC/IACR 2004).
 */
function draftOfTumour(t: TumourRow, reportIds: string[]): TumourDraft {
  const draft = addReportToTumours(
    [],
    {
      reportId: '',
      diagnosisDate: t.diagnosisDate,
      icd10: t.icd10,
      topography: t.topography,
      morphology: t.morphology,
      basis: t.basis,
      stage: t.stage,
      institutionId: t.institutionId,
      sourceId: t.sourceId,
      regionCode: t.regionCode,
    },
    () => t.id,
  );
  draft.reportIds = reportIds;
  return draft;
}

function personKeyOfRow(p: typeof persons.$inferSelect): string {
  // The same keys as personKeyOf builds from a report (bulk-load.ts).
  return p.idNumberIndex
    ? `id:${p.idNumberIndex}`
    : `nm:${p.nameIndex}:${p.sex}:${p.birthDate}:${p.regionCode}`;
}

function tumourUpdate(t: TumourDraft): Record<string, unknown> {
  return { id: t.id, ...tumourRow(t, ''), updatedAt: new Date() };
}

/**
 * Consolidates accepted reports into persons and tumours, inside the caller's transaction: finds each
 * report's person (until the record-linkage issue lands, identity is the resident ID's blind index, or
 * name index + sex + birth date + county when there is no ID — `personKeyOf`), creates the person if
 * new, adds the report to that person's tumours by the IARC/IACR multiple-primary rules (earliest
 * incidence date, best basis, report count), updates the person's follow-up and links the report.
 * A batch costs a fixed number of statements, so the bulk import runs it per few thousand rows.
 *
 * @param db - the open transaction
 * @param sealer - for the blind indexes and new persons' sealed identifiers
 * @param items - reports already marked accepted, in the order to apply them
 * @returns one link per report
 */
export async function consolidateAccepted(
  db: Db,
  sealer: Sealer,
  items: readonly AcceptedItem[],
): Promise<ConsolidationLink[]> {
  if (items.length === 0) return [];
  const keyed = items.map((item) => ({ item, key: personKeyOf(item.record, sealer) }));
  const idIndexes = [
    ...new Set(items.flatMap((i) => (i.record.idNumber ? [sealer.idNumberIndex(i.record.idNumber)] : []))),
  ];
  const nameIndexes = [
    ...new Set(items.flatMap((i) => (i.record.idNumber ? [] : [sealer.nameIndex(i.record.name)]))),
  ];
  const found: (typeof persons.$inferSelect)[] = [];
  if (idIndexes.length > 0)
    found.push(
      ...(await db
        .select()
        .from(persons)
        .where(inArray(persons.idNumberIndex, idIndexes))
        .orderBy(asc(persons.createdAt))),
    );
  if (nameIndexes.length > 0)
    found.push(
      ...(await db
        .select()
        .from(persons)
        .where(and(inArray(persons.nameIndex, nameIndexes), isNull(persons.idNumberIndex)))
        .orderBy(asc(persons.createdAt))),
    );

  interface PersonState {
    row: PersonInsert;
    isNew: boolean;
    followUpChanged: boolean;
    tumours: TumourDraft[];
  }
  const people = new Map<string, PersonState>();
  for (const p of found) {
    const key = personKeyOfRow(p);
    if (!people.has(key))
      people.set(key, { row: { ...p }, isNew: false, followUpChanged: false, tumours: [] });
  }
  const existingPersonIds = [...people.values()].map((p) => p.row.id!);
  const existingTumours =
    existingPersonIds.length > 0
      ? await db.select().from(tumours).where(inArray(tumours.personId, existingPersonIds))
      : [];
  const linked =
    existingTumours.length > 0
      ? await db
          .select({ id: reports.id, tumourId: reports.tumourId })
          .from(reports)
          .where(
            and(
              inArray(
                reports.tumourId,
                existingTumours.map((t) => t.id),
              ),
              eq(reports.status, 'accepted'),
            ),
          )
      : [];
  const reportIdsOf = new Map<string, string[]>();
  for (const r of linked) reportIdsOf.set(r.tumourId!, [...(reportIdsOf.get(r.tumourId!) ?? []), r.id]);
  const stateByPersonId = new Map([...people.values()].map((p) => [p.row.id!, p]));
  for (const t of existingTumours) {
    stateByPersonId.get(t.personId)?.tumours.push(draftOfTumour(t, reportIdsOf.get(t.id) ?? []));
  }
  const existingTumourIds = new Set(existingTumours.map((t) => t.id));

  const links: ConsolidationLink[] = [];
  const touched = new Map<string, { draft: TumourDraft; personId: string }>();
  for (const { item, key } of keyed) {
    let person = people.get(key);
    if (!person) {
      person = { row: newPersonRow(item.record, sealer), isNew: true, followUpChanged: false, tumours: [] };
      people.set(key, person);
    }
    const before = FOLLOW_UP_FIELDS.map((f) => person.row[f] ?? null).join('\u0000');
    applyFollowUp(person.row, item.record);
    if (!person.isNew && FOLLOW_UP_FIELDS.map((f) => person.row[f] ?? null).join('\u0000') !== before)
      person.followUpChanged = true;
    const tumour = addReportToTumours(
      person.tumours,
      factsOf(item.reportId, item.record, item.institutionId),
      randomUUID,
    );
    touched.set(tumour.id, { draft: tumour, personId: person.row.id! });
    links.push({
      reportId: item.reportId,
      personId: person.row.id!,
      tumourId: tumour.id,
      newPerson: person.isNew,
      newTumour: !existingTumourIds.has(tumour.id),
    });
  }

  const all = [...people.values()];
  await bulkInsert(
    db,
    persons,
    all.filter((p) => p.isNew).map((p) => p.row),
  );
  await bulkUpdate(
    db,
    persons,
    'id',
    [...FOLLOW_UP_FIELDS, 'updatedAt'],
    all.filter((p) => p.followUpChanged).map((p) => ({ ...p.row, updatedAt: new Date() })),
  );
  const touchedList = [...touched.values()];
  await bulkInsert(
    db,
    tumours,
    touchedList.filter((t) => !existingTumourIds.has(t.draft.id)).map((t) => tumourRow(t.draft, t.personId)),
  );
  await bulkUpdate(
    db,
    tumours,
    'id',
    TUMOUR_FIELDS,
    touchedList.filter((t) => existingTumourIds.has(t.draft.id)).map((t) => tumourUpdate(t.draft)),
  );
  const now = new Date();
  await bulkUpdate(
    db,
    reports,
    'id',
    ['personId', 'tumourId', 'updatedAt'],
    links.map((l) => ({ id: l.reportId, personId: l.personId, tumourId: l.tumourId, updatedAt: now })),
  );
  return links;
}

/**
 * Takes reports out of their tumours (a report that changed after acceptance): unlinks them, then
 * rebuilds each affected tumour from its remaining accepted reports by the same rules — deleted when
 * none remain, split when the remaining reports no longer form one primary.
 *
 * @param db - the open transaction
 * @param reportIds - the reports to detach
 */
export async function detachReports(db: Db, reportIds: readonly string[]): Promise<void> {
  if (reportIds.length === 0) return;
  const rows = await db
    .select({ id: reports.id, tumourId: reports.tumourId })
    .from(reports)
    .where(inArray(reports.id, [...reportIds]));
  const tumourIds = [...new Set(rows.flatMap((r) => (r.tumourId ? [r.tumourId] : [])))];
  await db
    .update(reports)
    .set({ tumourId: null, personId: null })
    .where(inArray(reports.id, [...reportIds]));
  for (const tumourId of tumourIds) await rebuildTumour(db, tumourId);
}

async function rebuildTumour(db: Db, tumourId: string): Promise<void> {
  const [tumour] = await db.select().from(tumours).where(eq(tumours.id, tumourId));
  if (!tumour) return;
  const remaining = await db
    .select()
    .from(reports)
    .where(eq(reports.tumourId, tumourId))
    .orderBy(asc(reports.diagnosisDate), asc(reports.createdAt));
  const accepted = remaining.filter((r) => r.status === 'accepted');
  if (accepted.length === 0) {
    await db.update(reports).set({ tumourId: null }).where(eq(reports.tumourId, tumourId));
    await db.delete(tumours).where(eq(tumours.id, tumourId));
    return;
  }
  const drafts: TumourDraft[] = [];
  let reused = false;
  const newId = () => {
    if (reused) return randomUUID();
    reused = true;
    return tumourId;
  };
  for (const r of accepted) {
    addReportToTumours(
      drafts,
      {
        reportId: r.id,
        diagnosisDate: r.diagnosisDate,
        icd10: r.icd10,
        topography: r.topography,
        morphology: r.morphology,
        basis: r.basis,
        stage: r.stage,
        institutionId: r.institutionId,
        sourceId: r.sourceId,
        regionCode: r.regionCode,
      },
      newId,
    );
  }
  const [first, ...split] = drafts;
  await bulkUpdate(db, tumours, 'id', TUMOUR_FIELDS, [tumourUpdate(first!)]);
  await bulkInsert(
    db,
    tumours,
    split.map((d) => tumourRow(d, tumour.personId)),
  );
  for (const d of split) {
    await db.update(reports).set({ tumourId: d.id }).where(inArray(reports.id, d.reportIds));
  }
}
