import { LockOutlined, UserOutlined } from '@ant-design/icons';
import type { LoginRequest } from '@orca/contract';
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError } from './api-client';
import { DemoAccounts } from './DemoAccounts';
import { errorMessageKey } from './error-message';
import { LanguageSwitch } from './LanguageSwitch';
import { safeRedirect } from './navigation';
import { HEADER_COLOUR, PRIMARY_COLOUR } from './theme';
import { useLogin, useLogout, useSession } from './useSession';
import { Wordmark } from './Wordmark';

/** The login error's translation: a 401 here means wrong credentials, not an expired session. */
function useLoginErrorText(error: unknown): string | null {
  const { t } = useTranslation();
  if (!error) return null;
  if (error instanceof ApiError && error.status === 401) return t('login.badCredentials');
  return t(errorMessageKey(error));
}

/**
 * The login page. After signing in, the user returns to `?redirect=` (the page where the session expired)
 * when it is an app path, else to the home page.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const login = useLogin();
  const errorText = useLoginErrorText(login.error);
  const location = useLocation();
  const target = safeRedirect(params.get('redirect'));
  const loggingOut = (location.state as { loggingOut?: boolean } | null)?.loggingOut === true;
  const logout = useLogout();
  const { message } = App.useApp();
  const logoutStarted = useRef(false);

  useEffect(() => {
    if (!loggingOut || logoutStarted.current) return;
    logoutStarted.current = true;
    logout
      .mutateAsync()
      .catch(() => undefined) // the session is dropped locally whatever the server says
      .finally(() => {
        void message.success(t('session.loggedOut'));
        // Drop the marker from history state, so a reload of the login page does not log out again.
        navigate('/login', { replace: true });
      });
  }, [loggingOut, logout, message, navigate, t]);

  // A signed-in user has nothing to do here, except while the logout that brought them here completes.
  if (session.data && !loggingOut) return <Navigate to={target} replace />;

  const onFinish = (values: LoginRequest) =>
    login.mutate(values, { onSuccess: () => navigate(target, { replace: true }) });

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        background: `linear-gradient(160deg, ${HEADER_COLOUR} 0%, ${PRIMARY_COLOUR} 55%, #e8eef8 55%)`,
      }}
    >
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          padding: '16px 32px',
        }}
      >
        <Wordmark inverted size="large" />
        <LanguageSwitch dark />
      </div>
      <div style={{ flex: 1, display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 16 }}>
        <Card style={{ width: 400, boxShadow: '0 8px 24px rgba(0,0,0,0.15)' }}>
          <Typography.Title level={4} style={{ marginTop: 0, textAlign: 'center' }}>
            {t('login.heading')}
          </Typography.Title>
          <Form<LoginRequest>
            layout="vertical"
            data-testid="login-form"
            onFinish={onFinish}
            requiredMark={false}
            disabled={login.isPending}
          >
            <Form.Item
              label={t('login.username')}
              name="username"
              rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
            >
              <Input
                prefix={<UserOutlined />}
                placeholder={t('login.usernamePlaceholder')}
                autoComplete="username"
                autoFocus
                data-testid="login-username"
              />
            </Form.Item>
            <Form.Item
              label={t('login.password')}
              name="password"
              rules={[{ required: true, message: t('login.passwordRequired') }]}
            >
              <Input.Password
                prefix={<LockOutlined />}
                placeholder={t('login.passwordPlaceholder')}
                autoComplete="current-password"
                data-testid="login-password"
              />
            </Form.Item>
            {errorText && (
              <Alert
                type="error"
                showIcon
                title={errorText}
                style={{ marginBottom: 16 }}
                data-testid="login-error"
              />
            )}
            <Button
              type="primary"
              htmlType="submit"
              block
              loading={login.isPending}
              data-testid="login-submit"
            >
              {t('login.submit')}
            </Button>
          </Form>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 16, marginBottom: 0 }}>
            {t('login.notice')}
          </Typography.Paragraph>
          <DemoAccounts />
        </Card>
      </div>
      <div style={{ textAlign: 'center', color: '#8c8c8c', fontSize: 12, padding: 16 }}>
        {t('app.footer')}
      </div>
    </div>
  );
}
