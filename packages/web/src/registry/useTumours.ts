import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchTumourDetail, fetchTumours } from './registry-api';
import type { TumourFilters } from './tumour-query';

/**
 * The report list for the given filters; the previous page stays on screen while the next one loads.
 *
 * @param filters - from the URL.
 * @returns react-query result of a page of masked tumours.
 */
export function useTumours(filters: TumourFilters) {
  return useQuery({
    queryKey: ['registry', 'tumours', filters],
    queryFn: ({ signal }) => fetchTumours(filters, signal),
    placeholderData: keepPreviousData,
  });
}

/**
 * The identified detail of one tumour, fetched only once a purpose is given.
 *
 * @param id - tumour id, or null when the drawer is closed.
 * @param purpose - encoded purpose, or null until the user has stated it.
 * @returns react-query result of the detail.
 */
export function useTumourDetail(id: string | null, purpose: string | null) {
  return useQuery({
    queryKey: ['registry', 'tumour', id, purpose],
    queryFn: ({ signal }) => fetchTumourDetail(id ?? '', purpose ?? '', signal),
    enabled: id !== null && purpose !== null,
    // Identified data: never served from cache to a later read (each read must be audited with its
    // purpose) and dropped from memory as soon as the drawer closes.
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
}
