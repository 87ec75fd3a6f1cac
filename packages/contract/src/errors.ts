import { type Static, Type } from 'typebox';

/** Stable error codes of the API: clients translate these, never the message. */
export const ERROR_CODES = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'import_rejected',
  'payload_too_large',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with the input: which row (1-based, files only), which field, and why. */
export const Issue = Type.Object({
  row: Type.Optional(Type.Integer()),
  field: Type.Optional(Type.String()),
  reason: Type.String(),
});
export type Issue = Static<typeof Issue>;

/** The one error shape of every route: `{ "error": { "code", "message", "details" } }`. */
export const ErrorBody = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    details: Type.Array(Issue),
  }),
});
export type ErrorBody = Static<typeof ErrorBody>;
