import type {
  DcoCandidate,
  DcoResult,
  LinkageKind,
  LinkageRun,
  PageOf,
  ReviewPairDetail,
  ReviewPairListItem,
  ReviewPairQuery,
} from '@orca/contract';
import { apiRequest } from '../app/api-client';

/**
 * Starts a dedupe or death-linkage run over the user's region: `POST /api/linkage/runs`.
 *
 * @param kind - dedupe or deaths.
 * @param full - dedupe all against all instead of the new reports only.
 * @returns the run, still running.
 */
export function startLinkageRun(kind: LinkageKind, full = false): Promise<LinkageRun> {
  return apiRequest<LinkageRun>('/linkage/runs', { method: 'POST', body: { kind, full } });
}

/**
 * The run history of the user's region, newest first: `GET /api/linkage/runs`.
 *
 * @param signal - aborts the request.
 * @returns runs.
 */
export function fetchLinkageRuns(signal?: AbortSignal): Promise<LinkageRun[]> {
  return apiRequest<LinkageRun[]>('/linkage/runs', { signal });
}

/**
 * The review queue: `GET /api/linkage/review-pairs`; names masked.
 *
 * @param query - filters and page.
 * @param signal - aborts the request.
 * @returns a page of pairs.
 */
export function fetchReviewPairs(
  query: ReviewPairQuery,
  signal?: AbortSignal,
): Promise<PageOf<ReviewPairListItem>> {
  return apiRequest<PageOf<ReviewPairListItem>>('/linkage/review-pairs', { query: { ...query }, signal });
}

/**
 * One pair side by side, identified; the server audits the read with the purpose.
 *
 * @param id - pair id.
 * @param purpose - encoded purpose.
 * @param signal - aborts the request.
 * @returns the pair with its explanation.
 */
export function fetchReviewPair(
  id: string,
  purpose: string,
  signal?: AbortSignal,
): Promise<ReviewPairDetail> {
  return apiRequest<ReviewPairDetail>(`/linkage/review-pairs/${encodeURIComponent(id)}`, {
    query: { purpose },
    signal,
  });
}

/**
 * A reviewer's decision: same person (`linked`) or different persons (`not_linked`).
 *
 * @param id - pair id.
 * @param decision - the decision.
 * @param note - optional note.
 * @returns the pair after the decision.
 */
export function decideReviewPair(
  id: string,
  decision: 'linked' | 'not_linked',
  note?: string,
): Promise<ReviewPairDetail> {
  return apiRequest<ReviewPairDetail>(`/linkage/review-pairs/${encodeURIComponent(id)}/decision`, {
    method: 'POST',
    body: { decision, ...(note ? { note } : {}) },
  });
}

/**
 * Undoes the decision in force on a pair (the pair is open again).
 *
 * @param id - pair id.
 * @param note - why.
 * @returns the pair.
 */
export function undoReviewDecision(id: string, note?: string): Promise<ReviewPairDetail> {
  return apiRequest<ReviewPairDetail>(`/linkage/review-pairs/${encodeURIComponent(id)}/undo`, {
    method: 'POST',
    body: note ? { note } : {},
  });
}

/**
 * Unlinked cancer deaths (C00–C97), DCO candidates for trace-back.
 *
 * @param page - 1-based page.
 * @param signal - aborts the request.
 * @returns a page of candidates.
 */
export function fetchDcoCandidates(page: number, signal?: AbortSignal): Promise<PageOf<DcoCandidate>> {
  return apiRequest<PageOf<DcoCandidate>>('/linkage/deaths/dco-candidates', { query: { page }, signal });
}

/**
 * Registers a death-certificate-only case for a death once trace-back found no report.
 *
 * @param deathId - the death.
 * @param traceBackNote - what the trace-back did.
 * @returns ids of the person, report and tumour created.
 */
export function createDco(deathId: string, traceBackNote: string): Promise<DcoResult> {
  return apiRequest<DcoResult>(`/linkage/deaths/${encodeURIComponent(deathId)}/dco`, {
    method: 'POST',
    body: { traceBackNote },
  });
}
