import type { QcQueue, QcQueueQuery } from '@orca/contract';
import { apiRequest } from '../../app/api-client';

/**
 * The QC queue: `GET /api/registry/qc/queue`.
 *
 * @param query - severity, rule, institution, age bucket and page.
 * @param signal - aborts the request.
 * @returns counts and the page of cards with findings.
 */
export function fetchQcQueue(query: QcQueueQuery, signal?: AbortSignal): Promise<QcQueue> {
  return apiRequest<QcQueue>('/registry/qc/queue', { query: { ...query }, signal });
}
