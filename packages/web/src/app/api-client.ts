import type { ErrorBody, Issue } from '@orca/contract';

/**
 * An API call that failed, with the server's stable error code (contract `ERROR_CODES`) so the UI can
 * translate it; the server's English `message` is kept for logs only, never shown as is.
 */
export class ApiError extends Error {
  /**
   * @param status - HTTP status, or 0 when the server could not be reached.
   * @param code - the stable error code (`unauthenticated`, `not_found`, …), or `network`.
   * @param message - the server's message, for the console.
   * @param details - per-row/field issues of a `validation_failed` or `import_rejected`.
   */
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly Issue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Query-string values; `undefined`, `null` and `''` are left out so filters can be passed as they are. */
export type QueryParams = Record<string, string | number | boolean | null | undefined>;

/** One API call: everything but the path. */
export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
  /**
   * The call itself asks "who am I" or logs in, so a 401 is an expected answer there (no session yet,
   * wrong password), not an expired session: the expiry handler is not told.
   */
  sessionProbe?: boolean;
}

/** The fetch function the client uses; injectable so tests run in node without a server. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Every API route lives under this prefix (server and Vite dev proxy). */
export const API_PREFIX = '/api';

let unauthenticatedHandler: ((error: ApiError) => void) | null = null;

/**
 * Registers the one handler told when any call answers 401 outside a session probe: the session has
 * expired (or was revoked) while the user was working.
 *
 * @param handler - usually: clear the session, show "登录已过期，请重新登录", go to the login page.
 * @returns a function that unregisters the handler.
 */
export function onUnauthenticated(handler: (error: ApiError) => void): () => void {
  unauthenticatedHandler = handler;
  return () => {
    if (unauthenticatedHandler === handler) unauthenticatedHandler = null;
  };
}

/**
 * The URL of an API path with its query string.
 *
 * @param path - path below `/api`, starting with `/`.
 * @param query - parameters; empty ones are dropped.
 * @returns e.g. `/api/registry/tumours?page=2&year=2020`.
 */
export function apiUrl(path: string, query?: QueryParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  const search = params.toString();
  return `${API_PREFIX}${path}${search ? `?${search}` : ''}`;
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return (
    typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
  );
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // A proxy's HTML error page or an empty body: fall back to the status below.
  }
  if (isErrorBody(body)) {
    return new ApiError(response.status, body.error.code, body.error.message, body.error.details ?? []);
  }
  // Without the one error shape (e.g. a gateway error) the status is all we know.
  const code =
    response.status === 401 ? 'unauthenticated' : response.status === 403 ? 'forbidden' : 'internal';
  return new ApiError(response.status, code, `HTTP ${response.status}`);
}

/**
 * Calls the ORCA API with the session cookie and returns the parsed JSON body.
 *
 * @param path - path below `/api`, e.g. `/registry/tumours`.
 * @param request - method, query, JSON body, abort signal.
 * @param fetchImpl - the fetch to use (tests pass a fake).
 * @returns the response body typed as `T` (the contract type of the route); `undefined` for 204.
 * @throws ApiError with the server's code, or code `network` when the server could not be reached.
 */
export async function apiRequest<T>(
  path: string,
  request: ApiRequest = {},
  fetchImpl: FetchLike = (input, init) => fetch(input, init),
): Promise<T> {
  const { method = 'GET', query, body, signal, sessionProbe = false } = request;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetchImpl(apiUrl(path, query), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin', // the HttpOnly session cookie; the API is same-origin by design
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : 'network error');
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (error.status === 401 && !sessionProbe) unauthenticatedHandler?.(error);
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
