import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, apiRequest, apiUrl, type FetchLike, onUnauthenticated } from './api-client';
import { errorMessageKey } from './error-message';

interface Call {
  input: string;
  init: RequestInit;
}

function fakeFetch(response: () => Response): { fetch: FetchLike; calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    fetch: async (input, init) => {
      calls.push({ input, init });
      return response();
    },
  };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('apiUrl', () => {
  it('prefixes /api and drops empty filter values', () => {
    expect(apiUrl('/registry/tumours', { page: 2, year: 2020, sex: undefined, icd10: '', name: null })).toBe(
      '/api/registry/tumours?page=2&year=2020',
    );
  });

  it('encodes Chinese names and leaves a path without query untouched', () => {
    expect(apiUrl('/registry/tumours', { name: '张三' })).toBe(
      '/api/registry/tumours?name=%E5%BC%A0%E4%B8%89',
    );
    expect(apiUrl('/auth/me')).toBe('/api/auth/me');
  });
});

describe('apiRequest', () => {
  let unregister: (() => void) | null = null;
  afterEach(() => unregister?.());

  it('sends JSON with the session cookie and returns the parsed body', async () => {
    const { fetch, calls } = fakeFetch(() => json(200, { ok: 1 }));
    const body = await apiRequest<{ ok: number }>(
      '/auth/login',
      { method: 'POST', body: { username: 'admin' } },
      fetch,
    );
    expect(body).toEqual({ ok: 1 });
    expect(calls[0]?.input).toBe('/api/auth/login');
    expect(calls[0]?.init.method).toBe('POST');
    const init = calls[0]?.init ?? {};
    expect(init.credentials).toBe('same-origin');
    expect(init.body).toBe('{"username":"admin"}');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('returns undefined for 204 No Content', async () => {
    const { fetch } = fakeFetch(() => new Response(null, { status: 204 }));
    await expect(apiRequest('/auth/logout', { method: 'POST' }, fetch)).resolves.toBeUndefined();
  });

  it('throws an ApiError carrying the code and details of the one error shape', async () => {
    const details = [{ field: 'year', reason: 'must be an integer' }];
    const { fetch } = fakeFetch(() =>
      json(400, { error: { code: 'validation_failed', message: 'bad', details } }),
    );
    const error = await apiRequest('/registry/tumours', {}, fetch).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation_failed', details });
    expect(errorMessageKey(error)).toBe('errors.validation_failed');
  });

  it('maps a body without the error shape to a code from the status', async () => {
    const { fetch } = fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    const error = await apiRequest('/registry/summary', {}, fetch).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, code: 'internal' });
  });

  it('reports an unreachable server as a network error', async () => {
    const fetch: FetchLike = async () => {
      throw new TypeError('Failed to fetch');
    };
    const error = await apiRequest('/auth/me', {}, fetch).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: 'network' });
    expect(errorMessageKey(error)).toBe('errors.network');
  });

  it('tells the expiry handler about a 401 on an ordinary call', async () => {
    const seen: ApiError[] = [];
    unregister = onUnauthenticated((e) => seen.push(e));
    const { fetch } = fakeFetch(() =>
      json(401, { error: { code: 'unauthenticated', message: 'x', details: [] } }),
    );
    await expect(apiRequest('/registry/tumours', {}, fetch)).rejects.toBeInstanceOf(ApiError);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.code).toBe('unauthenticated');
  });

  it('does not treat a 401 from a session probe (login, who-am-I) as an expired session', async () => {
    const seen: ApiError[] = [];
    unregister = onUnauthenticated((e) => seen.push(e));
    const { fetch } = fakeFetch(() =>
      json(401, { error: { code: 'unauthenticated', message: 'x', details: [] } }),
    );
    await expect(
      apiRequest('/auth/login', { method: 'POST', sessionProbe: true }, fetch),
    ).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    expect(seen).toHaveLength(0);
  });
});

describe('errorMessageKey', () => {
  it('translates every known code and falls back to unknown for anything else', () => {
    expect(errorMessageKey(new ApiError(429, 'rate_limited', 'slow down'))).toBe('errors.rate_limited');
    expect(errorMessageKey(new ApiError(418, 'teapot', 'no'))).toBe('errors.unknown');
    expect(errorMessageKey(new Error('boom'))).toBe('errors.unknown');
  });
});
