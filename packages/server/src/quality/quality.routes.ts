import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  Page,
  QcIntakeResult,
  QcKindParams,
  QcRecordListQuery,
  QcRecordView,
  QcSubmitRequest,
  type Role,
} from '@orca/contract';
import { Type } from 'typebox';
import { readTable } from '../files/table-reader';
import { badRequest } from '../http/errors';
import { intakeRecords } from './intake.service';
import { listRecords } from './records.service';

/** Roles that submit hospital quality data: the hospital itself, QC staff, administrators. */
export const QC_WRITE_ROLES: Role[] = ['hospital_reporter', 'qc_staff', 'administrator'];
/** Roles that see record-level quality data in their scope. */
export const QC_READ_ROLES: Role[] = ['hospital_reporter', 'qc_staff', 'administrator', 'provincial_analyst'];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['quality'];

export const qualityRecordRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Files arrive as the raw request body; this parser lives only inside this plugin's scope.
  app.addContentTypeParser(
    ['text/csv', XLSX],
    { parseAs: 'buffer', bodyLimit: 20 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );

  app.post(
    '/quality/records/:kind',
    {
      schema: { tags, params: QcKindParams, body: QcSubmitRequest, response: { 200: QcIntakeResult } },
      preHandler: app.requireRole(...QC_WRITE_ROLES),
    },
    (req) =>
      intakeRecords(
        req.ctx,
        req.params.kind,
        req.body.records.map((values, i) => ({ line: i + 1, values })),
        req.body.strict ?? false,
      ),
  );

  app.post(
    '/quality/import/:kind',
    {
      schema: {
        tags,
        params: QcKindParams,
        querystring: Type.Object({ strict: Type.Optional(Type.Boolean()) }),
        response: { 200: QcIntakeResult },
      },
      preHandler: app.requireRole(...QC_WRITE_ROLES),
    },
    async (req) => {
      if (!Buffer.isBuffer(req.body)) throw badRequest('send the CSV or XLSX file as the request body');
      const isXlsx = req.headers['content-type']?.startsWith(XLSX) ?? false;
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orca-qc-'));
      const file = path.join(dir, isXlsx ? 'upload.xlsx' : 'upload.csv');
      try {
        fs.writeFileSync(file, req.body);
        return await intakeRecords(req.ctx, req.params.kind, readTable(file), req.query.strict ?? false);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  app.get(
    '/quality/records',
    {
      schema: { tags, querystring: QcRecordListQuery, response: { 200: Page(QcRecordView) } },
      preHandler: app.requireRole(...QC_READ_ROLES),
    },
    (req) => listRecords(req.ctx, req.query),
  );
};
