import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { drugRoutes } from './drugs.routes';
import { indicatorRoutes } from './indicators.routes';
import { inspectionRoutes } from './inspections.routes';
import { qualityRecordRoutes } from './quality.routes';

/** The hospital quality-control domain (诊疗质控, issue #8), registered under /api by app.ts. */
export const qcRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(qualityRecordRoutes);
  await app.register(indicatorRoutes);
  await app.register(drugRoutes);
  await app.register(inspectionRoutes);
};

export { type QualityDemoReport, seedQualityDemo } from './demo-seed';
export { DEFAULT_PRESCRIBING_AUTHORITY, DRUG_CATALOGUE } from './drug-catalogue';
export { type IntakeRow, intakeRecords } from './intake.service';
