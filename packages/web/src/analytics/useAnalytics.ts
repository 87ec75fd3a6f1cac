import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { QueryParams } from '../app/api-client';
import { fetchMap, fetchRates, fetchSurvival, fetchTrend } from './analytics-api';

const options = { placeholderData: keepPreviousData, staleTime: 5 * 60_000 } as const;

/** Rates, age-specific rates and top sites for the explorer's filter. */
export const useRates = (query: QueryParams, enabled = true) =>
  useQuery({
    queryKey: ['analytics', 'rates', query],
    queryFn: ({ signal }) => fetchRates(query, signal),
    enabled,
    ...options,
  });

/** The yearly series and its joinpoint fit. */
export const useTrend = (query: QueryParams, enabled = true) =>
  useQuery({
    queryKey: ['analytics', 'trend', query],
    queryFn: ({ signal }) => fetchTrend(query, signal),
    enabled,
    ...options,
  });

/** Survival curves and 1/3/5-year values. */
export const useSurvival = (query: QueryParams, enabled = true) =>
  useQuery({
    queryKey: ['analytics', 'survival', query],
    queryFn: ({ signal }) => fetchSurvival(query, signal),
    enabled,
    ...options,
  });

/** Choropleth data. */
export const useMap = (query: QueryParams, enabled = true) =>
  useQuery({
    queryKey: ['analytics', 'map', query],
    queryFn: ({ signal }) => fetchMap(query, signal),
    enabled,
    ...options,
  });
