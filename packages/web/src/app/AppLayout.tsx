import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Layout, Spin } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { AppHeader } from './AppHeader';
import { SideMenu } from './SideMenu';

/** The signed-in frame: header on top, collapsible side menu, the page in the content area. */
export function AppLayout() {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState(false);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppHeader />
      <Layout>
        <Layout.Sider
          width={200}
          collapsible
          collapsed={collapsed}
          trigger={null}
          style={{ borderInlineEnd: '1px solid #f0f0f0' }}
        >
          <SideMenu collapsed={collapsed} />
          <Button
            type="text"
            block
            aria-label={collapsed ? t('header.expand') : t('header.collapse')}
            icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={() => setCollapsed((c) => !c)}
            style={{ marginTop: 8 }}
          />
        </Layout.Sider>
        <Layout.Content style={{ padding: 16, minWidth: 0 }}>
          <Suspense
            fallback={
              <div style={{ textAlign: 'center', paddingTop: 80 }}>
                <Spin description={t('common.loading')} />
              </div>
            }
          >
            <Outlet />
          </Suspense>
          <Layout.Footer
            style={{
              textAlign: 'center',
              color: '#8c8c8c',
              fontSize: 12,
              padding: '16px 0 0',
              background: 'transparent',
            }}
          >
            {t('app.footer')}
          </Layout.Footer>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
