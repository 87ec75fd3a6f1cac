import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { QueryParams } from '../app/api-client';
import {
  fetchGrids,
  fetchParticipants,
  fetchProgrammes,
  fetchPublicQuestionnaire,
  fetchTasks,
} from './screening-api';

/** Programme configuration and result categories (rarely changes). */
export function useProgrammes() {
  return useQuery({
    queryKey: ['screening', 'programmes'],
    queryFn: ({ signal }) => fetchProgrammes(signal),
    staleTime: 600_000,
  });
}

/** Grids of the caller's region. */
export function useGrids() {
  return useQuery({ queryKey: ['screening', 'grids'], queryFn: ({ signal }) => fetchGrids(signal) });
}

/** A page of participants. */
export function useParticipants(query: QueryParams) {
  return useQuery({
    queryKey: ['screening', 'participants', query],
    queryFn: ({ signal }) => fetchParticipants(query, signal),
    placeholderData: keepPreviousData,
  });
}

/** A page of tasks. */
export function useTasks(query: QueryParams) {
  return useQuery({
    queryKey: ['screening', 'tasks', query],
    queryFn: ({ signal }) => fetchTasks(query, signal),
    placeholderData: keepPreviousData,
  });
}

/** The risk questionnaire (public route: also used by staff forms). */
export function useQuestionnaire() {
  return useQuery({
    queryKey: ['screening', 'questionnaire'],
    queryFn: ({ signal }) => fetchPublicQuestionnaire(signal),
    staleTime: 600_000,
  });
}
