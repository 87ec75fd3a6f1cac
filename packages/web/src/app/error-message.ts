import { ERROR_CODES, type ErrorCode } from '@orca/contract';
import { ApiError } from './api-client';

/** Translation keys for errors: one per contract error code, plus network and unknown failures. */
export type ErrorMessageKey = `errors.${ErrorCode | 'network' | 'unknown'}`;

const KNOWN = new Set<string>(ERROR_CODES);

/**
 * The translation key for any thrown value: the contract's stable code when the server sent one, so the
 * UI never shows the server's English message or a stack trace.
 *
 * @param error - whatever a query or mutation threw.
 * @returns e.g. `errors.not_found`; `errors.network` if the server was unreachable; else `errors.unknown`.
 */
export function errorMessageKey(error: unknown): ErrorMessageKey {
  if (error instanceof ApiError) {
    if (error.code === 'network') return 'errors.network';
    if (KNOWN.has(error.code)) return `errors.${error.code as ErrorCode}`;
  }
  return 'errors.unknown';
}
