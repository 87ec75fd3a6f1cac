import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { residentIdProblem } from '@orca/codes';
import { EnrolmentRequestBody, Questionnaire, RiskResult, SelfAssessmentRequest } from '@orca/contract';
import { and, eq } from 'drizzle-orm';
import { Type } from 'typebox';
import { appendAudit } from '../audit/audit.service';
import { badRequest } from '../http/errors';
import { regions } from '../institutions/institutions.tables';
import { chinaToday } from './dates';
import { scoreQuestionnaire, URBAN_QUESTIONNAIRE } from './questionnaires';
import { screeningEnrolmentRequests } from './screening.tables';

// Public routes answer anyone: rate-limited so that nobody scripts them (the login route's pattern).
const rateLimit = { max: 30, timeWindow: '1 minute' };

/**
 * The resident self-assessment (domain guide §3.2: the national app's online self risk assessment):
 * no login; the answers are scored and NOT stored; identified data is stored only when the resident
 * asks to enrol, with consent.
 */
export const screeningPublicRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['screening-public'];
  app.get(
    '/public/screening/questionnaire',
    { schema: { tags, security: [], response: { 200: Questionnaire } }, config: { rateLimit } },
    async () => URBAN_QUESTIONNAIRE,
  );

  app.post(
    '/public/screening/self-assessment',
    {
      schema: { tags, security: [], body: SelfAssessmentRequest, response: { 200: RiskResult } },
      config: { rateLimit },
    },
    async (req) => scoreQuestionnaire(URBAN_QUESTIONNAIRE, req.body.answers, req.body),
  );

  app.post(
    '/public/screening/enrolment-requests',
    {
      schema: {
        tags,
        security: [],
        body: EnrolmentRequestBody,
        response: { 201: Type.Object({ received: Type.Boolean() }) },
      },
      config: { rateLimit },
    },
    async (req, reply) => {
      const { database, sealer } = app.services;
      const body = req.body;
      const problem = residentIdProblem(body.idNumber, chinaToday());
      if (problem)
        throw badRequest(`Invalid resident ID: ${problem}`, [{ field: 'idNumber', reason: problem }]);
      const [county] = await database.db
        .select({ code: regions.code })
        .from(regions)
        .where(and(eq(regions.code, body.regionCode), eq(regions.level, 'county')));
      if (!county) throw badRequest('Unknown county', [{ field: 'regionCode', reason: 'unknown' }]);
      const [row] = await database.db
        .insert(screeningEnrolmentRequests)
        .values({
          regionCode: body.regionCode,
          nameSealed: sealer.seal(body.name.trim()),
          idNumberSealed: sealer.seal(body.idNumber.trim().toUpperCase()),
          idNumberIndex: sealer.idNumberIndex(body.idNumber),
          phoneSealed: sealer.seal(body.phone),
          answers: body.answers ?? null,
        })
        .returning({ id: screeningEnrolmentRequests.id });
      await appendAudit(
        database.db,
        { userId: null, username: null },
        {
          action: 'create',
          entity: 'screening_enrolment_request',
          entityId: row!.id,
          detail: { consent: true },
        },
      );
      return reply.code(201).send({ received: true });
    },
  );
};
