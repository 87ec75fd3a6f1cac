import type { RatesBy } from '@orca/contract';
import { Card, Select, Space, Spin, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../app/useSession';
import { ErrorResult } from '../components/ErrorResult';
import { AgeTab, MapTab, RankTab, SurvivalTab, TrendTab } from './ChartTabs';
import { ControlPanel } from './ControlPanel';
import { defaultFilter, type ExplorerFilter, filterQuery } from './explorer-state';
import { RatesTab } from './RatesTab';
import { useMap, useRates, useSurvival, useTrend } from './useAnalytics';

type TabKey = 'table' | 'age' | 'rank' | 'trend' | 'survival' | 'map';

/**
 * The analytics explorer (issue #6 part 4): a control panel and six tabs — table, age-specific,
 * top sites, trend, survival, map — each fetched when its tab is open, with a spinner while the
 * server computes.
 */
export function AnalyticsPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const [filter, setFilter] = useState<ExplorerFilter>(() => defaultFilter(new Date().getFullYear()));
  const [tab, setTab] = useState<TabKey>('table');
  const [by, setBy] = useState<RatesBy>('sex');
  const [survivalMethod, setSurvivalMethod] = useState<'observed' | 'ederer2' | 'pohar-perme'>('observed');
  const [survivalBy, setSurvivalBy] = useState<'none' | 'sex' | 'site'>('sex');
  const [mapLevel, setMapLevel] = useState<'county' | 'prefecture'>('prefecture');

  const ratesTabs = tab === 'table' || tab === 'age' || tab === 'rank';
  const rates = useRates(filterQuery(filter, { by }), ratesTabs);
  const trend = useTrend(filterQuery(filter), tab === 'trend');
  const { measure: _m, standard: _s, ...survivalFilter } = filterQuery(filter);
  const survival = useSurvival(
    { ...survivalFilter, method: survivalMethod, by: survivalBy },
    tab === 'survival',
  );
  const map = useMap(filterQuery(filter, { level: mapLevel }), tab === 'map');

  const active = { table: rates, age: rates, rank: rates, trend, survival, map }[tab];
  const body = () => {
    if (active.error) return <ErrorResult error={active.error} />;
    switch (tab) {
      case 'table':
        return rates.data && <RatesTab data={rates.data} />;
      case 'age':
        return rates.data && <AgeTab data={rates.data} />;
      case 'rank':
        return rates.data && <RankTab data={rates.data} />;
      case 'trend':
        return trend.data && <TrendTab data={trend.data} />;
      case 'survival':
        return (
          <SurvivalTab
            data={survival.data}
            method={survivalMethod}
            by={survivalBy}
            onMethod={setSurvivalMethod}
            onBy={setSurvivalBy}
          />
        );
      case 'map':
        return (
          <MapTab
            data={map.data}
            regionCode={filter.regionCode ?? user.regionCode}
            level={mapLevel}
            onLevel={setMapLevel}
          />
        );
    }
  };

  return (
    <Card title={t('analytics.title')} data-testid="analytics-page">
      <ControlPanel value={filter} onChange={setFilter} />
      <Tabs
        data-testid="analytics-tabs"
        activeKey={tab}
        onChange={(k) => setTab(k as TabKey)}
        tabBarExtraContent={
          tab === 'table' && (
            <Space>
              {t('analytics.by')}
              <Select
                data-testid="analytics-by"
                style={{ width: 140 }}
                value={by}
                onChange={setBy}
                options={(['none', 'sex', 'year', 'region'] as const).map((b) => ({
                  value: b,
                  label: t(`analytics.bys.${b}`),
                }))}
              />
            </Space>
          )
        }
        items={(['table', 'age', 'rank', 'trend', 'survival', 'map'] as const).map((key) => ({
          key,
          label: t(`analytics.tabs.${key}`),
        }))}
      />
      <Spin
        spinning={active.isFetching}
        description={t('analytics.loading')}
        data-testid="analytics-progress"
      >
        <div style={{ minHeight: 200 }}>{body()}</div>
      </Spin>
    </Card>
  );
}
