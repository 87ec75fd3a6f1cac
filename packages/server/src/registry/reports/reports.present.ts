import type { Finding } from '@orca/checks';
import { maskName, maskResidentId } from '@orca/codes';
import type {
  CheckFinding,
  ReportListItem,
  ReportStatus,
  ReportView,
  WarningConfirmation,
} from '@orca/contract';
import type { Sealer } from '../../crypto/sealing';
import type { reports } from '../registry.tables';
import { cardOfRow } from './report-card';

/** A card row with its reporting institution. */
export interface ReportJoined {
  report: typeof reports.$inferSelect;
  institutionCode: string;
  institutionName: string;
}

function findingsOf(value: unknown): CheckFinding[] {
  return Array.isArray(value) ? (value as Finding[]).map((f) => ({ ...f, values: { ...f.values } })) : [];
}

/** A card for a list: identifiers unsealed only to be masked here, and nowhere else. */
export function presentReportListItem(row: ReportJoined, sealer: Sealer): ReportListItem {
  const r = row.report;
  const idNumber = sealer.unsealOrNull(r.idNumberSealed);
  return {
    id: r.id,
    sourceId: r.sourceId,
    status: r.status as ReportStatus,
    personName: maskName(sealer.unseal(r.nameSealed)),
    idNumber: idNumber ? maskResidentId(idNumber) : null,
    sex: r.sex,
    ageYears: r.ageYears,
    regionCode: r.regionCode,
    diagnosisDate: r.diagnosisDate,
    icd10: r.icd10,
    institutionCode: row.institutionCode,
    institutionName: row.institutionName,
    hasErrors: r.hasErrors,
    warnings: findingsOf(r.findings).filter((f) => f.severity === 'warning').length,
    reportDate: r.reportDate,
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** A card with identified data, for an audited read or for the user who just wrote it. */
export function presentReport(row: ReportJoined, sealer: Sealer): ReportView {
  const r = row.report;
  const confirmed = Array.isArray(r.confirmedWarnings) ? (r.confirmedWarnings as WarningConfirmation[]) : [];
  return {
    id: r.id,
    status: r.status as ReportStatus,
    returnReason: r.returnReason,
    card: cardOfRow(r, sealer, row.institutionCode),
    institutionName: row.institutionName,
    rulesetVersion: r.rulesetVersion,
    findings: findingsOf(r.findings),
    hasErrors: r.hasErrors,
    confirmedWarnings: confirmed.map((c) => ({ ruleId: c.ruleId, field: c.field, reason: c.reason })),
    personId: r.personId,
    tumourId: r.tumourId,
    importJobId: r.importJobId,
    extra: (r.extra as Record<string, string> | null) ?? {},
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
