import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  DeathLinkageResult,
  FollowUpContactRequest,
  FollowUpContactResult,
  FollowUpHistory,
  FollowUpTaskItem,
  FollowUpTaskQuery,
  GenerateTasksRequest,
  GenerateTasksResult,
  IdParams,
  Page,
  PurposeQuery,
  UpdateTaskRequest,
} from '@orca/contract';
import { Type } from 'typebox';
import {
  applyDeathLinkage,
  CONTACT_ROLES,
  FOLLOW_UP_ROLES,
  generateTasks,
  listTasks,
  personHistory,
  recordContact,
  todayUtc,
  updateTask,
} from './follow-up.service';

const TaskUpdated = Type.Object({
  id: Type.String(),
  status: Type.String(),
  reason: Type.Union([Type.String(), Type.Null()]),
});

/** Follow-up (随访): task lists, contacts, passive follow-up by death linkage (issue #3 part 7). */
export const followUpRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/registry/follow-up/tasks',
    {
      schema: {
        tags: ['follow-up'],
        querystring: FollowUpTaskQuery,
        response: { 200: Page(FollowUpTaskItem) },
      },
      preHandler: app.requireRole(...FOLLOW_UP_ROLES),
    },
    (req) => listTasks(req.ctx, req.query, todayUtc()),
  );

  app.post(
    '/registry/follow-up/tasks/generate',
    {
      schema: { tags: ['follow-up'], body: GenerateTasksRequest, response: { 200: GenerateTasksResult } },
      preHandler: app.requireRole(...FOLLOW_UP_ROLES),
    },
    (req) => generateTasks(req.ctx, req.body ?? {}, todayUtc()),
  );

  app.patch(
    '/registry/follow-up/tasks/:id',
    {
      schema: {
        tags: ['follow-up'],
        params: IdParams,
        body: UpdateTaskRequest,
        response: { 200: TaskUpdated },
      },
      preHandler: app.requireRole(...FOLLOW_UP_ROLES),
    },
    (req) => updateTask(req.ctx, req.params.id, req.body),
  );

  app.post(
    '/registry/follow-up/contacts',
    {
      schema: { tags: ['follow-up'], body: FollowUpContactRequest, response: { 200: FollowUpContactResult } },
      preHandler: app.requireRole(...CONTACT_ROLES),
    },
    (req) => recordContact(req.ctx, req.body, todayUtc()),
  );

  app.get(
    '/registry/follow-up/persons/:id',
    {
      schema: {
        tags: ['follow-up'],
        params: IdParams,
        querystring: PurposeQuery,
        response: { 200: FollowUpHistory },
      },
      preHandler: app.requireRole(...CONTACT_ROLES),
    },
    (req) => personHistory(req.ctx, req.params.id, req.query.purpose ?? null),
  );

  app.post(
    '/registry/follow-up/death-linkage',
    {
      schema: { tags: ['follow-up'], response: { 200: DeathLinkageResult } },
      preHandler: app.requireRole(...FOLLOW_UP_ROLES),
    },
    (req) => applyDeathLinkage(req.ctx),
  );
};
