import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { InstitutionQuery, InstitutionView, RegionView } from '@orca/contract';
import { and, asc, eq, type SQL } from 'drizzle-orm';
import { Type } from 'typebox';
import { inRegion } from '../context/scope';
import { institutions, regions } from './institutions.tables';

export const institutionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.services.database;

  app.get(
    '/regions',
    {
      schema: {
        tags: ['institutions'],
        querystring: Type.Object({ parentCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })) }),
        response: { 200: Type.Array(RegionView) },
      },
      preHandler: app.requireRole(),
    },
    async (req) => {
      const parent = req.query.parentCode ?? req.ctx.principal.regionCode;
      const rows = await db
        .select()
        .from(regions)
        .where(eq(regions.parentCode, parent))
        .orderBy(asc(regions.code));
      return rows.map((r) => ({ ...r, level: r.level as RegionView['level'] }));
    },
  );

  app.get(
    '/institutions',
    {
      schema: {
        tags: ['institutions'],
        querystring: InstitutionQuery,
        response: { 200: Type.Array(InstitutionView) },
      },
      preHandler: app.requireRole(),
    },
    async (req) => {
      const where: SQL[] = [
        inRegion(institutions.regionCode, req.query.regionCode ?? req.ctx.principal.regionCode),
      ];
      if (req.query.kind) where.push(eq(institutions.kind, req.query.kind));
      const rows = await db
        .select({ inst: institutions, regionName: regions.name })
        .from(institutions)
        .innerJoin(regions, eq(regions.code, institutions.regionCode))
        .where(and(...where))
        .orderBy(asc(institutions.code))
        .limit(2000);
      return rows.map(({ inst, regionName }) => ({
        ...inst,
        kind: inst.kind as InstitutionView['kind'],
        regionName,
      }));
    },
  );
};
