import type { LinkageKind, ReviewPairQuery } from '@orca/contract';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createDco,
  decideReviewPair,
  fetchDcoCandidates,
  fetchLinkageRuns,
  fetchReviewPair,
  fetchReviewPairs,
  startLinkageRun,
  undoReviewDecision,
} from './linkage-api';

/**
 * The run history; polled every 2 s while a run is going, so its progress bar moves.
 *
 * @returns react-query result of the runs.
 */
export function useLinkageRuns() {
  return useQuery({
    queryKey: ['linkage', 'runs'],
    queryFn: ({ signal }) => fetchLinkageRuns(signal),
    refetchInterval: (query) => (query.state.data?.some((r) => r.status === 'running') ? 2000 : false),
  });
}

/**
 * Starts a run and refreshes the history.
 *
 * @returns the mutation; its variables are the kind and `full`.
 */
export function useStartRun() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, full }: { kind: LinkageKind; full?: boolean }) => startLinkageRun(kind, full),
    onSuccess: () => client.invalidateQueries({ queryKey: ['linkage'] }),
  });
}

/**
 * The review queue for the filters.
 *
 * @param query - filters and page.
 * @returns react-query result of a page of masked pairs.
 */
export function useReviewPairs(query: ReviewPairQuery) {
  return useQuery({
    queryKey: ['linkage', 'pairs', query],
    queryFn: ({ signal }) => fetchReviewPairs(query, signal),
    placeholderData: keepPreviousData,
  });
}

/**
 * One pair, identified, once a purpose is given; never cached (each read is audited).
 *
 * @param id - pair id, or null.
 * @param purpose - encoded purpose, or null.
 * @returns react-query result of the pair.
 */
export function useReviewPair(id: string | null, purpose: string | null) {
  return useQuery({
    queryKey: ['linkage', 'pair', id, purpose],
    queryFn: ({ signal }) => fetchReviewPair(id ?? '', purpose ?? '', signal),
    enabled: id !== null && purpose !== null,
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
}

/**
 * Decide or undo a pair; refreshes the queue.
 *
 * @returns the decision and undo mutations.
 */
export function useReviewActions() {
  const client = useQueryClient();
  const onSuccess = () => client.invalidateQueries({ queryKey: ['linkage', 'pairs'] });
  return {
    decide: useMutation({
      mutationFn: ({
        id,
        decision,
        note,
      }: {
        id: string;
        decision: 'linked' | 'not_linked';
        note?: string;
      }) => decideReviewPair(id, decision, note),
      onSuccess,
    }),
    undo: useMutation({
      mutationFn: ({ id, note }: { id: string; note?: string }) => undoReviewDecision(id, note),
      onSuccess,
    }),
  };
}

/**
 * DCO candidates, a page at a time.
 *
 * @param page - 1-based page.
 * @returns react-query result.
 */
export function useDcoCandidates(page: number) {
  return useQuery({
    queryKey: ['linkage', 'dco', page],
    queryFn: ({ signal }) => fetchDcoCandidates(page, signal),
    placeholderData: keepPreviousData,
  });
}

/**
 * Creates a DCO case; refreshes the candidates.
 *
 * @returns the mutation.
 */
export function useCreateDco() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ deathId, note }: { deathId: string; note: string }) => createDco(deathId, note),
    onSuccess: () => client.invalidateQueries({ queryKey: ['linkage', 'dco'] }),
  });
}
