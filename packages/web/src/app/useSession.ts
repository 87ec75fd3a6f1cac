import type { LoginRequest, SessionUser } from '@orca/contract';
import { type UseQueryResult, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchSessionUser, login, logout } from './auth-api';

/** react-query key of the session user; every other query is dropped when the session ends. */
export const SESSION_QUERY_KEY = ['session'] as const;

/**
 * The signed-in user (null when signed out), checked once and then kept until login, logout or a 401.
 *
 * @returns the react-query result holding `SessionUser | null`.
 */
export function useSession(): UseQueryResult<SessionUser | null> {
  return useQuery({
    queryKey: SESSION_QUERY_KEY,
    queryFn: ({ signal }) => fetchSessionUser(signal),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

/**
 * The signed-in user for pages under `RequireAuth`, which renders them only once a user is known.
 *
 * @returns the session user.
 * @throws Error when used outside `RequireAuth` (a programming error).
 */
export function useSessionUser(): SessionUser {
  const { data } = useSession();
  if (!data) throw new Error('useSessionUser() used outside RequireAuth');
  return data;
}

/** Login mutation: stores the returned user as the session. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: LoginRequest) => login(credentials),
    onSuccess: (user) => {
      // Data cached for a previous user must not show through to this one.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_QUERY_KEY[0] });
      queryClient.setQueryData(SESSION_QUERY_KEY, user);
    },
  });
}

/** Logout mutation: clears every cached query whether or not the server answered. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => logout(),
    onSettled: () => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_QUERY_KEY[0] });
      queryClient.setQueryData(SESSION_QUERY_KEY, null);
    },
  });
}
