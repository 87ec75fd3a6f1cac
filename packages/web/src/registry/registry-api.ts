import type { PageOf, RegistrySummary, TumourDetail, TumourListItem } from '@orca/contract';
import { apiRequest } from '../app/api-client';
import type { TumourFilters } from './tumour-query';

/**
 * Registry counts for the dashboard: `GET /api/registry/summary`.
 *
 * @param regionCode - limit to a region inside the user's scope; the whole scope when undefined.
 * @param signal - aborts the request.
 * @returns the summary; small cells may be suppressed.
 */
export function fetchRegistrySummary(
  regionCode: string | undefined,
  signal?: AbortSignal,
): Promise<RegistrySummary> {
  return apiRequest<RegistrySummary>('/registry/summary', { query: { regionCode }, signal });
}

/**
 * One page of reported tumours: `GET /api/registry/tumours`. Names and ID numbers come masked.
 *
 * @param filters - page, page size and filters; `idNumber` and `name` are exact matches.
 * @param signal - aborts the request.
 * @returns the page with the total count.
 */
export function fetchTumours(filters: TumourFilters, signal?: AbortSignal): Promise<PageOf<TumourListItem>> {
  return apiRequest<PageOf<TumourListItem>>('/registry/tumours', { query: { ...filters }, signal });
}

/**
 * One tumour with its person's identified data: `GET /api/registry/tumours/:id?purpose=`. The server
 * writes an audit entry with the purpose for every call.
 *
 * @param id - tumour id (uuid).
 * @param purpose - encoded purpose (see `encodePurpose`).
 * @param signal - aborts the request.
 * @returns the identified detail.
 */
export function fetchTumourDetail(id: string, purpose: string, signal?: AbortSignal): Promise<TumourDetail> {
  return apiRequest<TumourDetail>(`/registry/tumours/${encodeURIComponent(id)}`, {
    query: { purpose },
    signal,
  });
}
