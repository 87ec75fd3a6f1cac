import { useQuery } from '@tanstack/react-query';
import { fetchRegistrySummary } from '../registry/registry-api';

/**
 * Dashboard counts for a region (the user's whole scope when undefined).
 *
 * @param regionCode - region inside the user's scope.
 * @returns react-query result of the registry summary.
 */
export function useRegistrySummary(regionCode: string | undefined) {
  return useQuery({
    queryKey: ['registry', 'summary', regionCode ?? null],
    queryFn: ({ signal }) => fetchRegistrySummary(regionCode, signal),
  });
}
