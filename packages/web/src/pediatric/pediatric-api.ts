import type { PageOf, PedCaseView, PedIndicators } from '@orca/contract';
import { apiRequest } from '../app/api-client';

/** `GET /api/pediatric/cases` (names masked). */
export function fetchPediatricCases(signal?: AbortSignal): Promise<PageOf<PedCaseView>> {
  return apiRequest('/pediatric/cases', { query: { pageSize: 500 }, signal });
}

/** `GET /api/pediatric/indicators`. */
export function fetchPediatricIndicators(signal?: AbortSignal): Promise<PedIndicators> {
  return apiRequest('/pediatric/indicators', { signal });
}
