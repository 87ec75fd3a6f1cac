import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateDcoRequest,
  DcoCandidate,
  DcoResult,
  IdParams,
  LinkageRun,
  LinkageThresholds,
  Page,
  PageQuery,
  PurposeQuery,
  RegionThresholds,
  ReviewDecisionRequest,
  ReviewPairDetail,
  ReviewPairListItem,
  ReviewPairQuery,
  StartLinkageRun,
  UndoDecisionRequest,
} from '@orca/contract';
import { Type } from 'typebox';
import { createDco, listDcoCandidates } from './dco.service';
import { decideReviewPair, getReviewPair, listReviewPairs, undoReviewDecision } from './review.service';
import { getRun, getThresholds, listRuns, setThresholds, startRun } from './runs.service';

/** Who may run linkage and work the review queue: registry staff and the provincial centre. */
export const LINKAGE_ROLES = ['administrator', 'provincial_analyst', 'registry_staff'] as const;

const tags = ['linkage'];

/** Linkage jobs, the clerical review queue and DCO trace-back, under /api/linkage. */
export const linkageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const guard = app.requireRole(...LINKAGE_ROLES);

  app.post(
    '/linkage/runs',
    { schema: { tags, body: StartLinkageRun, response: { 202: LinkageRun } }, preHandler: guard },
    async (req, reply) => reply.code(202).send(await startRun(req.ctx, req.body)),
  );
  app.get(
    '/linkage/runs',
    { schema: { tags, response: { 200: Type.Array(LinkageRun) } }, preHandler: guard },
    (req) => listRuns(req.ctx),
  );
  app.get(
    '/linkage/runs/:id',
    { schema: { tags, params: IdParams, response: { 200: LinkageRun } }, preHandler: guard },
    (req) => getRun(req.ctx, req.params.id),
  );

  app.get(
    '/linkage/thresholds',
    { schema: { tags, response: { 200: RegionThresholds } }, preHandler: guard },
    (req) => getThresholds(req.ctx),
  );
  app.put(
    '/linkage/thresholds',
    {
      schema: { tags, body: LinkageThresholds, response: { 200: RegionThresholds } },
      preHandler: app.requireRole('administrator', 'provincial_analyst', 'registry_staff'),
    },
    (req) => setThresholds(req.ctx, req.body),
  );

  app.get(
    '/linkage/review-pairs',
    {
      schema: { tags, querystring: ReviewPairQuery, response: { 200: Page(ReviewPairListItem) } },
      preHandler: guard,
    },
    (req) => listReviewPairs(req.ctx, req.query),
  );
  app.get(
    '/linkage/review-pairs/:id',
    {
      schema: { tags, params: IdParams, querystring: PurposeQuery, response: { 200: ReviewPairDetail } },
      preHandler: guard,
    },
    (req) => getReviewPair(req.ctx, req.params.id, req.query.purpose ?? null),
  );
  app.post(
    '/linkage/review-pairs/:id/decision',
    {
      schema: { tags, params: IdParams, body: ReviewDecisionRequest, response: { 200: ReviewPairDetail } },
      preHandler: guard,
    },
    (req) => decideReviewPair(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/linkage/review-pairs/:id/undo',
    {
      schema: { tags, params: IdParams, body: UndoDecisionRequest, response: { 200: ReviewPairDetail } },
      preHandler: guard,
    },
    (req) => undoReviewDecision(req.ctx, req.params.id, req.body.note ?? null),
  );

  app.get(
    '/linkage/deaths/dco-candidates',
    { schema: { tags, querystring: PageQuery, response: { 200: Page(DcoCandidate) } }, preHandler: guard },
    (req) => listDcoCandidates(req.ctx, req.query),
  );
  app.post(
    '/linkage/deaths/:id/dco',
    {
      schema: { tags, params: IdParams, body: CreateDcoRequest, response: { 201: DcoResult } },
      preHandler: guard,
    },
    async (req, reply) =>
      reply.code(201).send(await createDco(req.ctx, req.params.id, req.body.traceBackNote)),
  );
};
