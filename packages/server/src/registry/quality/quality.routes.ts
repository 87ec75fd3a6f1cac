import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CompletenessQuery,
  CompletenessReport,
  QcQueue,
  QcQueueQuery,
  QualityQuery,
  QualityReport,
  QualityThresholds,
  QualityThresholdsUpdate,
  RegionCode,
} from '@orca/contract';
import { Type } from 'typebox';
import { completenessReport } from './completeness.service';
import { QC_QUEUE_ROLES, qcQueue } from './qc-queue.service';
import { qualityReport, resolveRegion, setThresholds, thresholdsFor } from './quality.service';

// Aggregates: officials included (small cells suppressed); the auditor sees audit data only.
const AGGREGATE_ROLES = [
  'administrator',
  'provincial_analyst',
  'registry_staff',
  'hospital_reporter',
  'qc_staff',
  'official',
] as const;
// Completeness is a registry-wide figure: a hospital's own reports are not a population.
const REGISTRY_AGGREGATE_ROLES = AGGREGATE_ROLES.filter((r) => r !== 'hospital_reporter');
const RegionParams = Type.Object({ regionCode: RegionCode });

/** Registry quality indices, completeness, thresholds and the QC queue (issue #3 parts 5 and 8). */
export const qualityRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/registry/quality',
    {
      schema: { tags: ['quality'], querystring: QualityQuery, response: { 200: QualityReport } },
      preHandler: app.requireRole(...AGGREGATE_ROLES),
    },
    (req) => qualityReport(req.ctx, req.query),
  );

  app.get(
    '/registry/quality/completeness',
    {
      schema: { tags: ['quality'], querystring: CompletenessQuery, response: { 200: CompletenessReport } },
      preHandler: app.requireRole(...REGISTRY_AGGREGATE_ROLES),
    },
    (req) => completenessReport(req.ctx, req.query),
  );

  app.get(
    '/registry/quality/thresholds/:regionCode',
    {
      schema: { tags: ['quality'], params: RegionParams, response: { 200: QualityThresholds } },
      preHandler: app.requireRole(...AGGREGATE_ROLES),
    },
    async (req) => thresholdsFor(req.ctx, await resolveRegion(req.ctx, req.params.regionCode)),
  );

  app.put(
    '/registry/quality/thresholds/:regionCode',
    {
      schema: {
        tags: ['quality'],
        params: RegionParams,
        body: QualityThresholdsUpdate,
        response: { 200: QualityThresholds },
      },
      preHandler: app.requireRole('administrator', 'provincial_analyst'),
    },
    (req) => setThresholds(req.ctx, req.params.regionCode, req.body),
  );

  app.get(
    '/registry/qc/queue',
    {
      schema: { tags: ['quality'], querystring: QcQueueQuery, response: { 200: QcQueue } },
      preHandler: app.requireRole(...QC_QUEUE_ROLES),
    },
    (req) => qcQueue(req.ctx, req.query),
  );
};
