import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Sealer } from '../crypto/sealing';
import { bulkInsert } from '../db/bulk-insert';
import type { Db } from '../db/database';
import { institutions } from '../institutions/institutions.tables';
import { addReportToTumours, type TumourDraft } from './consolidation/consolidate';
import type {
  CaseRecord,
  DeathRecord,
  InstitutionRecord,
  LifeTableRecord,
  PopulationRecord,
} from './records';
import { deaths, lifeTables, persons, populations, reports, tumours } from './registry.tables';
import { newPersonRow, reportFacts, sealedReportRow, tumourRow } from './report-rows';

const BATCH = 1000;

export type Progress = (done: number, total: number) => void;

async function inBatches<T>(
  items: readonly T[],
  write: (batch: T[]) => Promise<unknown>,
  progress?: Progress,
) {
  for (let i = 0; i < items.length; i += BATCH) {
    await write(items.slice(i, i + BATCH));
    progress?.(Math.min(i + BATCH, items.length), items.length);
  }
}

export async function loadInstitutions(
  db: Db,
  rows: readonly InstitutionRecord[],
): Promise<Map<string, string>> {
  await inBatches(rows, (batch) =>
    db
      .insert(institutions)
      .values(
        batch.map((r) => ({
          code: r.code,
          name: r.name,
          kind: r.kind,
          grade: r.grade ?? null,
          regionCode: r.regionCode,
        })),
      )
      .onConflictDoNothing(),
  );
  const all = await db.select({ id: institutions.id, code: institutions.code }).from(institutions);
  return new Map(all.map((r) => [r.code, r.id]));
}

export interface CaseLoadResult {
  persons: number;
  tumours: number;
  reports: number;
  /** Reports consolidated into a tumour that another report had already started. */
  mergedReports: number;
}

/** The person a report belongs to, until probabilistic linkage: the ID number, else name, sex, birth date and county. */
export function personKeyOf(r: CaseRecord, sealer: Sealer): string {
  return r.idNumber
    ? `id:${sealer.idNumberIndex(r.idNumber)}`
    : `nm:${sealer.nameIndex(r.name)}:${r.sex}:${r.birthDate}:${r.regionCode}`;
}

/** Best-known follow-up of a person from one report: the latest contact wins, and death is final. */
export function applyFollowUp(person: typeof persons.$inferInsert, r: CaseRecord): void {
  if (person.vitalStatus === 2 || !r.lastContactDate) return;
  if (!person.lastContactDate || r.lastContactDate >= person.lastContactDate || r.vitalStatus === 2) {
    person.lastContactDate = r.lastContactDate;
    person.vitalStatus = r.vitalStatus ?? null;
    person.deathDate = r.vitalStatus === 2 ? r.lastContactDate : null;
    person.causeOfDeath = r.vitalStatus === 2 ? (r.causeOfDeath ?? null) : null;
  }
}

/**
 * Loads reports that are already accepted (the demo province, a registry's own consolidated data) as
 * report cards, persons and tumours in one transaction: reports of one person are consolidated into
 * tumours by the IARC/IACR multiple-primary rules, every tumour linked back to its reports.
 */
export async function loadAcceptedCases(
  db: Db,
  sealer: Sealer,
  records: readonly CaseRecord[],
  institutionIds: ReadonlyMap<string, string>,
  progress?: Progress,
): Promise<CaseLoadResult> {
  const personByKey = new Map<string, { row: typeof persons.$inferInsert; tumours: TumourDraft[] }>();
  const reportRows: (typeof reports.$inferInsert)[] = [];
  for (const r of records) {
    const institutionId = r.institutionCode ? institutionIds.get(r.institutionCode) : undefined;
    if (!institutionId)
      throw new Error(`case ${r.sourceId}: unknown reporting institution ${r.institutionCode ?? '(none)'}`);
    const key = personKeyOf(r, sealer);
    let person = personByKey.get(key);
    if (!person) {
      person = { row: newPersonRow(r, sealer), tumours: [] };
      personByKey.set(key, person);
    }
    applyFollowUp(person.row, r);
    const report = sealedReportRow(r, sealer, institutionId, 'accepted');
    report.id = randomUUID();
    report.personId = person.row.id!;
    const tumour = addReportToTumours(person.tumours, reportFacts(report), randomUUID);
    report.tumourId = tumour.id;
    reportRows.push(report);
  }
  const personRows = [...personByKey.values()].map((p) => p.row);
  const tumourRows = [...personByKey.values()].flatMap((p) => p.tumours.map((t) => tumourRow(t, p.row.id!)));
  const total = personRows.length + tumourRows.length + reportRows.length;
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await bulkInsert(t, persons, personRows, { progress: (d) => progress?.(d, total) });
    await bulkInsert(t, tumours, tumourRows, { progress: (d) => progress?.(personRows.length + d, total) });
    await bulkInsert(t, reports, reportRows, {
      progress: (d) => progress?.(personRows.length + tumourRows.length + d, total),
    });
  });
  return {
    persons: personRows.length,
    tumours: tumourRows.length,
    reports: reportRows.length,
    mergedReports: reportRows.length - tumourRows.length,
  };
}

export async function loadDeaths(
  db: Db,
  sealer: Sealer,
  records: readonly DeathRecord[],
  progress?: Progress,
): Promise<number> {
  const rows = records.map((r) => ({
    id: randomUUID(),
    sourceId: r.sourceId,
    regionCode: r.regionCode,
    nameSealed: sealer.seal(r.name),
    nameIndex: sealer.nameIndex(r.name),
    idNumberSealed: sealer.sealOrNull(r.idNumber),
    idNumberIndex: r.idNumber ? sealer.idNumberIndex(r.idNumber) : null,
    sex: r.sex,
    birthDate: r.birthDate,
    deathDate: r.deathDate,
    causeOfDeath: r.causeOfDeath,
  }));
  await db.transaction((tx) =>
    bulkInsert(tx as unknown as Db, deaths, rows, {
      onConflictDoNothing: true,
      progress: (d) => progress?.(d, rows.length),
    }),
  );
  return records.length;
}

export async function loadPopulation(db: Db, records: readonly PopulationRecord[]): Promise<void> {
  await db.transaction(async (tx) => {
    await inBatches(records, (b) =>
      tx
        .insert(populations)
        .values(b)
        .onConflictDoUpdate({
          target: [populations.regionCode, populations.year, populations.sex, populations.ageGroup],
          set: { population: sql`excluded.population` },
        }),
    );
  });
}

export async function loadLifeTable(db: Db, records: readonly LifeTableRecord[]): Promise<void> {
  await db.transaction(async (tx) => {
    await inBatches(records, (b) =>
      tx
        .insert(lifeTables)
        .values(
          b.map((r) => ({
            regionCode: r.regionCode ?? '',
            year: r.year,
            sex: r.sex,
            age: r.age,
            qx: String(r.qx),
          })),
        )
        .onConflictDoNothing(),
    );
  });
}
