import type { RegionView } from '@orca/contract';
import { apiRequest } from '../app/api-client';

/**
 * The divisions directly below a region: `GET /api/regions?parentCode=`.
 *
 * @param parentCode - six-digit GB/T 2260 code (e.g. 360000 for the province).
 * @param signal - aborts the request.
 * @returns child regions (prefectures of a province, counties of a prefecture).
 */
export function fetchChildRegions(parentCode: string, signal?: AbortSignal): Promise<RegionView[]> {
  return apiRequest<RegionView[]>('/regions', { query: { parentCode }, signal });
}

/**
 * Whether a GB/T 2260 code is a county-level division (no children to load): province codes end in
 * 0000 and prefecture codes in 00 (domain.md §1.3).
 *
 * @param code - six-digit division code.
 * @returns true for a county, district or county-level city.
 */
export function isCountyCode(code: string): boolean {
  return /^\d{6}$/.test(code) && !code.endsWith('00');
}
