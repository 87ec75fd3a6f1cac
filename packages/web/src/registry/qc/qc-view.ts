import type { QcAgeBucket, QcQueueQuery } from '@orca/contract';

/** Tag colour of a waiting-time bucket: the longer a card waits, the warmer. */
export const AGE_COLOURS: Record<QcAgeBucket, string> = {
  '0-7': 'green',
  '8-30': 'blue',
  '31-90': 'orange',
  '91+': 'red',
};

/** The form route of a report card (the report-card pages own it). */
export function reportCardPath(reportId: string): string {
  return `/registry/reports/${encodeURIComponent(reportId)}`;
}

/**
 * The queue filters as URL search parameters and back, so a filtered view can be linked and the back
 * button restores it. Unknown values are dropped.
 */
export function parseQcFilters(params: URLSearchParams): QcQueueQuery {
  const out: QcQueueQuery = {};
  const severity = params.get('severity');
  if (severity === 'error' || severity === 'warning') out.severity = severity;
  const age = params.get('age');
  if (age === '0-7' || age === '8-30' || age === '31-90' || age === '91+') out.age = age;
  const ruleId = params.get('ruleId');
  if (ruleId && /^[a-z0-9_]{1,80}$/.test(ruleId)) out.ruleId = ruleId;
  const institutionId = params.get('institutionId');
  if (institutionId && /^[0-9a-f-]{36}$/i.test(institutionId)) out.institutionId = institutionId;
  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page > 1) out.page = page;
  return out;
}

/** The inverse of {@link parseQcFilters}: only the filters that are set. */
export function qcFiltersToParams(filters: QcQueueQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['severity', 'age', 'ruleId', 'institutionId', 'page'] as const) {
    const value = filters[key];
    if (value !== undefined && !(key === 'page' && value === 1)) params.set(key, String(value));
  }
  return params;
}
