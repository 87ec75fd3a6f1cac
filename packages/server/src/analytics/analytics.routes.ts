import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AnalyticsFilter,
  MapQuery,
  MapResult,
  RatesQuery,
  RatesResult,
  RefreshCountsBody,
  RefreshCountsResult,
  SurvivalQuery,
  SurvivalResult,
  TrendResult,
} from '@orca/contract';
import { analyticsMap } from './map.service';
import { analyticsRates } from './rates.service';
import { refreshCountsFor } from './refresh.service';
import { analyticsSurvival } from './survival.service';
import { analyticsTrend } from './trend.service';

/**
 * The analytics API (issue #5 part 6): aggregates over a region subtree for every role with a region
 * (officials get small cells suppressed; hospital reporters get 403, see analytics-scope.ts), read from
 * the counts cube; survival from the tumours of the subtree.
 */
export const analyticsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['analytics'];
  app.get(
    '/analytics/rates',
    {
      schema: { tags, querystring: RatesQuery, response: { 200: RatesResult } },
      preHandler: app.requireRole(),
    },
    (req) => analyticsRates(req.ctx, req.query),
  );
  app.get(
    '/analytics/trend',
    {
      schema: { tags, querystring: AnalyticsFilter, response: { 200: TrendResult } },
      preHandler: app.requireRole(),
    },
    (req) => analyticsTrend(req.ctx, req.query),
  );
  app.get(
    '/analytics/map',
    {
      schema: { tags, querystring: MapQuery, response: { 200: MapResult } },
      preHandler: app.requireRole(),
    },
    (req) => analyticsMap(req.ctx, req.query),
  );
  app.get(
    '/analytics/survival',
    {
      schema: { tags, querystring: SurvivalQuery, response: { 200: SurvivalResult } },
      preHandler: app.requireRole(),
    },
    (req) => analyticsSurvival(req.ctx, req.query),
  );
  app.post(
    '/analytics/refresh',
    {
      schema: { tags, body: RefreshCountsBody, response: { 200: RefreshCountsResult } },
      preHandler: app.requireRole('administrator', 'provincial_analyst'),
    },
    (req) => refreshCountsFor(req.ctx, req.body ?? {}),
  );
};
