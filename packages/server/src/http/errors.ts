import type { ErrorBody, ErrorCode, Issue } from '@orca/contract';

/** An expected failure with a stable code; the one error handler turns it into the one error shape. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    message: string,
    readonly details: Issue[] = [],
  ) {
    super(message);
  }
}

export const notFound = (entity: string, id: string) =>
  new AppError('not_found', 404, `${entity} ${id} not found`);
export const unauthenticated = (message = 'Not signed in or the session has expired') =>
  new AppError('unauthenticated', 401, message);
export const forbidden = (message = 'Your role does not allow this') =>
  new AppError('forbidden', 403, message);
export const badRequest = (message: string, details: Issue[] = []) =>
  new AppError('validation_failed', 400, message, details);
export const conflict = (message: string) => new AppError('conflict', 409, message);

export function errorBody(code: string, message: string, details: Issue[] = []): ErrorBody {
  return { error: { code, message, details } };
}
