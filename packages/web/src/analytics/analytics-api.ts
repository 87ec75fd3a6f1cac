import type { MapResult, RatesResult, SurvivalResult, TrendResult } from '@orca/contract';
import { apiRequest, type QueryParams } from '../app/api-client';

/** GET /api/analytics/rates. */
export const fetchRates = (query: QueryParams, signal?: AbortSignal) =>
  apiRequest<RatesResult>('/analytics/rates', { query, signal });

/** GET /api/analytics/trend. */
export const fetchTrend = (query: QueryParams, signal?: AbortSignal) =>
  apiRequest<TrendResult>('/analytics/trend', { query, signal });

/** GET /api/analytics/survival. */
export const fetchSurvival = (query: QueryParams, signal?: AbortSignal) =>
  apiRequest<SurvivalResult>('/analytics/survival', { query, signal });

/** GET /api/analytics/map. */
export const fetchMap = (query: QueryParams, signal?: AbortSignal) =>
  apiRequest<MapResult>('/analytics/map', { query, signal });
