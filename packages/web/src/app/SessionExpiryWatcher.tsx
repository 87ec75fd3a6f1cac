import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { onUnauthenticated } from './api-client';
import { SESSION_QUERY_KEY } from './useSession';

// Several queries of one page fail together when a session expires: one message is enough.
const MESSAGE_DEDUPE_MS = 3_000;

/**
 * Listens for a 401 on any API call: clears the session and every cached (possibly identified) result and
 * says "登录已过期，请重新登录". `RequireAuth` then sends the user to the login page with a `redirect`
 * back to the page they were on.
 */
export function SessionExpiryWatcher(): null {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { t } = useTranslation();
  const lastShown = useRef(0);

  useEffect(
    () =>
      onUnauthenticated(() => {
        queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_QUERY_KEY[0] });
        queryClient.setQueryData(SESSION_QUERY_KEY, null);
        const now = Date.now();
        if (now - lastShown.current > MESSAGE_DEDUPE_MS) {
          lastShown.current = now;
          void message.warning({ content: t('session.expired'), key: 'session-expired' });
        }
      }),
    [queryClient, message, t],
  );
  return null;
}
