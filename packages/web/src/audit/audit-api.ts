import type { AuditEntryView, PageOf } from '@orca/contract';
import { apiRequest } from '../app/api-client';

/**
 * One page of the audit log, newest first: `GET /api/audit` (administrator and auditor only).
 *
 * @param page - 1-based page.
 * @param pageSize - rows per page.
 * @param signal - aborts the request.
 * @returns the page with the total count.
 */
export function fetchAuditLog(
  page: number,
  pageSize: number,
  signal?: AbortSignal,
): Promise<PageOf<AuditEntryView>> {
  return apiRequest<PageOf<AuditEntryView>>('/audit', { query: { page, pageSize }, signal });
}
