import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AuditEntryView, Page, PageQuery } from '@orca/contract';
import { count, desc } from 'drizzle-orm';
import { auditLog } from './audit.tables';

export const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.services.database;
  app.get(
    '/audit',
    {
      schema: { tags: ['audit'], querystring: PageQuery, response: { 200: Page(AuditEntryView) } },
      preHandler: app.requireRole('administrator', 'auditor'),
    },
    async (req) => {
      const page = req.query.page ?? 1;
      const pageSize = req.query.pageSize ?? 50;
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(auditLog)
          .orderBy(desc(auditLog.seq))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        db.select({ n: count() }).from(auditLog),
      ]);
      await req.ctx.audit({ action: 'read', entity: 'audit_log', detail: { page } });
      return {
        items: rows.map(({ prevHash: _p, hash: _h, ...r }) => r),
        total: total?.n ?? 0,
        page,
        pageSize,
      };
    },
  );
};
