import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { REPORT_CARD_FIELDS, type ReportCard } from '@orca/contract';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../http/errors';
import { createReport, REPORTING_ROLES } from '../registry/reports';
import { type BundleReading, readBundle } from './bundle-intake';
import { jsonDepthExceeds, MAX_JSON_DEPTH } from './json-limits';
import { FhirError, issueTypeOf, type OutcomeIssue, operationOutcome } from './operation-outcome';
import { patientEverything } from './patient-everything';

/** The FHIR media type (R4 §3.1.0.1.5); plain application/json is accepted too. */
export const FHIR_JSON = 'application/fhir+json';
/** A bundle is one patient's report: 1 MiB is far above any real one. */
export const FHIR_BODY_LIMIT = 1024 * 1024;

const PERSON_LEVEL_ROLES = [
  'administrator',
  'provincial_analyst',
  'registry_staff',
  'hospital_reporter',
  'qc_staff',
] as const;

// card field (camelCase) by data-contract column: findings name columns, FHIR paths need fields.
const FIELD_OF_COLUMN = new Map<string, keyof ReportCard>(
  Object.entries(REPORT_CARD_FIELDS).map(([field, column]) => [column, field as keyof ReportCard]),
);

function expressionOf(field: string | undefined, reading: BundleReading): string[] | undefined {
  if (!field) return undefined;
  const key = FIELD_OF_COLUMN.get(field) ?? (field as keyof ReportCard);
  const path = reading.paths[key];
  return path ? [path] : undefined;
}

function send(reply: FastifyReply, status: number, body: unknown) {
  return reply.code(status).type(FHIR_JSON).send(body);
}

/** Every failure inside /api/fhir as an OperationOutcome, with the HTTP status of the ORCA error. */
function fhirErrorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (err instanceof FhirError) return send(reply, err.status, operationOutcome(err.issues));
  if (err instanceof AppError) {
    const issues: OutcomeIssue[] =
      err.details.length > 0
        ? err.details.map((d) => ({
            severity: 'error',
            code: issueTypeOf(err.code),
            diagnostics: d.field ? `${d.field}: ${d.reason}` : d.reason,
          }))
        : [{ severity: 'error', code: issueTypeOf(err.code), diagnostics: err.message }];
    return send(reply, err.status, operationOutcome(issues));
  }
  if (err.validation) {
    return send(
      reply,
      400,
      operationOutcome([{ severity: 'error', code: 'invalid', diagnostics: err.message }]),
    );
  }
  if (err.statusCode === 413 || err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return send(
      reply,
      413,
      operationOutcome([
        { severity: 'error', code: 'too-costly', diagnostics: `The body exceeds ${FHIR_BODY_LIMIT} bytes` },
      ]),
    );
  }
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return send(
      reply,
      err.statusCode,
      operationOutcome([{ severity: 'error', code: 'structure', diagnostics: err.message }]),
    );
  }
  req.log.error({ err }, 'unhandled FHIR error');
  return send(
    reply,
    500,
    operationOutcome([{ severity: 'fatal', code: 'exception', diagnostics: 'Internal error' }]),
  );
}

function parseFhirJson(
  _req: FastifyRequest,
  body: string,
  done: (err: Error | null, value?: unknown) => void,
) {
  if (jsonDepthExceeds(body)) {
    done(
      new FhirError(400, [
        {
          severity: 'error',
          code: 'too-costly',
          diagnostics: `The JSON nests deeper than ${MAX_JSON_DEPTH} levels`,
        },
      ]),
    );
    return;
  }
  try {
    done(null, JSON.parse(body));
  } catch {
    done(
      new FhirError(400, [
        { severity: 'error', code: 'structure', diagnostics: 'The body is not valid JSON' },
      ]),
    );
  }
}

/**
 * FHIR R4 interface for hospital systems (issue #3 part 3), under `/api/fhir` so that it shares the
 * API's authentication (`Authorization: Bearer orca_…` API tokens, or a session), rate limits and
 * reverse-proxy rules; its errors are OperationOutcomes, not the ORCA error shape.
 *
 * - `POST /api/fhir/Bundle`: an R4 transaction bundle (Patient, primary cancer Condition, stage-group
 *   Observation) becomes a *submitted* report card of the token owner's institution, checked by the
 *   @orca/checks rule set; 201 with a transaction-response bundle, or an OperationOutcome.
 * - `GET /api/fhir/Patient/:id/$everything?purpose=`: one registry person as a searchset bundle.
 */
export const fhirRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // This plugin is encapsulated (no fastify-plugin): the parser and error handler apply to /fhir only.
  app.removeContentTypeParser(['application/json']);
  app.addContentTypeParser(['application/json', FHIR_JSON], { parseAs: 'string' }, parseFhirJson);
  app.setErrorHandler(fhirErrorHandler);

  app.post(
    '/fhir/Bundle',
    {
      bodyLimit: FHIR_BODY_LIMIT,
      schema: { tags: ['fhir'], body: Type.Unknown() },
      preHandler: app.requireRole(...REPORTING_ROLES),
    },
    async (req, reply) => {
      const reading = readBundle(req.body);
      if (!reading.card) throw new FhirError(400, reading.issues);
      let view: Awaited<ReturnType<typeof createReport>>;
      try {
        view = await createReport(req.ctx, reading.card, { submit: true });
      } catch (err) {
        if (err instanceof AppError && err.code === 'validation_failed') {
          // The rule set's findings, each pointed at the bundle element it came from.
          throw new FhirError(
            422,
            err.details.map((d) => ({
              severity: 'error',
              code: 'business-rule',
              diagnostics: d.field ? `${d.field}: ${d.reason}` : d.reason,
              ...(expressionOf(d.field, reading) ? { expression: expressionOf(d.field, reading) } : {}),
            })),
          );
        }
        throw err;
      }
      const warnings: OutcomeIssue[] = view.findings.map((f) => ({
        severity: 'warning',
        code: 'business-rule',
        diagnostics: `${f.ruleId}: ${f.message.zh} / ${f.message.en}`,
        ...(expressionOf(f.field, reading) ? { expression: expressionOf(f.field, reading) } : {}),
      }));
      return send(reply, 201, {
        resourceType: 'Bundle',
        type: 'transaction-response',
        entry: [
          {
            response: {
              status: '201 Created',
              location: `api/registry/reports/${view.id}`,
              outcome: operationOutcome([
                {
                  severity: 'information',
                  code: 'informational',
                  diagnostics: `Report card ${view.card.sourceId ?? view.id} submitted (${view.status})`,
                },
                ...warnings,
              ]),
            },
          },
        ],
      });
    },
  );

  app.get(
    '/fhir/Patient/:id/$everything',
    {
      schema: {
        tags: ['fhir'],
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        querystring: Type.Object({ purpose: Type.Optional(Type.String({ maxLength: 200 })) }),
      },
      preHandler: app.requireRole(...PERSON_LEVEL_ROLES),
    },
    async (req, reply) => {
      const base = `${req.protocol}://${req.host}/api/fhir`;
      return send(
        reply,
        200,
        await patientEverything(req.ctx, req.params.id, req.query.purpose ?? null, base),
      );
    },
  );
};
