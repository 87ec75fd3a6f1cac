import type { Role } from '@orca/contract';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { appendAudit } from '../audit/audit.service';
import { createRequestContext, type RequestContext } from '../context/request-context';
import type { Principal } from '../context/scope';
import { forbidden, unauthenticated } from '../http/errors';
import type { AppServices } from '../http/services';
import { resolveApiToken, resolveSession } from './auth.service';

export const SESSION_COOKIE = 'orca_session';

/** Marks the hooks made by `requireRole`, so they can be moved to the start of the request. */
const ROLE_CHECK = Symbol('orca.roleCheck');
type RoleCheck = ((req: FastifyRequest) => Promise<void>) & { [ROLE_CHECK]?: true };

declare module 'fastify' {
  interface FastifyInstance {
    services: AppServices;
    /** preHandler: signed in with one of these roles (any role when none are given). */
    requireRole(...roles: Role[]): (req: FastifyRequest) => Promise<void>;
  }
  interface FastifyRequest {
    principal: Principal | null;
    sessionExpiresAt: Date | null;
    /** Set by requireRole; routes hand it to services. */
    ctx: RequestContext;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A state-changing request sent by another site's page (CSRF): by Sec-Fetch-Site, else by Origin. */
export function isCrossSiteWrite(req: FastifyRequest): boolean {
  if (!UNSAFE.has(req.method)) return false;
  const fetchSite = req.headers['sec-fetch-site'];
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return true;
  const origin = req.headers.origin;
  if (!origin || origin === 'null') return origin === 'null';
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure,
    expires: expiresAt,
  });
}

/** Who is calling: a session cookie for people, a bearer token for hospital systems. */
export const authPlugin = fp(async (app: FastifyInstance) => {
  const { database, config, sealer } = app.services;
  app.decorateRequest('principal', null);
  app.decorateRequest('sessionExpiresAt', null);
  app.decorateRequest('ctx', null as unknown as RequestContext);

  app.addHook('onRequest', async (req, reply) => {
    const bearer = req.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (bearer) {
      req.principal = await resolveApiToken(database.db, bearer);
      return;
    }
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    if (isCrossSiteWrite(req)) {
      // SameSite=Strict already keeps the cookie off cross-site requests in current browsers; this
      // refuses the rest (older browsers, same-site subdomains) before any state changes.
      await appendAudit(
        database.db,
        { userId: null, username: null },
        {
          action: 'denied',
          entity: 'route',
          detail: { route: req.url.split('?')[0], reason: 'cross_site_write' },
        },
      );
      throw forbidden('Cross-site request refused');
    }
    const session = await resolveSession(database.db, token, config.sessionTtlMinutes);
    if (!session) return;
    req.principal = session.principal;
    req.sessionExpiresAt = session.expiresAt;
    if (session.renewed) setSessionCookie(reply, token, session.expiresAt, config.secureCookies);
  });

  // Routes write `preHandler: app.requireRole(...)`, but Fastify validates the body and query before
  // preHandler: an anonymous caller would get 400 and learn the schema instead of 401. Role checks
  // therefore move to onRequest (after the principal is resolved, before parsing and validation).
  app.addHook('onRoute', (route) => {
    const pre = route.preHandler;
    const list = pre === undefined ? [] : Array.isArray(pre) ? pre : [pre];
    const checks = list.filter((h) => (h as RoleCheck)[ROLE_CHECK]);
    if (checks.length === 0) return;
    route.preHandler = list.filter((h) => !(h as RoleCheck)[ROLE_CHECK]) as typeof route.preHandler;
    const onRequest =
      route.onRequest === undefined
        ? []
        : Array.isArray(route.onRequest)
          ? route.onRequest
          : [route.onRequest];
    route.onRequest = [...checks, ...onRequest] as typeof route.onRequest;
  });

  app.decorate('requireRole', (...roles: Role[]) => {
    const check: RoleCheck = async (req: FastifyRequest) => {
      const principal = req.principal;
      if (!principal) {
        await appendAudit(
          database.db,
          { userId: null, username: null },
          { action: 'denied', entity: 'route', detail: { route: req.routeOptions.url, status: 401 } },
        );
        throw unauthenticated();
      }
      if (roles.length > 0 && !roles.some((r) => principal.roles.includes(r))) {
        await appendAudit(
          database.db,
          { userId: principal.userId, username: principal.username },
          {
            action: 'denied',
            entity: 'route',
            detail: { route: req.routeOptions.url, method: req.method, status: 403 },
          },
        );
        throw forbidden();
      }
      req.ctx = createRequestContext(principal, database.db, sealer);
    };
    check[ROLE_CHECK] = true;
    return check;
  });
});
