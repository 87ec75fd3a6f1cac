import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  IdParams,
  Page,
  PedCaseCreate,
  PedCaseListQuery,
  PedCaseView,
  PedDesignationCreate,
  PedDesignationView,
  PedFollowUpUpdate,
  PedIndicators,
  PedReferralCreate,
  PedReferralUpdate,
  PedTodayQuery,
  type Role,
} from '@orca/contract';
import { Type } from 'typebox';
import {
  createDesignation,
  createReferral,
  getCase,
  listCases,
  listDesignations,
  pediatricIndicators,
  registerCase,
  updateFollowUp,
  updateReferral,
} from './pediatric.service';

const WRITE: Role[] = ['hospital_reporter', 'qc_staff', 'administrator'];
const READ: Role[] = [...WRITE, 'provincial_analyst'];
const tags = ['pediatric'];

function chinaToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/** Children's blood diseases and malignant tumours (S4), under /api/pediatric. */
export const pediatricRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/pediatric/designations',
    { schema: { tags, response: { 200: Type.Array(PedDesignationView) } }, preHandler: app.requireRole() },
    (req) => listDesignations(req.ctx),
  );
  app.post(
    '/pediatric/designations',
    {
      schema: { tags, body: PedDesignationCreate, response: { 201: PedDesignationView } },
      preHandler: app.requireRole('qc_staff', 'administrator'),
    },
    async (req, reply) => reply.code(201).send(await createDesignation(req.ctx, req.body)),
  );
  app.get(
    '/pediatric/cases',
    {
      schema: { tags, querystring: PedCaseListQuery, response: { 200: Page(PedCaseView) } },
      preHandler: app.requireRole(...READ),
    },
    (req) => listCases(req.ctx, req.query),
  );
  app.post(
    '/pediatric/cases',
    {
      schema: { tags, body: PedCaseCreate, response: { 201: PedCaseView } },
      preHandler: app.requireRole(...WRITE),
    },
    async (req, reply) => reply.code(201).send(await registerCase(req.ctx, req.body)),
  );
  app.get(
    '/pediatric/cases/:id',
    {
      schema: { tags, params: IdParams, response: { 200: PedCaseView } },
      preHandler: app.requireRole(...READ),
    },
    (req) => getCase(req.ctx, req.params.id),
  );
  app.post(
    '/pediatric/cases/:id/referrals',
    {
      schema: { tags, params: IdParams, body: PedReferralCreate, response: { 200: PedCaseView } },
      preHandler: app.requireRole(...WRITE),
    },
    (req) => createReferral(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/pediatric/referrals/:id/status',
    {
      schema: { tags, params: IdParams, body: PedReferralUpdate, response: { 200: PedCaseView } },
      preHandler: app.requireRole(...WRITE),
    },
    (req) => updateReferral(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/pediatric/follow-ups/:id',
    {
      schema: { tags, params: IdParams, body: PedFollowUpUpdate, response: { 200: PedCaseView } },
      preHandler: app.requireRole(...WRITE),
    },
    (req) => updateFollowUp(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/pediatric/indicators',
    {
      schema: { tags, querystring: PedTodayQuery, response: { 200: PedIndicators } },
      preHandler: app.requireRole(...READ, 'official'),
    },
    (req) => pediatricIndicators(req.ctx, req.query.today ?? chinaToday()),
  );
};
