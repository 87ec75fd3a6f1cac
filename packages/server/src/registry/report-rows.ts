import { randomUUID } from 'node:crypto';
import { completedAgeYears } from '@orca/codes';
import type { Sealer } from '../crypto/sealing';
import type { ReportFacts, TumourDraft } from './consolidation/consolidate';
import type { CaseRecord } from './records';
import type { persons, ReportStatus, reports, tumours } from './registry.tables';

/** The Chinese card's basis 3 (surgery/autopsy without histology) and 8 (autopsy with histology) in IARC codes. */
export function iarcBasis(cardBasis: number | null | undefined): number | null {
  if (cardBasis === null || cardBasis === undefined) return null;
  return cardBasis === 3 ? 2 : cardBasis === 8 ? 7 : cardBasis;
}

/** A report card row: identifiers sealed and blind-indexed, everything else as given. */
export function sealedReportRow(
  r: CaseRecord,
  sealer: Sealer,
  institutionId: string,
  status: ReportStatus,
): typeof reports.$inferInsert {
  return {
    institutionId,
    sourceId: r.sourceId,
    status,
    regionCode: r.regionCode,
    nameSealed: sealer.seal(r.name),
    nameIndex: sealer.nameIndex(r.name),
    idNumberSealed: sealer.sealOrNull(r.idNumber),
    idNumberIndex: r.idNumber ? sealer.idNumberIndex(r.idNumber) : null,
    phoneSealed: sealer.sealOrNull(r.phone),
    addressSealed: sealer.sealOrNull(r.address),
    sex: r.sex,
    birthDate: r.birthDate,
    ageYears: r.birthDate ? completedAgeYears(r.birthDate, r.diagnosisDate) : null,
    ethnicity: r.ethnicity ?? null,
    occupation: r.occupation ?? null,
    diagnosisDate: r.diagnosisDate,
    icd10: r.icd10,
    topography: r.topography ?? null,
    morphology: r.morphology ?? null,
    basis: iarcBasis(r.basis),
    basisOriginal: r.basis ?? null,
    stage: r.stage ?? null,
    vitalStatus: r.vitalStatus ?? null,
    lastContactDate: r.lastContactDate ?? null,
    causeOfDeath: r.causeOfDeath ?? null,
    reportDate: r.reportDate ?? r.diagnosisDate,
  };
}

export function newPersonRow(r: CaseRecord, sealer: Sealer): typeof persons.$inferInsert {
  return {
    id: randomUUID(),
    regionCode: r.regionCode,
    nameSealed: sealer.seal(r.name),
    nameIndex: sealer.nameIndex(r.name),
    idNumberSealed: sealer.sealOrNull(r.idNumber),
    idNumberIndex: r.idNumber ? sealer.idNumberIndex(r.idNumber) : null,
    phoneSealed: sealer.sealOrNull(r.phone),
    addressSealed: sealer.sealOrNull(r.address),
    sex: r.sex,
    birthDate: r.birthDate,
    ethnicity: r.ethnicity ?? null,
    occupation: r.occupation ?? null,
  };
}

export function reportFacts(row: typeof reports.$inferInsert): ReportFacts {
  return {
    reportId: row.id!,
    diagnosisDate: row.diagnosisDate,
    icd10: row.icd10,
    topography: row.topography ?? null,
    morphology: row.morphology ?? null,
    basis: row.basis ?? null,
    stage: row.stage ?? null,
    institutionId: row.institutionId,
    sourceId: row.sourceId,
    regionCode: row.regionCode,
  };
}

export function tumourRow(t: TumourDraft, personId: string): typeof tumours.$inferInsert {
  return {
    id: t.id,
    personId,
    regionCode: t.regionCode,
    institutionId: t.institutionId,
    sourceId: t.sourceId,
    reportCount: t.reportIds.length,
    diagnosisDate: t.diagnosisDate,
    icd10: t.icd10,
    topography: t.topography,
    morphology: t.morphology,
    basis: t.basis,
    basisOriginal: t.basis,
    stage: t.stage,
    status: 'accepted',
    reportDate: t.diagnosisDate,
  };
}
