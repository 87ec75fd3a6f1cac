import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { QcDrillDown, QcDrillParams, QcIndicatorQuery, QcIndicatorsResponse } from '@orca/contract';
import { drillDown, qualityIndicators } from './indicators.service';
import { QC_READ_ROLES } from './quality.routes';
import { chinaToday } from './today';

const tags = ['quality'];

export const indicatorRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/quality/indicators',
    {
      schema: { tags, querystring: QcIndicatorQuery, response: { 200: QcIndicatorsResponse } },
      // Officials see the same table with small cells hidden; no record-level drill-down.
      preHandler: app.requireRole(...QC_READ_ROLES, 'official'),
    },
    (req) => qualityIndicators(req.ctx, req.query, req.query.today ?? chinaToday()),
  );

  app.get(
    '/quality/indicators/:code/hospitals/:hospitalCode',
    {
      schema: { tags, params: QcDrillParams, querystring: QcIndicatorQuery, response: { 200: QcDrillDown } },
      preHandler: app.requireRole(...QC_READ_ROLES),
    },
    (req) =>
      drillDown(
        req.ctx,
        req.params.code,
        req.params.hospitalCode,
        req.query,
        req.query.today ?? chinaToday(),
      ),
  );
};
