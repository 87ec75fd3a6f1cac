import { lazy, Suspense } from 'react';
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
const ReportListPage = lazy(() =>
  import('../registry/reports/ReportListPage').then((m) => ({ default: m.ReportListPage })),
);
const ReportFormPage = lazy(() =>
  import('../registry/reports/ReportFormPage').then((m) => ({ default: m.ReportFormPage })),
);
const ImportPage = lazy(() =>
  import('../registry/import/ImportPage').then((m) => ({ default: m.ImportPage })),
);
const LinkagePage = lazy(() => import('../linkage/LinkagePage').then((m) => ({ default: m.LinkagePage })));
const AnalyticsPage = lazy(() =>
  import('../analytics/AnalyticsPage').then((m) => ({ default: m.AnalyticsPage })),
);
const AuditLogPage = lazy(() => import('../audit/AuditLogPage').then((m) => ({ default: m.AuditLogPage })));
const QcQueuePage = lazy(() =>
  import('../registry/qc/QcQueuePage').then((m) => ({ default: m.QcQueuePage })),
);
const FollowUpPage = lazy(() =>
  import('../registry/follow-up/FollowUpPage').then((m) => ({ default: m.FollowUpPage })),
);
const QualityPage = lazy(() =>
  import('../registry/quality/QualityPage').then((m) => ({ default: m.QualityPage })),
);

const ScreeningProgrammesPage = lazy(() =>
  import('../screening/ProgrammesPage').then((m) => ({ default: m.ProgrammesPage })),
);
const ScreeningParticipantsPage = lazy(() =>
  import('../screening/ParticipantsPage').then((m) => ({ default: m.ParticipantsPage })),
);
const ScreeningTasksPage = lazy(() =>
  import('../screening/TasksPage').then((m) => ({ default: m.TasksPage })),
);
const ScreeningIndicatorsPage = lazy(() =>
  import('../screening/IndicatorsPage').then((m) => ({ default: m.IndicatorsPage })),
);
const QcDashboardPage = lazy(() =>
  import('../quality/QcDashboardPage').then((m) => ({ default: m.QcDashboardPage })),
);
const DrugAlertsPage = lazy(() =>
  import('../quality/DrugAlertsPage').then((m) => ({ default: m.DrugAlertsPage })),
);
const FilingsPage = lazy(() => import('../quality/FilingsPage').then((m) => ({ default: m.FilingsPage })));
const PediatricCasesPage = lazy(() =>
  import('../pediatric/PediatricCasesPage').then((m) => ({ default: m.PediatricCasesPage })),
);
// Public (no login): the resident self-assessment, outside the authenticated shell.
const SelfAssessmentPage = lazy(() =>
  import('../screening/SelfAssessmentPage').then((m) => ({ default: m.SelfAssessmentPage })),
);

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
          path: '/self-assessment',
          element: (
            <Suspense fallback={null}>
              <SelfAssessmentPage />
            </Suspense>
          ),
        },
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
            ...(
              [
                ['quality/indicators', 'qcDashboard', <QcDashboardPage key="qc" />],
                ['quality/drug-alerts', 'qcDrugAlerts', <DrugAlertsPage key="alerts" />],
                ['quality/filings', 'qcFilings', <FilingsPage key="filings" />],
                ['pediatric/cases', 'pediatricCases', <PediatricCasesPage key="pediatric" />],
              ] as const
            ).map(([path, page, element]) => ({
              path,
              element: <RequirePage page={page}>{element}</RequirePage>,
            })),
            {
              path: 'registry/tumours',
              element: (
                <RequirePage page="reports">
                  <TumourListPage />
                </RequirePage>
              ),
            },
            {
              path: 'registry/reports',
              element: (
                <RequirePage page="reportCards">
                  <ReportListPage />
                </RequirePage>
              ),
            },
            {
              path: 'registry/reports/:id',
              element: (
                <RequirePage page="reportCards">
                  <ReportFormPage />
                </RequirePage>
              ),
            },
            {
              path: 'registry/import',
              element: (
                <RequirePage page="dataImport">
                  <ImportPage />
                </RequirePage>
              ),
            },
            {
              path: 'registry/linkage',
              element: (
                <RequirePage page="linkage">
                  <LinkagePage />
                </RequirePage>
              ),
            },
            {
              path: 'registry/qc',
              element: (
                <RequirePage page="qcQueue">
                  <QcQueuePage />
                </RequirePage>
              ),
            },
            {
              path: 'registry/follow-up',
              element: (
                <RequirePage page="followUp">
                  <FollowUpPage />
                </RequirePage>
              ),
            },
            {
              path: 'registry/quality',
              element: (
                <RequirePage page="dataQuality">
                  <QualityPage />
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
            ...(
              [
                ['screening/programmes', 'screeningProgrammes', <ScreeningProgrammesPage key="p" />],
                ['screening/participants', 'screeningParticipants', <ScreeningParticipantsPage key="s" />],
                ['screening/tasks', 'screeningTasks', <ScreeningTasksPage key="t" />],
                ['screening/indicators', 'screeningIndicators', <ScreeningIndicatorsPage key="i" />],
              ] as const
            ).map(([path, page, element]) => ({
              path,
              element: <RequirePage page={page}>{element}</RequirePage>,
            })),
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
