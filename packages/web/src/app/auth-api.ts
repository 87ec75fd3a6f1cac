import type { LoginRequest, SessionUser } from '@orca/contract';
import { ApiError, apiRequest } from './api-client';

/**
 * Who is signed in: `GET /api/auth/me`.
 *
 * @param signal - aborts the request when the query is cancelled.
 * @returns the session user, or null when there is no (or an expired) session.
 */
export async function fetchSessionUser(signal?: AbortSignal): Promise<SessionUser | null> {
  try {
    return await apiRequest<SessionUser>('/auth/me', { signal, sessionProbe: true });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/**
 * Signs in: `POST /api/auth/login`; the server sets the HttpOnly session cookie.
 *
 * @param credentials - username and password.
 * @returns the session user.
 * @throws ApiError `unauthenticated` (401) on bad credentials, `rate_limited` (429) after too many tries.
 */
export function login(credentials: LoginRequest): Promise<SessionUser> {
  return apiRequest<SessionUser>('/auth/login', { method: 'POST', body: credentials, sessionProbe: true });
}

/** Signs out: `POST /api/auth/logout` (204); the server drops the session. */
export function logout(): Promise<void> {
  return apiRequest<void>('/auth/logout', { method: 'POST', sessionProbe: true });
}
