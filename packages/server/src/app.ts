import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { analyticsRoutes } from './analytics';
import { auditRoutes } from './audit/audit.routes';
import { authPlugin } from './auth/auth.plugin';
import { authRoutes } from './auth/auth.routes';
import { isSeeded } from './demo-load/seed-demo';
import { fhirRoutes } from './fhir';
import { handleError } from './http/error-handler';
import { errorBody } from './http/errors';
import { loggerOptions } from './http/logger';
import type { AppServices } from './http/services';
import { institutionRoutes } from './institutions/institutions.routes';
import { linkageRoutes } from './linkage';
import { pediatricRoutes } from './pediatric';
import { qcRoutes } from './quality';
import { followUpRoutes } from './registry/follow-up';
import { importRoutes } from './registry/import';
import { qualityRoutes } from './registry/quality';
import { registryRoutes } from './registry/registry.routes';
import { reportRoutes } from './registry/reports';
import { screeningDomain } from './screening';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export interface RouteEntry {
  method: string;
  url: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
}

export interface BuildOptions {
  logLevel?: string;
  /** Serve the built web app from packages/web/dist when it exists. */
  serveWeb?: boolean;
}

/** The Fastify app: plugins in order, then the domains, each under /api. */
export async function buildApp(services: AppServices, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(options.logLevel ?? services.config.logLevel),
    bodyLimit: 20 * 1024 * 1024,
    trustProxy: true,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.decorate('services', services);
  // Every route, for the authorization matrix test generated from the route table.
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) if (method !== 'HEAD') routeTable.push({ method, url: route.url });
  });
  app.setErrorHandler(handleError);

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"], // Ant Design injects CSS-in-JS styles
        scriptSrc: ["'self'"],
      },
    },
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'ORCA API',
        version: '0.1.0',
        description: 'Oncology Registry & Cancer-control Analytics',
      },
      components: {
        securitySchemes: {
          cookie: { type: 'apiKey', in: 'cookie', name: 'orca_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ cookie: [] }, { bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  await app.register(authPlugin);

  await app.register(
    async (api) => {
      await api.register(authRoutes);
      await api.register(institutionRoutes);
      await api.register(registryRoutes);
      await api.register(reportRoutes);
      await api.register(importRoutes);
      await api.register(auditRoutes);
      await api.register(analyticsRoutes);
      await api.register(qualityRoutes);
      await api.register(followUpRoutes);
      await api.register(fhirRoutes);
      await api.register(linkageRoutes);
      await api.register(qcRoutes);
      await api.register(pediatricRoutes);
      await api.register(screeningDomain);
      api.get('/health', { schema: { tags: ['system'] } }, async () => ({
        status: 'ok',
        engine: services.database.engine,
        // The login page lists the demo accounts only on a database holding the synthetic demo.
        demo: await isSeeded(services.database.db),
      }));
    },
    { prefix: '/api' },
  );
  // Hospital systems speak FHIR at /fhir/… (issue #3); the same routes also live under /api/fhir/….
  await app.register(fhirRoutes, { prefix: '' });

  const serveWeb = (options.serveWeb ?? true) && fs.existsSync(path.join(WEB_DIST, 'index.html'));
  if (serveWeb) await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false });
  app.setNotFoundHandler((req, reply) => {
    // Client-side routes of the single-page app get its index.html; unknown API paths the error shape.
    if (serveWeb && req.method === 'GET' && !req.url.startsWith('/api/')) return reply.sendFile('index.html');
    return reply.code(404).send(errorBody('not_found', `${req.method} ${req.url.split('?')[0]} not found`));
  });
  return app;
}
