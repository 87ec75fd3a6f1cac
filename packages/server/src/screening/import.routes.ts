import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Issue } from '@orca/contract';
import { Type } from 'typebox';
import { readTable } from '../files/table-reader';
import { badRequest } from '../http/errors';
import { importExams } from './exam-import';
import { SCREENING_WRITE_ROLES } from './screening.routes';

/** Largest screening file accepted: a county season is a few thousand rows. */
const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/** Bulk import of screening examinations (CSV or XLSX, multipart), answered when the file is done. */
export const screeningImportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });
  app.post(
    '/screening/imports/exams',
    {
      schema: {
        tags: ['screening'],
        querystring: Type.Object({ strict: Type.Optional(Type.Boolean()) }),
        response: {
          200: Type.Object({
            rowsRead: Type.Integer(),
            rowsAccepted: Type.Integer(),
            rejections: Type.Array(Issue),
          }),
        },
      },
      preHandler: app.requireRole(...SCREENING_WRITE_ROLES),
    },
    async (req) => {
      if (!req.isMultipart())
        throw badRequest('Send the file as multipart/form-data', [{ field: 'file', reason: '请上传文件' }]);
      const upload = await req.file();
      if (!upload) throw badRequest('No file in the upload', [{ field: 'file', reason: '请上传文件' }]);
      const ext = path.extname(upload.filename).toLowerCase() === '.xlsx' ? '.xlsx' : '.csv';
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orca-screening-'));
      const file = path.join(dir, `upload${ext}`);
      try {
        await pipeline(upload.file, fs.createWriteStream(file));
        if (upload.file.truncated)
          throw badRequest('The file is too large', [{ field: 'file', reason: '文件过大' }]);
        return await importExams(req.ctx, readTable(file), req.query.strict === true);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );
};
