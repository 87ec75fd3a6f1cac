import { lazy } from 'react';
import { createBrowserRouter, Outlet } from 'react-router-dom';
import { NotFoundPage } from '../components/StatusPages';
import { AppLayout } from './AppLayout';
import { LoginPage } from './LoginPage';
import { RequireAuth } from './RequireAuth';
import { RequirePage } from './RequirePage';
import { SessionExpiryWatcher } from './SessionExpiryWatcher';

// Pages load on demand: the dashboard pulls in ECharts, which the login page should not wait for.
const DashboardPage = lazy(() =>
  import('../dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);
const TumourListPage = lazy(() =>
  import('../registry/TumourListPage').then((m) => ({ default: m.TumourListPage })),
);
const AnalyticsPage = lazy(() =>
  import('../analytics/AnalyticsPage').then((m) => ({ default: m.AnalyticsPage })),
);
const AuditLogPage = lazy(() => import('../audit/AuditLogPage').then((m) => ({ default: m.AuditLogPage })));

function Root() {
  return (
    <>
      <SessionExpiryWatcher />
      <Outlet />
    </>
  );
}

/**
 * The app's routes. Paths match `PAGES` in navigation.ts; each page checks the user's roles itself
 * through `RequirePage`.
 *
 * @returns a browser router.
 */
export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <Root />,
      children: [
        { path: '/login', element: <LoginPage /> },
        {
          path: '/',
          element: (
            <RequireAuth>
              <AppLayout />
            </RequireAuth>
          ),
          children: [
            {
              index: true,
              element: (
                <RequirePage page="dashboard">
                  <DashboardPage />
                </RequirePage>
              ),
            },
            {
              path: 'registry/tumours',
              element: (
                <RequirePage page="reports">
                  <TumourListPage />
                </RequirePage>
              ),
            },
            {
              path: 'analytics',
              element: (
                <RequirePage page="analytics">
                  <AnalyticsPage />
                </RequirePage>
              ),
            },
            {
              path: 'admin/audit',
              element: (
                <RequirePage page="audit">
                  <AuditLogPage />
                </RequirePage>
              ),
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
