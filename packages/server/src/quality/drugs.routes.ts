import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  IdParams,
  QcDrugAlert,
  QcDrugAlertQuery,
  QcDrugCatalogue,
  QcFilingStatus,
  QcReviewBatch,
  QcReviewCreate,
  QcReviewVerdicts,
  QcTodayQuery,
} from '@orca/contract';
import { Type } from 'typebox';
import { DEFAULT_PRESCRIBING_AUTHORITY, DRUG_CATALOGUE } from './drug-catalogue';
import { drugAlerts, filingStatuses } from './drugs.service';
import { QC_READ_ROLES, QC_WRITE_ROLES } from './quality.routes';
import { createReview, getReview, listReviews, publishReview, recordVerdicts } from './reviews.service';
import { chinaToday } from './today';

const tags = ['quality'];

export const drugRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/quality/drugs',
    { schema: { tags, response: { 200: QcDrugCatalogue } }, preHandler: app.requireRole() },
    async () => ({
      drugs: [...DRUG_CATALOGUE],
      authority: {
        restricted: [...DEFAULT_PRESCRIBING_AUTHORITY.restricted],
        ordinary: [...DEFAULT_PRESCRIBING_AUTHORITY.ordinary],
      },
    }),
  );

  app.get(
    '/quality/drug-alerts',
    {
      schema: { tags, querystring: QcDrugAlertQuery, response: { 200: Type.Array(QcDrugAlert) } },
      preHandler: app.requireRole(...QC_READ_ROLES),
    },
    (req) => drugAlerts(req.ctx, req.query.month, req.query.regionCode),
  );

  app.get(
    '/quality/restricted-tech/filings',
    {
      schema: { tags, querystring: QcTodayQuery, response: { 200: Type.Array(QcFilingStatus) } },
      preHandler: app.requireRole(...QC_READ_ROLES),
    },
    (req) => filingStatuses(req.ctx, req.query.today ?? chinaToday(), req.query.regionCode),
  );

  app.get(
    '/quality/reviews',
    {
      schema: { tags, response: { 200: Type.Array(QcReviewBatch) } },
      preHandler: app.requireRole(...QC_READ_ROLES),
    },
    (req) => listReviews(req.ctx),
  );
  app.post(
    '/quality/reviews',
    {
      schema: { tags, body: QcReviewCreate, response: { 201: QcReviewBatch } },
      preHandler: app.requireRole(...QC_WRITE_ROLES),
    },
    async (req, reply) => reply.code(201).send(await createReview(req.ctx, req.body)),
  );
  app.get(
    '/quality/reviews/:id',
    {
      schema: { tags, params: IdParams, response: { 200: QcReviewBatch } },
      preHandler: app.requireRole(...QC_READ_ROLES),
    },
    (req) => getReview(req.ctx, req.params.id),
  );
  app.post(
    '/quality/reviews/:id/verdicts',
    {
      schema: { tags, params: IdParams, body: QcReviewVerdicts, response: { 200: QcReviewBatch } },
      preHandler: app.requireRole(...QC_WRITE_ROLES),
    },
    (req) => recordVerdicts(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/quality/reviews/:id/publish',
    {
      schema: { tags, params: IdParams, response: { 200: QcReviewBatch } },
      preHandler: app.requireRole('qc_staff', 'administrator'),
    },
    (req) => publishReview(req.ctx, req.params.id),
  );
};
