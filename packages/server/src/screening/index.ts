/**
 * Screening and early detection (issue #7, domain guide §3): programmes as configuration, enrolment
 * with identity verification and grids, risk questionnaires, invitations, the examination workflow
 * with referral and follow-up tasks, indicators linked to the registry, and the public self-assessment.
 */
import type { FastifyPluginAsync } from 'fastify';
import { screeningImportRoutes } from './import.routes';
import { syncProgrammes } from './programme-sync';
import { screeningPublicRoutes } from './public.routes';
import { type ScreeningRouteOptions, screeningRoutes } from './screening.routes';

export {
  defaultScreeningCounties,
  type ScreeningDemoOptions,
  type ScreeningDemoReport,
  seedScreeningDemo,
} from './demo-seed';
export { computeIndicators, stageGroup } from './indicators';
export {
  type MessageChannel,
  type OutgoingMessage,
  outboxChannel,
  recordingChannel,
  sendInvitations,
} from './messaging';
export { syncProgrammes } from './programme-sync';
export { PROGRAMMES, RESULT_CATEGORIES } from './programmes';
export { QUESTIONNAIRES, scoreQuestionnaire, URBAN_QUESTIONNAIRE } from './questionnaires';
export { SCREENING_READ_ROLES, SCREENING_WRITE_ROLES, type ScreeningRouteOptions } from './screening.routes';

/**
 * The screening domain as one plugin for app.ts: mirrors the programme configuration into
 * screening_programmes, then registers the staff routes and the public (no-login) routes.
 */
export const screeningDomain: FastifyPluginAsync<ScreeningRouteOptions> = async (app, options) => {
  await syncProgrammes(app.services.database.db);
  await app.register(screeningRoutes, options);
  await app.register(screeningImportRoutes);
  await app.register(screeningPublicRoutes);
};
