import {
  areHistologiesDifferent,
  histologyGroupOf,
  multiplePrimarySiteOf,
  parseMorphology,
  SYSTEMIC_HISTOLOGY_GROUPS,
} from '@orca/codes';

/** What consolidation needs of an accepted report. */
export interface ReportFacts {
  reportId: string;
  diagnosisDate: string;
  icd10: string;
  topography: string | null;
  morphology: string | null;
  basis: number | null;
  stage: string | null;
  institutionId: string | null;
  sourceId: string | null;
  regionCode: string;
}

/** A tumour being built: the values come from its best report, the incidence date from its earliest. */
export interface TumourDraft {
  id: string;
  siteKey: string;
  histologyGroup: number | null;
  diagnosisDate: string;
  icd10: string;
  topography: string | null;
  morphology: string | null;
  basis: number | null;
  stage: string | null;
  institutionId: string | null;
  sourceId: string | null;
  regionCode: string;
  reportIds: string[];
}

// Most valid first (IARC): histology of the primary, of a metastasis, cytology, tumour markers,
// clinical investigation, clinical, death certificate only; unknown last.
const BASIS_RANK: Record<number, number> = { 7: 8, 6: 7, 5: 6, 4: 5, 2: 4, 1: 3, 0: 2, 9: 1 };
const basisRank = (b: number | null) => (b === null ? 0 : (BASIS_RANK[b] ?? 0));

function keysOf(r: ReportFacts): { siteKey: string; histologyGroup: number | null } {
  const morph = r.morphology ? parseMorphology(r.morphology) : null;
  const group = morph ? histologyGroupOf(morph.code) : null;
  // Systemic cancers (haematopoietic, lymphoid, Kaposi) are one tumour per person whatever the site.
  if (group !== null && SYSTEMIC_HISTOLOGY_GROUPS.has(group))
    return { siteKey: 'systemic', histologyGroup: group };
  const site = multiplePrimarySiteOf(r.topography ?? r.icd10) ?? r.icd10.replace('.', '').slice(0, 3);
  return { siteKey: site, histologyGroup: group };
}

function sameTumour(t: TumourDraft, siteKey: string, group: number | null): boolean {
  if (t.siteKey !== siteKey) return false;
  // Unknown morphology does not make a new primary (IARC rule 4.2's "unspecified" exception).
  if (t.histologyGroup === null || group === null) return true;
  return !areHistologiesDifferent(t.histologyGroup, group);
}

/**
 * Adds one accepted report to a person's tumours by the IARC/IACR 2004 multiple-primary rules: one
 * tumour per organ (site groups) unless the histologies differ; systemic cancers once per person and
 * group. A merged tumour keeps the earliest incidence date and the values of its most valid basis.
 * Returns the tumour the report went into (mutated in place, or new and pushed onto `tumours`).
 */
export function addReportToTumours(
  tumours: TumourDraft[],
  report: ReportFacts,
  newId: () => string,
): TumourDraft {
  const { siteKey, histologyGroup } = keysOf(report);
  const existing = tumours.find((t) => sameTumour(t, siteKey, histologyGroup));
  if (!existing) {
    const created: TumourDraft = {
      id: newId(),
      siteKey,
      histologyGroup,
      diagnosisDate: report.diagnosisDate,
      icd10: report.icd10,
      topography: report.topography,
      morphology: report.morphology,
      basis: report.basis,
      stage: report.stage,
      institutionId: report.institutionId,
      sourceId: report.sourceId,
      regionCode: report.regionCode,
      reportIds: [report.reportId],
    };
    tumours.push(created);
    return created;
  }
  existing.reportIds.push(report.reportId);
  if (report.diagnosisDate < existing.diagnosisDate) {
    existing.diagnosisDate = report.diagnosisDate;
    existing.regionCode = report.regionCode; // residence at the (earliest) diagnosis
  }
  if (basisRank(report.basis) > basisRank(existing.basis)) {
    existing.basis = report.basis;
    existing.icd10 = report.icd10;
    existing.topography = report.topography;
    existing.morphology = report.morphology;
    existing.institutionId = report.institutionId;
    existing.sourceId = report.sourceId;
    if (histologyGroup !== null) existing.histologyGroup = histologyGroup;
  }
  existing.stage = existing.stage ?? report.stage;
  return existing;
}
