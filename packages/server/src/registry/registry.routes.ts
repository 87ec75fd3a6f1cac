import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  IdParams,
  Page,
  PurposeQuery,
  RegistrySummary,
  SummaryQuery,
  TumourDetail,
  TumourListItem,
  TumourListQuery,
} from '@orca/contract';
import { registrySummary } from './summary.service';
import { getTumour, listTumours } from './tumours.service';

const PERSON_LEVEL_ROLES = [
  'administrator',
  'provincial_analyst',
  'registry_staff',
  'hospital_reporter',
  'qc_staff',
] as const;

export const registryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/registry/summary',
    {
      schema: { tags: ['registry'], querystring: SummaryQuery, response: { 200: RegistrySummary } },
      preHandler: app.requireRole(),
    },
    (req) => registrySummary(req.ctx, req.query.regionCode),
  );

  app.get(
    '/registry/tumours',
    {
      schema: { tags: ['registry'], querystring: TumourListQuery, response: { 200: Page(TumourListItem) } },
      preHandler: app.requireRole(...PERSON_LEVEL_ROLES),
    },
    (req) => listTumours(req.ctx, req.query),
  );

  app.get(
    '/registry/tumours/:id',
    {
      schema: {
        tags: ['registry'],
        params: IdParams,
        querystring: PurposeQuery,
        response: { 200: TumourDetail },
      },
      preHandler: app.requireRole(...PERSON_LEVEL_ROLES),
    },
    (req) => getTumour(req.ctx, req.params.id, req.query.purpose ?? null),
  );
};
