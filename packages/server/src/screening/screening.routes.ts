import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AssessmentRequest,
  AssessmentView,
  CompleteTaskRequest,
  CreateGrid,
  DrillQuery,
  EnrolRequest,
  ExamRequest,
  ExamView,
  Grid,
  IdParams,
  IndicatorsQuery,
  IndicatorsView,
  InvitationRun,
  Page,
  ParticipantDetail,
  ParticipantListItem,
  ParticipantListQuery,
  ProgrammeList,
  PurposeQuery,
  TaskListQuery,
  TaskView,
} from '@orca/contract';
import { Type } from 'typebox';
import { chinaToday } from './dates';
import { createGrid, enrol, getParticipant, listGrids, listParticipants, optOut } from './enrolment.service';
import { drillIndicator, screeningIndicators } from './indicators.service';
import { type MessageChannel, outboxChannel, sendInvitations } from './messaging';
import { PROGRAMMES, RESULT_CATEGORIES } from './programmes';
import { completeTask, listExams, listTasks, recordExam, submitAssessment } from './workflow.service';

/** Roles that see screening participants (person-level): their region subtree (scope.ts). */
export const SCREENING_READ_ROLES = ['screening_staff', 'administrator', 'provincial_analyst'] as const;
/** Roles that enrol, examine and follow up. */
export const SCREENING_WRITE_ROLES = ['screening_staff', 'administrator'] as const;

export interface ScreeningRouteOptions {
  /** Where invitations and reminders go; the default keeps them in the outbox table. */
  channel?: MessageChannel;
}

export const screeningRoutes: FastifyPluginAsyncTypebox<ScreeningRouteOptions> = async (app, options) => {
  const channel = options.channel ?? outboxChannel;
  const tags = ['screening'];

  app.get(
    '/screening/programmes',
    { schema: { tags, response: { 200: ProgrammeList } }, preHandler: app.requireRole() },
    async () => ({ programmes: PROGRAMMES, resultCategories: RESULT_CATEGORIES }),
  );

  app.get(
    '/screening/grids',
    {
      schema: { tags, response: { 200: Type.Array(Grid) } },
      preHandler: app.requireRole(...SCREENING_READ_ROLES),
    },
    (req) => listGrids(req.ctx),
  );
  app.post(
    '/screening/grids',
    {
      schema: { tags, body: CreateGrid, response: { 201: Grid } },
      preHandler: app.requireRole(...SCREENING_WRITE_ROLES),
    },
    async (req, reply) => reply.code(201).send(await createGrid(req.ctx, req.body)),
  );

  app.get(
    '/screening/participants',
    {
      schema: { tags, querystring: ParticipantListQuery, response: { 200: Page(ParticipantListItem) } },
      preHandler: app.requireRole(...SCREENING_READ_ROLES),
    },
    (req) => listParticipants(req.ctx, req.query, chinaToday()),
  );
  app.post(
    '/screening/participants',
    {
      schema: { tags, body: EnrolRequest, response: { 201: ParticipantDetail } },
      preHandler: app.requireRole(...SCREENING_WRITE_ROLES),
    },
    async (req, reply) => reply.code(201).send(await enrol(req.ctx, req.body)),
  );
  app.get(
    '/screening/participants/:id',
    {
      schema: { tags, params: IdParams, querystring: PurposeQuery, response: { 200: ParticipantDetail } },
      preHandler: app.requireRole(...SCREENING_READ_ROLES),
    },
    (req) => getParticipant(req.ctx, req.params.id, req.query.purpose ?? null),
  );
  app.post(
    '/screening/participants/:id/opt-out',
    {
      schema: {
        tags,
        params: IdParams,
        body: Type.Object({ on: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }) }),
        response: { 200: ParticipantDetail },
      },
      preHandler: app.requireRole(...SCREENING_WRITE_ROLES),
    },
    (req) => optOut(req.ctx, req.params.id, req.body.on),
  );
  app.post(
    '/screening/participants/:id/assessments',
    {
      schema: { tags, params: IdParams, body: AssessmentRequest, response: { 201: AssessmentView } },
      preHandler: app.requireRole(...SCREENING_WRITE_ROLES),
    },
    async (req, reply) => reply.code(201).send(await submitAssessment(req.ctx, req.params.id, req.body)),
  );
  app.get(
    '/screening/participants/:id/exams',
    {
      schema: { tags, params: IdParams, response: { 200: Type.Array(ExamView) } },
      preHandler: app.requireRole(...SCREENING_READ_ROLES),
    },
    (req) => listExams(req.ctx, req.params.id, chinaToday()),
  );

  app.post(
    '/screening/exams',
    {
      schema: { tags, body: ExamRequest, response: { 201: ExamView } },
      preHandler: app.requireRole(...SCREENING_WRITE_ROLES),
    },
    async (req, reply) => reply.code(201).send(await recordExam(req.ctx, req.body, chinaToday())),
  );

  app.get(
    '/screening/tasks',
    {
      schema: { tags, querystring: TaskListQuery, response: { 200: Page(TaskView) } },
      preHandler: app.requireRole(...SCREENING_READ_ROLES),
    },
    (req) => listTasks(req.ctx, req.query, chinaToday()),
  );
  app.post(
    '/screening/tasks/:id/complete',
    {
      schema: { tags, params: IdParams, body: CompleteTaskRequest, response: { 200: TaskView } },
      preHandler: app.requireRole(...SCREENING_WRITE_ROLES),
    },
    (req) => completeTask(req.ctx, req.params.id, req.body, chinaToday()),
  );

  app.post(
    '/screening/invitations/run',
    {
      schema: {
        tags,
        body: Type.Object({ programmeCode: Type.Optional(Type.String()) }),
        response: { 200: InvitationRun },
      },
      preHandler: app.requireRole(...SCREENING_WRITE_ROLES),
    },
    (req) => sendInvitations(req.ctx, channel, chinaToday(), req.body.programmeCode),
  );

  app.get(
    '/screening/indicators',
    {
      schema: { tags, querystring: IndicatorsQuery, response: { 200: IndicatorsView } },
      preHandler: app.requireRole(...SCREENING_READ_ROLES, 'official'),
    },
    (req) => screeningIndicators(req.ctx, req.query),
  );
  app.get(
    '/screening/indicators/drill',
    {
      schema: { tags, querystring: DrillQuery, response: { 200: Type.Array(ParticipantListItem) } },
      preHandler: app.requireRole(...SCREENING_READ_ROLES),
    },
    (req) => drillIndicator(req.ctx, req.query, chinaToday()),
  );
};
