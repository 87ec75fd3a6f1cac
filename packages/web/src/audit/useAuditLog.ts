import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchAuditLog } from './audit-api';

/**
 * A page of the audit log.
 *
 * @param page - 1-based page.
 * @param pageSize - rows per page.
 * @returns react-query result; the previous page stays while the next loads.
 */
export function useAuditLog(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['audit', page, pageSize],
    queryFn: ({ signal }) => fetchAuditLog(page, pageSize, signal),
    placeholderData: keepPreviousData,
  });
}
