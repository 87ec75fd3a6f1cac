import type { CompletenessReport, QualityGrouping, QualityReport } from '@orca/contract';
import { apiRequest } from '../../app/api-client';

/** Filters of the quality page. */
export interface QualityFilters {
  regionCode?: string;
  year?: number;
  by: QualityGrouping;
}

/**
 * Quality indices: `GET /api/registry/quality`.
 *
 * @param filters - region, year and grouping.
 * @param signal - aborts the request.
 * @returns the table with thresholds and lights.
 */
export function fetchQuality(filters: QualityFilters, signal?: AbortSignal): Promise<QualityReport> {
  return apiRequest<QualityReport>('/registry/quality', { query: { ...filters }, signal });
}

/**
 * Completeness by capture–recapture: `GET /api/registry/quality/completeness`.
 *
 * @param filters - region and year.
 * @param signal - aborts the request.
 * @returns capture histories and estimates.
 */
export function fetchCompleteness(
  filters: { regionCode?: string; year?: number },
  signal?: AbortSignal,
): Promise<CompletenessReport> {
  return apiRequest<CompletenessReport>('/registry/quality/completeness', { query: { ...filters }, signal });
}
