import { BankOutlined, EnvironmentOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Divider, Layout, Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { LanguageSwitch } from './LanguageSwitch';
import { useSessionUser } from './useSession';
import { Wordmark } from './Wordmark';

const onDark = { color: 'rgba(255,255,255,0.92)' } as const;

/**
 * The top bar: the wordmark, then always the user's name, role(s), region and institution (so a user
 * acting for several units sees which one they are in), the language switch and logout.
 */
export function AppHeader() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const navigate = useNavigate();

  // The login page ends the session once it is on screen: clearing the session while this layout is still
  // mounted would make RequireAuth bounce to the login page with a `redirect` back here.
  const onLogout = () => navigate('/login', { replace: true, state: { loggingOut: true } });

  return (
    <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
      <Wordmark inverted />
      <div style={{ flex: 1 }} />
      <Space
        size={4}
        separator={<Divider orientation="vertical" style={{ borderColor: 'rgba(255,255,255,0.3)' }} />}
        wrap={false}
      >
        <Tooltip title={t('header.user')}>
          <span style={onDark} data-testid="header-user-name">
            <UserOutlined /> {user.displayName}
          </span>
        </Tooltip>
        <span data-testid="header-user-role" title={t('header.role')}>
          {user.roles.map((role) => (
            <Tag key={role} color="blue" style={{ marginInlineEnd: 4 }}>
              {t(`roles.${role}`)}
            </Tag>
          ))}
        </span>
        <Tooltip title={t('header.region')}>
          <span style={onDark} data-testid="header-region">
            <EnvironmentOutlined /> {user.regionName}
          </span>
        </Tooltip>
        <Tooltip title={t('header.institution')}>
          <span style={onDark} data-testid="header-institution">
            <BankOutlined /> {user.institutionName ?? t('header.noInstitution')}
          </span>
        </Tooltip>
        <LanguageSwitch dark />
        <Button
          type="text"
          size="small"
          icon={<LogoutOutlined />}
          style={onDark}
          onClick={onLogout}
          data-testid="logout-button"
        >
          {t('header.logout')}
        </Button>
      </Space>
    </Layout.Header>
  );
}
