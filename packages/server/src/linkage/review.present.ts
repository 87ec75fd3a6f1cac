import { maskName } from '@orca/codes';
import type { FieldEvidenceView, LinkageRecordView } from '@orca/contract';
import type { PairExplanation } from '@orca/linkage';
import type { Sealer } from '../crypto/sealing';
import type { deaths, reports } from '../registry/registry.tables';

/** A report with its institution and region names. */
export interface ReportJoined {
  report: typeof reports.$inferSelect;
  institutionName: string | null;
  regionName: string | null;
}

/** A death with its region name. */
export interface DeathJoined {
  death: typeof deaths.$inferSelect;
  regionName: string | null;
}

/** A report side of a pair, identified: only for an audited read by a reviewer with scope for it. */
export function presentReportSide(
  { report, institutionName, regionName }: ReportJoined,
  sealer: Sealer,
): LinkageRecordView {
  return {
    kind: 'report',
    id: report.id,
    personId: report.personId,
    sourceId: report.sourceId,
    name: sealer.unseal(report.nameSealed),
    idNumber: sealer.unsealOrNull(report.idNumberSealed),
    sex: report.sex,
    birthDate: report.birthDate,
    regionCode: report.regionCode,
    regionName: regionName ?? report.regionCode,
    icd10: report.icd10,
    eventDate: report.diagnosisDate,
    institutionName,
  };
}

/** A death side of a pair, identified. */
export function presentDeathSide({ death, regionName }: DeathJoined, sealer: Sealer): LinkageRecordView {
  return {
    kind: 'death',
    id: death.id,
    personId: death.personId,
    sourceId: death.sourceId,
    name: sealer.unseal(death.nameSealed),
    idNumber: sealer.unsealOrNull(death.idNumberSealed),
    sex: death.sex,
    birthDate: death.birthDate,
    regionCode: death.regionCode,
    regionName: regionName ?? death.regionCode,
    icd10: death.causeOfDeath,
    eventDate: death.deathDate,
    institutionName: null,
  };
}

/** A sealed name masked for a list (张*华): unsealed here only to be masked. */
export function maskedName(sealed: string | undefined, sealer: Sealer): string {
  return sealed ? maskName(sealer.unseal(sealed)) : '—';
}

/** The stored explanation as the API shows it. */
export function presentExplanation(e: PairExplanation): {
  priorWeight: number;
  probability: number;
  fields: FieldEvidenceView[];
} {
  return {
    priorWeight: e.priorWeight,
    probability: e.probability,
    fields: e.fields.map((f) => ({ ...f })),
  };
}
