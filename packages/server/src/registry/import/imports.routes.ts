import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  IdParams,
  ImportJobView,
  ImportListQuery,
  ImportOptions,
  ImportRejectionQuery,
  ImportRejectionView,
} from '@orca/contract';
import { Type } from 'typebox';
import { badRequest, forbidden } from '../../http/errors';
import { REPORTING_ROLES, REVIEW_ROLES } from '../reports/reports.service';
import { createImportJob, importFile } from './import-file';
import { getImportJob, listImportJobs, listRejections, rejectionsCsv } from './import-job';

const READ_ROLES = [...REPORTING_ROLES, 'qc_staff'] as const;
/** Largest upload accepted: a million-row cases.csv is a few hundred MB. */
const MAX_UPLOAD_BYTES = 2 * 1024 * 1024 * 1024;

/** Bulk intake: upload a file (answered at once with the job), poll the job, download the rejected rows. */
export const importRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });
  const tags = ['imports'];

  app.post(
    '/registry/imports',
    {
      schema: { tags, querystring: ImportOptions, response: { 202: ImportJobView } },
      preHandler: app.requireRole(...REPORTING_ROLES),
    },
    async (req, reply) => {
      const ctx = req.ctx;
      const options = req.query;
      // Hospitals send their own cases; deaths, population and accepting at once are the registry's.
      if ((options.kind !== 'cases' || options.accept) && !ctx.hasRole(...REVIEW_ROLES)) throw forbidden();
      if (!req.isMultipart())
        throw badRequest('Send the file as multipart/form-data', [{ field: 'file', reason: '请上传文件' }]);
      const upload = await req.file();
      if (!upload) throw badRequest('No file in the upload', [{ field: 'file', reason: '请上传文件' }]);
      const { dataDir } = app.services.config;
      const base = fs.existsSync(dataDir)
        ? path.join(dataDir, 'uploads')
        : path.join(os.tmpdir(), 'orca-uploads');
      fs.mkdirSync(base, { recursive: true });
      const ext = path.extname(upload.filename).toLowerCase() === '.xlsx' ? '.xlsx' : '.csv';
      const file = path.join(base, `${Date.now()}-${Math.random().toString(36).slice(2)}${ext}`);
      // Streamed to disk: an upload is never held in memory whole.
      await pipeline(upload.file, fs.createWriteStream(file));
      if (upload.file.truncated) {
        fs.rmSync(file, { force: true });
        throw badRequest('The file is too large', [{ field: 'file', reason: '文件过大' }]);
      }
      const request = {
        kind: options.kind,
        file,
        fileName: upload.filename,
        institutionCode: options.institutionCode ?? null,
        accept: options.accept === true,
        strict: options.strict === true,
        actor: { userId: ctx.principal.userId, username: ctx.principal.username },
        scope: ctx.scope,
      };
      const jobId = await createImportJob(ctx.db, request);
      const job = await getImportJob(ctx, jobId);
      // The import runs after the answer, so the page can poll the job's progress.
      void importFile(app.services.database, app.services.sealer, { ...request, jobId })
        .catch((err) => req.log.error({ err }, 'import failed'))
        .finally(() => fs.rmSync(file, { force: true }));
      return reply.code(202).send(job);
    },
  );

  app.get(
    '/registry/imports',
    {
      schema: { tags, querystring: ImportListQuery, response: { 200: Type.Array(ImportJobView) } },
      preHandler: app.requireRole(...READ_ROLES),
    },
    (req) => listImportJobs(req.ctx, req.query.page ?? 1, req.query.pageSize ?? 20),
  );

  app.get(
    '/registry/imports/:id',
    {
      schema: { tags, params: IdParams, response: { 200: ImportJobView } },
      preHandler: app.requireRole(...READ_ROLES),
    },
    (req) => getImportJob(req.ctx, req.params.id),
  );

  app.get(
    '/registry/imports/:id/rejections',
    {
      schema: {
        tags,
        params: IdParams,
        querystring: ImportRejectionQuery,
        response: { 200: Type.Array(ImportRejectionView) },
      },
      preHandler: app.requireRole(...READ_ROLES),
    },
    (req) => {
      const pageSize = req.query.pageSize ?? 50;
      return listRejections(req.ctx, req.params.id, pageSize, ((req.query.page ?? 1) - 1) * pageSize);
    },
  );

  app.get(
    '/registry/imports/:id/rejections.csv',
    { schema: { tags, params: IdParams }, preHandler: app.requireRole(...READ_ROLES) },
    async (req, reply) => {
      let body = '';
      for await (const chunk of rejectionsCsv(req.ctx, req.params.id)) body += chunk;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="rejections-${req.params.id}.csv"`)
        .send(body);
    },
  );
};
