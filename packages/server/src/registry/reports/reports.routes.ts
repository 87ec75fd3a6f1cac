import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AcceptReportRequest,
  CheckResult,
  CreateReportRequest,
  IdParams,
  Page,
  PurposeQuery,
  ReportCard,
  ReportListItem,
  ReportListQuery,
  ReportView,
  ReturnReportRequest,
  UpdateReportRequest,
} from '@orca/contract';
import {
  acceptReport,
  checkReportCard,
  createReport,
  getReport,
  listReports,
  REPORTING_ROLES,
  REVIEW_ROLES,
  returnReport,
  submitReport,
  updateReport,
} from './reports.service';

// Who may read cards: those who write or review them, and quality control.
const READ_ROLES = [...REPORTING_ROLES, 'qc_staff'] as const;

/** Report cards (肿瘤登记报告卡): list, read, write, and the draft → submitted → returned/accepted states. */
export const reportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['reports'];

  app.post(
    '/registry/checks',
    {
      schema: { tags, body: ReportCard, response: { 200: CheckResult } },
      preHandler: app.requireRole(...READ_ROLES),
    },
    async (req) => checkReportCard(req.body),
  );

  app.get(
    '/registry/reports',
    {
      schema: { tags, querystring: ReportListQuery, response: { 200: Page(ReportListItem) } },
      preHandler: app.requireRole(...READ_ROLES),
    },
    (req) => listReports(req.ctx, req.query),
  );

  app.get(
    '/registry/reports/:id',
    {
      schema: { tags, params: IdParams, querystring: PurposeQuery, response: { 200: ReportView } },
      preHandler: app.requireRole(...READ_ROLES),
    },
    (req) => getReport(req.ctx, req.params.id, req.query.purpose ?? null),
  );

  app.post(
    '/registry/reports',
    {
      schema: { tags, body: CreateReportRequest, response: { 201: ReportView } },
      preHandler: app.requireRole(...REPORTING_ROLES),
    },
    async (req, reply) => {
      const created = await createReport(req.ctx, req.body.card, { submit: req.body.submit === true });
      return reply.code(201).send(created);
    },
  );

  app.put(
    '/registry/reports/:id',
    {
      schema: { tags, params: IdParams, body: UpdateReportRequest, response: { 200: ReportView } },
      preHandler: app.requireRole(...REPORTING_ROLES),
    },
    (req) => updateReport(req.ctx, req.params.id, req.body.card),
  );

  app.post(
    '/registry/reports/:id/submit',
    {
      schema: { tags, params: IdParams, response: { 200: ReportView } },
      preHandler: app.requireRole(...REPORTING_ROLES),
    },
    (req) => submitReport(req.ctx, req.params.id),
  );

  app.post(
    '/registry/reports/:id/return',
    {
      schema: { tags, params: IdParams, body: ReturnReportRequest, response: { 200: ReportView } },
      preHandler: app.requireRole(...REVIEW_ROLES),
    },
    (req) => returnReport(req.ctx, req.params.id, req.body.reason),
  );

  app.post(
    '/registry/reports/:id/accept',
    {
      schema: { tags, params: IdParams, body: AcceptReportRequest, response: { 200: ReportView } },
      preHandler: app.requireRole(...REVIEW_ROLES),
    },
    (req) => acceptReport(req.ctx, req.params.id, req.body.confirmations ?? []),
  );
};
