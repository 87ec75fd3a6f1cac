import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { ErrorResult } from '../components/ErrorResult';
import { useSession } from './useSession';

/**
 * Renders its children only with a session; otherwise goes to the login page with a `redirect` back
 * to the current page (path and query), so a user whose session expired returns where they were.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  if (session.isPending) {
    return (
      <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 120 }}>
        <Spin size="large" description={t('session.checking')} />
      </div>
    );
  }
  if (session.isError) {
    return (
      <div style={{ maxWidth: 560, margin: '120px auto' }}>
        <ErrorResult error={session.error} onRetry={() => void session.refetch()} />
      </div>
    );
  }
  if (!session.data) {
    const here = `${location.pathname}${location.search}`;
    const search = here === '/' ? '' : `?redirect=${encodeURIComponent(here)}`;
    return <Navigate to={`/login${search}`} replace />;
  }
  return <>{children}</>;
}
