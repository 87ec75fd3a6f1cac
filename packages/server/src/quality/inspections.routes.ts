import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  IdParams,
  QcFindingUpdate,
  QcFindingView,
  QcInspectionCoverage,
  QcInspectionCreate,
  QcInspectionView,
  QcTodayQuery,
} from '@orca/contract';
import { Type } from 'typebox';
import { createInspection, inspectionCoverage, listInspections, updateFinding } from './inspections.service';
import { QC_READ_ROLES, QC_WRITE_ROLES } from './quality.routes';
import { chinaToday } from './today';

const tags = ['quality'];

export const inspectionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/quality/inspections',
    {
      schema: { tags, querystring: QcTodayQuery, response: { 200: Type.Array(QcInspectionView) } },
      preHandler: app.requireRole(...QC_READ_ROLES),
    },
    (req) => listInspections(req.ctx, req.query.today ?? chinaToday()),
  );
  app.get(
    '/quality/inspections/coverage',
    {
      schema: {
        tags,
        querystring: Type.Object({
          year: Type.Integer({ minimum: 2000, maximum: 2100 }),
          today: Type.Optional(Type.String()),
        }),
        response: { 200: QcInspectionCoverage },
      },
      preHandler: app.requireRole(...QC_READ_ROLES),
    },
    (req) => inspectionCoverage(req.ctx, req.query.year, req.query.today ?? chinaToday()),
  );
  app.post(
    '/quality/inspections',
    {
      schema: { tags, body: QcInspectionCreate, response: { 201: QcInspectionView } },
      preHandler: app.requireRole('qc_staff', 'administrator'),
    },
    async (req, reply) => reply.code(201).send(await createInspection(req.ctx, req.body, chinaToday())),
  );
  app.post(
    '/quality/inspection-findings/:id',
    {
      schema: { tags, params: IdParams, body: QcFindingUpdate, response: { 200: QcFindingView } },
      // The hospital reports its rectification; QC staff close or reopen.
      preHandler: app.requireRole(...QC_WRITE_ROLES),
    },
    (req) => updateFinding(req.ctx, req.params.id, req.body, chinaToday()),
  );
};
