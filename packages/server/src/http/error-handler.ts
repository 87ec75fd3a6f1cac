import type { Issue } from '@orca/contract';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, errorBody } from './errors';

interface AjvIssue {
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
}

function fromAjv(validation: readonly AjvIssue[], context: string | undefined): Issue[] {
  return validation.map((v) => {
    const missing = typeof v.params?.missingProperty === 'string' ? `/${v.params.missingProperty}` : '';
    const field = `${context ?? ''}${v.instancePath ?? ''}${missing}`.replace(/^\//, '').replaceAll('/', '.');
    return { field: field || (context ?? 'body'), reason: v.message ?? 'invalid' };
  });
}

/** The one error handler: stable codes for expected errors, nothing internal for the rest. */
export function handleError(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (err instanceof AppError) {
    return reply.code(err.status).send(errorBody(err.code, err.message, err.details));
  }
  if (err.validation) {
    const details = fromAjv(err.validation as AjvIssue[], err.validationContext);
    return reply.code(400).send(errorBody('validation_failed', 'The request is not valid', details));
  }
  if (err.statusCode === 429) {
    return reply.code(429).send(errorBody('rate_limited', 'Too many requests; try again later'));
  }
  if (err.statusCode === 413 || err.code === 'FST_REQ_FILE_TOO_LARGE') {
    return reply.code(413).send(errorBody('payload_too_large', 'The upload is too large'));
  }
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    // Fastify's own client errors (bad JSON, wrong content type): the message names no internals.
    return reply.code(err.statusCode).send(errorBody('validation_failed', err.message));
  }
  req.log.error({ err }, 'unhandled error');
  return reply.code(500).send(errorBody('internal', 'Internal error'));
}
