import type { MapResult, RatesResult, SurvivalGroup, SurvivalResult, TrendResult } from '@orca/contract';
import { Alert, Col, Row, Segmented, Select, Space, Switch, Table } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnalyticsChart } from './AnalyticsChart';
import {
  ageCurveOption,
  type MapMetric,
  mapOption,
  survivalOption,
  topSitesOption,
  trendOption,
} from './charts';
import { loadProvinceMap } from './province-maps';

const useLabels = () => {
  const { t, i18n } = useTranslation();
  return {
    t,
    language: (i18n.language.startsWith('en') ? 'en' : 'zh-CN') as 'en' | 'zh-CN',
    save: t('analytics.exportPng'),
  };
};

/** 年龄别: age-specific rates by sex, optional log scale. */
export function AgeTab({ data }: { data: RatesResult }) {
  const { t, save } = useLabels();
  const [log, setLog] = useState(false);
  const option = useMemo(() => {
    const sex = { 0: t('analytics.sexShort.0'), 1: t('analytics.sexShort.1'), 2: t('analytics.sexShort.2') };
    return ageCurveOption(
      data.ageSpecific,
      { sex, age: t('analytics.ageAxis'), rate: t('analytics.rateAxis'), save },
      log,
    );
  }, [data, log, t, save]);
  return (
    <div>
      <Space>
        {t('analytics.logScale')}
        <Switch data-testid="analytics-log-scale" checked={log} onChange={setLog} />
      </Space>
      <AnalyticsChart
        option={option}
        ariaLabel={t('analytics.tabs.age')}
        fileName="age-specific"
        data-testid="analytics-age-chart"
      />
    </div>
  );
}

/** 顺位: top-10 site groups per sex as horizontal bars. */
export function RankTab({ data }: { data: RatesResult }) {
  const { t, language, save } = useLabels();
  const sexes = [...new Set(data.topSites.map((s) => s.sex))];
  return (
    <Row gutter={16}>
      {sexes.map((sex) => (
        <Col key={sex} xs={24} lg={sexes.length > 1 ? 8 : 24}>
          <h4>{t(`analytics.sexShort.${sex === 1 ? '1' : sex === 2 ? '2' : '0'}`)}</h4>
          <AnalyticsChart
            option={topSitesOption(
              data.topSites.filter((s) => s.sex === sex),
              { cases: t('analytics.columns.cases'), save, language },
            )}
            ariaLabel={t('analytics.tabs.rank')}
            fileName={`top-sites-${sex}`}
            data-testid={`analytics-rank-chart-${sex}`}
          />
        </Col>
      ))}
    </Row>
  );
}

/** 趋势: rates by year with the joinpoint fit and APC/AAPC captions. */
export function TrendTab({ data }: { data: TrendResult }) {
  const { t, save } = useLabels();
  const option = useMemo(
    () =>
      trendOption(data, {
        observed: t('analytics.observed'),
        fitted: t('analytics.fitted'),
        asr: t('analytics.columns.asr'),
        year: t('analytics.yearAxis'),
        rate: t('analytics.rateAxis'),
        apc: 'APC',
        aapc: 'AAPC',
        save,
        notFitted: t('analytics.notFitted'),
      }),
    [data, t, save],
  );
  return (
    <AnalyticsChart
      option={option}
      height={420}
      ariaLabel={t('analytics.tabs.trend')}
      fileName="trend"
      data-testid="analytics-trend-chart"
    />
  );
}

/** 生存: survival curves with CI bands and the 1/3/5-year table. */
export function SurvivalTab({
  data,
  method,
  by,
  onMethod,
  onBy,
}: {
  data: SurvivalResult | undefined;
  method: 'observed' | 'ederer2' | 'pohar-perme';
  by: 'none' | 'sex' | 'site';
  onMethod: (m: 'observed' | 'ederer2' | 'pohar-perme') => void;
  onBy: (b: 'none' | 'sex' | 'site') => void;
}) {
  const { t, language, save } = useLabels();
  const name = (g: SurvivalGroup) =>
    g.sex !== null
      ? t(`analytics.sexShort.${g.sex === 1 ? '1' : '2'}`)
      : g.siteId !== null
        ? ((language === 'en' ? g.en : g.zh) ?? g.key)
        : t('analytics.total');
  const pct = (x: number | null) => (x === null ? '—' : (100 * x).toFixed(1));
  return (
    <div>
      <Space style={{ marginBottom: 8 }}>
        {t('analytics.survivalMethod')}
        <Select
          data-testid="analytics-survival-method"
          style={{ width: 220 }}
          value={method}
          onChange={onMethod}
          options={(['observed', 'ederer2', 'pohar-perme'] as const).map((m) => ({
            value: m,
            label: t(`analytics.survivalMethods.${m}`),
          }))}
        />
        {t('analytics.survivalBy')}
        <Segmented
          value={by}
          onChange={(v) => onBy(v as 'none' | 'sex' | 'site')}
          options={(['none', 'sex', 'site'] as const).map((b) => ({
            value: b,
            label: t(`analytics.survivalBys.${b}`),
          }))}
        />
      </Space>
      {data && (
        <>
          <AnalyticsChart
            option={survivalOption(data.groups, {
              groupName: name,
              years: t('analytics.yearsAxis'),
              survival: t('analytics.survivalAxis'),
              save,
            })}
            ariaLabel={t('analytics.tabs.survival')}
            fileName={`survival-${method}`}
            data-testid="analytics-survival-chart"
          />
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            data-testid="analytics-survival-table"
            dataSource={data.groups}
            columns={[
              { title: t('analytics.columns.group'), render: (_, g) => name(g) },
              {
                title: t('analytics.columns.patients'),
                render: (_, g) => (g.patients.suppressed ? t('analytics.suppressed') : g.patients.value),
              },
              ...[1, 3, 5].map((y, i) => ({
                title: `${y} ${t('analytics.columns.years')} ${t('analytics.columns.estimate')} (${t('analytics.columns.ci')})`,
                render: (_: unknown, g: SurvivalGroup) => {
                  const p = g.table[i];
                  return p ? `${pct(p.estimate)} (${pct(p.lower)}–${pct(p.upper)})` : '—';
                },
              })),
            ]}
          />
        </>
      )}
    </div>
  );
}

/** 地图: a choropleth by prefecture (GeoJSON from echarts@4) or a county table, with a legend. */
export function MapTab({
  data,
  regionCode,
  level,
  onLevel,
}: {
  data: MapResult | undefined;
  regionCode: string;
  level: 'county' | 'prefecture';
  onLevel: (l: 'county' | 'prefecture') => void;
}) {
  const { t, save } = useLabels();
  const [metric, setMetric] = useState<MapMetric>('asr');
  const [geo, setGeo] = useState<{ mapName: string; featureNames: Map<string, string> } | null | undefined>(
    undefined,
  );
  useEffect(() => {
    let live = true;
    loadProvinceMap(regionCode).then((g) => live && setGeo(g));
    return () => {
      live = false;
    };
  }, [regionCode]);
  const value = (x: number | null) => (x === null ? '—' : x.toFixed(2));
  return (
    <div>
      <Space style={{ marginBottom: 8 }}>
        {t('analytics.mapLevel')}
        <Segmented
          data-testid="analytics-map-level"
          value={level}
          onChange={(v) => onLevel(v as 'county' | 'prefecture')}
          options={(['prefecture', 'county'] as const).map((l) => ({
            value: l,
            label: t(`analytics.mapLevels.${l}`),
          }))}
        />
        {t('analytics.mapMetric')}
        <Segmented
          data-testid="analytics-map-metric"
          value={metric}
          onChange={(v) => setMetric(v as MapMetric)}
          options={(['crudeRate', 'asr', 'smoothedSir'] as const).map((m) => ({
            value: m,
            label: t(`analytics.mapMetrics.${m}`),
          }))}
        />
      </Space>
      {level === 'county' && (
        <Alert type="info" showIcon title={t('analytics.countyMapNote')} style={{ marginBottom: 8 }} />
      )}
      {geo === null && (
        <Alert type="info" showIcon title={t('analytics.noMap')} style={{ marginBottom: 8 }} />
      )}
      {data && geo && level === 'prefecture' && (
        <AnalyticsChart
          option={mapOption(data.areas, geo.mapName, geo.featureNames, metric, {
            metric: t(`analytics.mapMetrics.${metric}`),
            noData: t('analytics.noData'),
            save,
          })}
          height={520}
          ariaLabel={t('analytics.tabs.map')}
          fileName={`map-${metric}`}
          data-testid="analytics-map-chart"
        />
      )}
      {data && (
        <Table
          size="small"
          pagination={false}
          rowKey="regionCode"
          data-testid="analytics-map-table"
          dataSource={data.areas}
          columns={[
            { title: t('analytics.region'), dataIndex: 'regionName' },
            {
              title: t('analytics.columns.cases'),
              render: (_, a) => (a.cases.suppressed ? t('analytics.suppressed') : a.cases.value),
            },
            { title: t('analytics.columns.crudeRate'), render: (_, a) => value(a.crudeRate) },
            { title: t('analytics.columns.asr'), render: (_, a) => value(a.asr) },
            { title: t('analytics.columns.sir'), render: (_, a) => value(a.sir) },
            { title: t('analytics.columns.smoothedSir'), render: (_, a) => value(a.smoothedSir) },
          ]}
        />
      )}
    </div>
  );
}
