import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router-dom';
import { pickLanguage } from './i18n/resources';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';
import { orcaTheme } from './theme';

/**
 * The root component: Ant Design theme and locale (following the i18next language), message context,
 * react-query and the router.
 */
export function App() {
  const { i18n } = useTranslation();
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createAppRouter);
  const locale = pickLanguage(i18n.language) === 'en' ? enUS : zhCN;
  return (
    <ConfigProvider locale={locale} theme={orcaTheme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
