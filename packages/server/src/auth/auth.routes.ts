import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateTokenRequest,
  CreateUserRequest,
  ErrorBody,
  LoginRequest,
  SessionUser,
  TokenCreated,
  UserView,
} from '@orca/contract';
import { desc } from 'drizzle-orm';
import { Type } from 'typebox';
import { appendAudit } from '../audit/audit.service';
import { badRequest, notFound, unauthenticated } from '../http/errors';
import { SESSION_COOKIE, setSessionCookie } from './auth.plugin';
import { createApiToken, createUser, login, logout, revokeApiToken, sessionUser } from './auth.service';
import { users } from './auth.tables';
import { passwordProblem } from './password';

export const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database, config } = app.services;

  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['auth'],
        body: LoginRequest,
        response: { 200: SessionUser, 401: ErrorBody, 429: ErrorBody },
      },
      // An attacker could guess passwords at line speed if this were not limited per address.
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const result = await login(database.db, req.body.username, req.body.password, config.sessionTtlMinutes);
      setSessionCookie(reply, result.token, result.expiresAt, config.secureCookies);
      return sessionUser(database.db, result.principal, result.expiresAt);
    },
  );

  app.post('/auth/logout', { schema: { tags: ['auth'] } }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await logout(database.db, token);
    if (req.principal) {
      await appendAudit(
        database.db,
        { userId: req.principal.userId, username: req.principal.username },
        { action: 'logout', entity: 'session' },
      );
    }
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send();
  });

  app.get(
    '/auth/me',
    { schema: { tags: ['auth'], response: { 200: SessionUser, 401: ErrorBody } } },
    async (req) => {
      if (!req.principal) throw unauthenticated();
      const expiresAt = req.sessionExpiresAt ?? new Date(Date.now() + config.sessionTtlMinutes * 60_000);
      return sessionUser(database.db, req.principal, expiresAt);
    },
  );

  app.post(
    '/auth/tokens',
    {
      schema: { tags: ['auth'], body: CreateTokenRequest, response: { 200: TokenCreated } },
      preHandler: app.requireRole(),
    },
    async (req) => {
      const created = await createApiToken(
        database.db,
        req.ctx.principal.userId,
        req.body.name,
        req.body.expiresInDays ?? 365,
      );
      await req.ctx.audit({
        action: 'create',
        entity: 'api_token',
        entityId: created.id,
        detail: { name: created.name },
      });
      return created;
    },
  );

  app.delete(
    '/auth/tokens/:id',
    {
      schema: { tags: ['auth'], params: Type.Object({ id: Type.String({ format: 'uuid' }) }) },
      preHandler: app.requireRole(),
    },
    async (req, reply) => {
      if (!(await revokeApiToken(database.db, req.ctx.principal.userId, req.params.id)))
        throw notFound('api token', req.params.id);
      await req.ctx.audit({ action: 'delete', entity: 'api_token', entityId: req.params.id });
      return reply.code(204).send();
    },
  );

  app.get(
    '/users',
    {
      schema: { tags: ['auth'], response: { 200: Type.Array(UserView) } },
      preHandler: app.requireRole('administrator'),
    },
    async (req) => {
      const rows = await database.db.select().from(users).orderBy(desc(users.createdAt));
      await req.ctx.audit({ action: 'read', entity: 'user', detail: { count: rows.length } });
      return rows.map((u) => ({
        id: u.id,
        username: u.username,
        displayName: u.displayName,
        roles: u.roles as UserView['roles'],
        regionCode: u.regionCode,
        institutionId: u.institutionId,
        disabled: u.disabled,
      }));
    },
  );

  app.post(
    '/users',
    {
      schema: {
        tags: ['auth'],
        body: CreateUserRequest,
        response: { 201: Type.Object({ id: Type.String() }) },
      },
      preHandler: app.requireRole('administrator'),
    },
    async (req, reply) => {
      const weak = passwordProblem(req.body.password);
      if (weak) throw badRequest('The password is too weak', [{ field: 'password', reason: weak }]);
      const id = await createUser(database.db, req.body);
      await req.ctx.audit({
        action: 'create',
        entity: 'user',
        entityId: id,
        detail: { username: req.body.username, roles: req.body.roles },
      });
      return reply.code(201).send({ id });
    },
  );
};
