import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/database';
import { institutions } from '../institutions/institutions.tables';
import type { CaseRecord } from '../registry/records';
import { deaths, reports } from '../registry/registry.tables';
import { sealedReportRow } from '../registry/report-rows';
import { consolidateAccepted } from '../registry/reports';
import type { TestApp } from '../testing/test-app';

/**
 * A mini-province report as the hospital sent it (identifiers unsealed), to build duplicates from.
 *
 * @param t - test app
 * @param sourceId - e.g. `H360102-1`
 * @returns the case record and the report's person
 */
export async function reportRecord(
  t: TestApp,
  sourceId: string,
): Promise<{ record: CaseRecord; personId: string; id: string }> {
  const [r] = await t.database.db.select().from(reports).where(eq(reports.sourceId, sourceId));
  if (!r) throw new Error(`no report ${sourceId}`);
  return {
    id: r.id,
    personId: r.personId!,
    record: {
      sourceId: r.sourceId,
      name: t.sealer.unseal(r.nameSealed),
      sex: r.sex,
      birthDate: r.birthDate,
      idNumber: t.sealer.unsealOrNull(r.idNumberSealed),
      regionCode: r.regionCode,
      diagnosisDate: r.diagnosisDate,
      icd10: r.icd10,
      topography: r.topography,
      morphology: r.morphology,
      basis: r.basisOriginal,
      stage: r.stage,
      vitalStatus: r.vitalStatus,
      lastContactDate: r.lastContactDate,
      causeOfDeath: r.causeOfDeath,
    },
  };
}

/**
 * Inserts an accepted report and consolidates it as an import would (the report-card service's
 * `consolidateAccepted`): without a resident ID, or with another one, it becomes a new person.
 *
 * @param t - test app
 * @param record - the report
 * @param institutionCode - reporting hospital
 * @returns the report id and its person
 */
export async function addAcceptedReport(
  t: TestApp,
  record: CaseRecord,
  institutionCode: string,
): Promise<{ reportId: string; personId: string }> {
  const [inst] = await t.database.db
    .select()
    .from(institutions)
    .where(eq(institutions.code, institutionCode));
  if (!inst) throw new Error(`no institution ${institutionCode}`);
  const reportId = randomUUID();
  const link = await t.database.db.transaction(async (tx) => {
    await tx
      .insert(reports)
      .values({ ...sealedReportRow(record, t.sealer, inst.id, 'accepted'), id: reportId });
    const [l] = await consolidateAccepted(tx as unknown as Db, t.sealer, [
      { reportId, record, institutionId: inst.id },
    ]);
    return l!;
  });
  return { reportId, personId: link.personId };
}

/**
 * Inserts a death-surveillance record.
 *
 * @param t - test app
 * @param d - the death (identifiers in clear; sealed here)
 * @returns the death id
 */
export async function addDeath(
  t: TestApp,
  d: {
    sourceId: string;
    name: string;
    sex: number;
    birthDate: string | null;
    idNumber: string | null;
    regionCode: string;
    deathDate: string;
    causeOfDeath: string;
  },
): Promise<string> {
  const id = randomUUID();
  await t.database.db.insert(deaths).values({
    id,
    sourceId: d.sourceId,
    regionCode: d.regionCode,
    nameSealed: t.sealer.seal(d.name),
    nameIndex: t.sealer.nameIndex(d.name),
    idNumberSealed: t.sealer.sealOrNull(d.idNumber),
    idNumberIndex: d.idNumber ? t.sealer.idNumberIndex(d.idNumber) : null,
    sex: d.sex,
    birthDate: d.birthDate,
    deathDate: d.deathDate,
    causeOfDeath: d.causeOfDeath,
  });
  return id;
}
