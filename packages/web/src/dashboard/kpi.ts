/**
 * MV% acceptance threshold (形态学/病理诊断比例 > 66%): criterion of the 2011 national chronic-disease
 * work specification, domain.md §2.11 [P]. An editable default, shown beside the value.
 */
export const MV_THRESHOLD_PCT = 66;

/** DCO% acceptance threshold (死亡补发病比例 < 15%), same source as `MV_THRESHOLD_PCT`. */
export const DCO_THRESHOLD_PCT = 15;

/** Whether a quality index meets its threshold; `unknown` when there are no cases to judge. */
export type QualityStatus = 'good' | 'poor' | 'unknown';

/** Status colours: Ant Design's green-7 / red-7 / grey-7, readable on white and for red–green weak eyes with the tag text. */
export const QUALITY_COLOURS: Record<QualityStatus, string> = {
  good: '#389e0d',
  poor: '#cf1322',
  unknown: '#8c8c8c',
};

/**
 * MV% status: good when strictly above 66% (domain.md §2.11: "> 66%").
 *
 * @param pct - MV% in percent (0–100), or null when there are no cases.
 * @returns the status.
 */
export function mvStatus(pct: number | null): QualityStatus {
  if (pct === null || !Number.isFinite(pct)) return 'unknown';
  return pct > MV_THRESHOLD_PCT ? 'good' : 'poor';
}

/**
 * DCO% status: good when strictly below 15% (domain.md §2.11: "< 15%").
 *
 * @param pct - DCO% in percent (0–100), or null when there are no cases.
 * @returns the status.
 */
export function dcoStatus(pct: number | null): QualityStatus {
  if (pct === null || !Number.isFinite(pct)) return 'unknown';
  return pct < DCO_THRESHOLD_PCT ? 'good' : 'poor';
}

/**
 * How many calendar years the data cover, both ends included.
 *
 * @param yearFrom - first diagnosis year, or null without data.
 * @param yearTo - last diagnosis year, or null without data.
 * @returns the count of years (2015–2022 → 8), or null without data.
 */
export function yearsCovered(yearFrom: number | null, yearTo: number | null): number | null {
  if (yearFrom === null || yearTo === null || yearTo < yearFrom) return null;
  return yearTo - yearFrom + 1;
}

/**
 * A percentage with one decimal, as registry reports print MV% and DCO% (67.1%).
 *
 * @param pct - value in percent, or null.
 * @param locale - BCP 47 tag.
 * @returns e.g. `67.1%`, or `—` for null.
 */
export function formatPct(pct: number | null, locale: string): string {
  if (pct === null || !Number.isFinite(pct)) return '—';
  return `${new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(pct)}%`;
}
