import { randomUUID } from 'node:crypto';
import { icd10Category } from '@orca/codes';
import { sql } from 'drizzle-orm';
import type { Sealer } from '../crypto/sealing';
import type { Db } from '../db/database';
import { institutions } from '../institutions/institutions.tables';
import type {
  CaseRecord,
  DeathRecord,
  InstitutionRecord,
  LifeTableRecord,
  PopulationRecord,
} from './records';
import { deaths, lifeTables, persons, populations, tumours } from './registry.tables';

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
  /** Reports merged into an earlier tumour of the same person and ICD-10 category. */
  mergedReports: number;
}

/**
 * Loads reported tumours as persons and tumours. A person is one resident ID number (through its
 * blind index), or — without an ID — one name, sex, birth date and county. A second report of the
 * same person and ICD-10 category is the same tumour (IARC: one tumour per organ) and keeps the
 * earliest diagnosis. Probabilistic linkage (homophones, typos) is the linkage domain's job, later.
 */
export async function loadCases(
  db: Db,
  sealer: Sealer,
  records: readonly CaseRecord[],
  institutionIds: ReadonlyMap<string, string>,
  progress?: Progress,
): Promise<CaseLoadResult> {
  const personRows: (typeof persons.$inferInsert)[] = [];
  const personByKey = new Map<string, typeof persons.$inferInsert>();
  const tumourByKey = new Map<string, typeof tumours.$inferInsert>();
  let merged = 0;
  for (const r of records) {
    const idIndex = r.idNumber ? sealer.idNumberIndex(r.idNumber) : null;
    const nameIndex = sealer.nameIndex(r.name);
    const key = idIndex ? `id:${idIndex}` : `nm:${nameIndex}:${r.sex}:${r.birthDate}:${r.regionCode}`;
    let person = personByKey.get(key);
    if (!person) {
      person = {
        id: randomUUID(),
        regionCode: r.regionCode,
        nameSealed: sealer.seal(r.name),
        nameIndex,
        idNumberSealed: sealer.sealOrNull(r.idNumber),
        idNumberIndex: idIndex,
        phoneSealed: sealer.sealOrNull(r.phone),
        addressSealed: sealer.sealOrNull(r.address),
        sex: r.sex,
        birthDate: r.birthDate,
        ethnicity: r.ethnicity ?? null,
        occupation: r.occupation ?? null,
      };
      personByKey.set(key, person);
      personRows.push(person);
    }
    // Follow-up: the latest contact wins; death is final.
    if (
      r.lastContactDate &&
      (!person.lastContactDate || r.lastContactDate > person.lastContactDate || r.vitalStatus === 2)
    ) {
      person.lastContactDate = r.lastContactDate;
      person.vitalStatus = r.vitalStatus ?? null;
      person.deathDate = r.vitalStatus === 2 ? r.lastContactDate : null;
      person.causeOfDeath = r.vitalStatus === 2 ? (r.causeOfDeath ?? null) : null;
    }
    const tumourKey = `${person.id}:${icd10Category(r.icd10) ?? r.icd10}`;
    const existing = tumourByKey.get(tumourKey);
    if (existing) {
      merged++;
      if (r.diagnosisDate < existing.diagnosisDate) existing.diagnosisDate = r.diagnosisDate;
      continue;
    }
    const basisOriginal = r.basis ?? null;
    tumourByKey.set(tumourKey, {
      id: randomUUID(),
      personId: person.id!,
      regionCode: r.regionCode,
      institutionId: r.institutionCode ? (institutionIds.get(r.institutionCode) ?? null) : null,
      sourceId: r.sourceId,
      diagnosisDate: r.diagnosisDate,
      icd10: r.icd10,
      topography: r.topography ?? null,
      morphology: r.morphology ?? null,
      basis: basisOriginal === 3 ? 2 : basisOriginal === 8 ? 7 : basisOriginal,
      basisOriginal,
      stage: r.stage ?? null,
      status: 'accepted',
      reportDate: r.diagnosisDate,
    });
  }
  const tumourRows = [...tumourByKey.values()];
  const total = personRows.length + tumourRows.length;
  await db.transaction(async (tx) => {
    await inBatches(
      personRows,
      (b) => tx.insert(persons).values(b),
      (d) => progress?.(d, total),
    );
    await inBatches(
      tumourRows,
      (b) => tx.insert(tumours).values(b),
      (d) => progress?.(personRows.length + d, total),
    );
  });
  return { persons: personRows.length, tumours: tumourRows.length, mergedReports: merged };
}

export async function loadDeaths(
  db: Db,
  sealer: Sealer,
  records: readonly DeathRecord[],
  progress?: Progress,
): Promise<number> {
  await db.transaction(async (tx) => {
    await inBatches(
      records,
      (b) =>
        tx
          .insert(deaths)
          .values(
            b.map((r) => ({
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
            })),
          )
          .onConflictDoNothing(),
      progress,
    );
  });
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
