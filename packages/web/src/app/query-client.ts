import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

/**
 * The react-query client of the app. A 4xx answer will not change on retry (and a 401 is handled by the
 * session-expiry handler), so only network failures and 5xx are retried, once.
 *
 * @returns a new client; the app creates one at start-up.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          failureCount < 1 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
      },
      mutations: { retry: false },
    },
  });
}
