import { Card, Col, Empty, Row, Skeleton, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLanguage } from '../app/i18n/resources';
import { useSessionUser } from '../app/useSession';
import { EChart } from '../components/EChart';
import { ErrorResult } from '../components/ErrorResult';
import { RegionTreeSelect } from '../institutions/RegionTreeSelect';
import { casesByYearOption, topSitesOption } from './charts';
import { KpiCards } from './KpiCards';
import { RegionCasesTable } from './RegionCasesTable';
import { useRegistrySummary } from './useRegistrySummary';

/** Home dashboard: headline figures, cases by year, top-10 sites and cases by region for a region. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const user = useSessionUser();
  const [regionCode, setRegionCode] = useState<string | undefined>(undefined);
  const summary = useRegistrySummary(regionCode);
  const language = pickLanguage(i18n.language);
  const data = summary.data;

  const yearOption = useMemo(
    () =>
      data &&
      casesByYearOption(data.byYear, {
        cases: t('dashboard.cases'),
        title: t('dashboard.casesByYear'),
        locale: language,
      }),
    [data, t, language],
  );
  const sitesOption = useMemo(
    () =>
      data &&
      topSitesOption(data.topSites, language === 'zh-CN' ? 'zh' : 'en', {
        cases: t('dashboard.cases'),
        title: t('dashboard.topSites'),
        locale: language,
      }),
    [data, t, language],
  );

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="dashboard">
      <Card size="small">
        <Space wrap>
          <Typography.Text strong>{t('dashboard.scope')}</Typography.Text>
          <RegionTreeSelect
            root={{ code: user.regionCode, name: user.regionName }}
            value={regionCode}
            onChange={setRegionCode}
            style={{ minWidth: 240 }}
            data-testid="dashboard-region"
          />
          {data && <Typography.Text type="secondary">{data.regionName}</Typography.Text>}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('common.suppressedHint')}
          </Typography.Text>
        </Space>
      </Card>
      {summary.isError && <ErrorResult error={summary.error} onRetry={() => void summary.refetch()} />}
      {summary.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {data && (
        <>
          <KpiCards summary={data} />
          <Row gutter={[12, 12]}>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('dashboard.casesByYear')}>
                {data.byYear.length === 0 || !yearOption ? (
                  <Empty description={t('dashboard.noData')} />
                ) : (
                  <EChart
                    option={yearOption}
                    ariaLabel={t('dashboard.casesByYear')}
                    data-testid="chart-cases-by-year"
                  />
                )}
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('dashboard.topSites')}>
                {data.topSites.length === 0 || !sitesOption ? (
                  <Empty description={t('dashboard.noData')} />
                ) : (
                  <EChart
                    option={sitesOption}
                    ariaLabel={t('dashboard.topSites')}
                    data-testid="chart-top-sites"
                  />
                )}
              </Card>
            </Col>
          </Row>
          <Card size="small" title={t('dashboard.byRegion')}>
            <RegionCasesTable byRegion={data.byRegion} />
          </Card>
        </>
      )}
    </Space>
  );
}
