import { useQuery } from '@tanstack/react-query';
import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiRequest } from './api-client';

// The demo province's users (packages/demo users.ts); shown only when the server says it runs the demo.
const DEMO_USERS = [
  'admin',
  'analyst',
  'registry',
  'reporter',
  'screening',
  'qc',
  'official',
  'auditor',
] as const;
const DEMO_PASSWORD = 'orca-demo-2026';

/** The demo accounts, under the login form, when the database holds the synthetic demo province. */
export function DemoAccounts() {
  const { t } = useTranslation();
  const health = useQuery({
    queryKey: ['health'],
    queryFn: () => apiRequest<{ demo?: boolean }>('/health', { sessionProbe: true }),
    staleTime: Number.POSITIVE_INFINITY,
  });
  if (!health.data?.demo) return null;
  return (
    <Alert
      type="info"
      style={{ marginTop: 16 }}
      data-testid="demo-accounts"
      title={t('login.demoTitle')}
      description={
        <Typography.Text style={{ fontSize: 12 }}>
          {DEMO_USERS.map((u) => `${u}（${t(`login.demoRoles.${u}`)}）`).join('、')}
          <br />
          {t('login.demoPassword')} <Typography.Text code>{DEMO_PASSWORD}</Typography.Text>
        </Typography.Text>
      }
    />
  );
}
