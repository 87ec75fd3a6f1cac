import type { CompletenessEstimateView, QualityGrouping, QualityRow, TrafficLight } from '@orca/contract';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Badge,
  Card,
  Empty,
  InputNumber,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLanguage } from '../../app/i18n/resources';
import { useSessionUser } from '../../app/useSession';
import { formatCount } from '../../components/count-format';
import { EChart } from '../../components/EChart';
import { ErrorResult } from '../../components/ErrorResult';
import { RegionTreeSelect } from '../../institutions/RegionTreeSelect';
import { fetchCompleteness, fetchQuality } from './quality-api';
import { formatIndex, LIGHT_COLOURS, qualityByYearOption } from './quality-view';

const GROUPINGS: QualityGrouping[] = ['county', 'prefecture', 'hospital', 'year', 'site'];

function Light({ light, text }: { light: TrafficLight; text: string }) {
  const { t } = useTranslation();
  return (
    <Space size={4} data-testid={`light-${light}`}>
      <Badge color={LIGHT_COLOURS[light]} title={t(`registryQuality.lights.${light}`)} />
      {text}
    </Space>
  );
}

/** 数据质量: the registry quality indices with traffic lights, by-year chart and completeness estimate. */
export function QualityPage() {
  const { t, i18n } = useTranslation();
  const locale = pickLanguage(i18n.language);
  const user = useSessionUser();
  const [regionCode, setRegionCode] = useState<string | undefined>(undefined);
  const [year, setYear] = useState<number | undefined>(undefined);
  const [by, setBy] = useState<QualityGrouping>('county');
  const quality = useQuery({
    queryKey: ['registry', 'quality', regionCode ?? null, year ?? null, by],
    queryFn: ({ signal }) => fetchQuality({ regionCode, year, by }, signal),
  });
  const byYear = useQuery({
    queryKey: ['registry', 'quality', regionCode ?? null, null, 'year'],
    queryFn: ({ signal }) => fetchQuality({ regionCode, by: 'year' }, signal),
  });
  const canSeeCompleteness = !user.roles.every((r) => r === 'hospital_reporter');
  const completeness = useQuery({
    queryKey: ['registry', 'quality', 'completeness', regionCode ?? null, year ?? null],
    queryFn: ({ signal }) => fetchCompleteness({ regionCode, year }, signal),
    enabled: canSeeCompleteness,
  });

  const chart = useMemo(
    () =>
      byYear.data &&
      qualityByYearOption(byYear.data.rows, byYear.data.thresholds, {
        title: t('registryQuality.byYearChart'),
        mv: t('registryQuality.mv'),
        dco: t('registryQuality.dco'),
        threshold: t('registryQuality.thresholdLine'),
      }),
    [byYear.data, t],
  );

  const columns: TableColumnsType<QualityRow> = [
    { title: t('registryQuality.group'), dataIndex: 'label', key: 'label', fixed: 'left', width: 160 },
    {
      title: t('registryQuality.cases'),
      key: 'cases',
      align: 'right',
      render: (_, r) => formatCount(r.cases, locale),
    },
    {
      title: t('registryQuality.mv'),
      key: 'mv',
      align: 'right',
      render: (_, r) => <Light light={r.lights.mv} text={formatIndex(r.mvPct)} />,
    },
    {
      title: t('registryQuality.dco'),
      key: 'dco',
      align: 'right',
      render: (_, r) => <Light light={r.lights.dco} text={formatIndex(r.dcoPct)} />,
    },
    {
      title: t('registryQuality.mi'),
      key: 'mi',
      align: 'right',
      render: (_, r) => <Light light={r.lights.mi} text={formatIndex(r.miRatio, 3)} />,
    },
    { title: t('registryQuality.ub'), key: 'ub', align: 'right', render: (_, r) => formatIndex(r.ubPct) },
    {
      title: t('registryQuality.illDefined'),
      key: 'ill',
      align: 'right',
      render: (_, r) => formatIndex(r.illDefinedPct),
    },
    {
      title: t('registryQuality.unknownAge'),
      key: 'age',
      align: 'right',
      render: (_, r) => formatIndex(r.unknownAgePct),
    },
    {
      title: t('registryQuality.timelinessMedian'),
      key: 'median',
      align: 'right',
      render: (_, r) => formatIndex(r.timelinessMedianDays, 1),
    },
    {
      title: t('registryQuality.within90'),
      key: 'within90',
      align: 'right',
      render: (_, r) => formatIndex(r.timelinessWithin90Pct, 1),
    },
  ];

  const estimateColumns: TableColumnsType<CompletenessEstimateView> = [
    {
      title: t('registryQuality.methodColumn'),
      key: 'method',
      render: (_, e) => t(`registryQuality.method.${e.method}`),
    },
    {
      title: t('registryQuality.estimated'),
      key: 'estimated',
      align: 'right',
      render: (_, e) => `${e.estimated.toFixed(1)} (${e.lower.toFixed(1)}–${e.upper.toFixed(1)})`,
    },
    {
      title: t('registryQuality.completenessPct'),
      key: 'pct',
      align: 'right',
      render: (_, e) =>
        `${e.completenessPct.toFixed(1)}% (${e.completenessLowerPct.toFixed(1)}–${e.completenessUpperPct.toFixed(1)})`,
    },
  ];

  const data = quality.data;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="quality-page">
      <Card size="small">
        <Space wrap>
          <Typography.Text strong>{t('registryQuality.region')}</Typography.Text>
          <RegionTreeSelect
            root={{ code: user.regionCode, name: user.regionName }}
            value={regionCode}
            onChange={setRegionCode}
            style={{ minWidth: 220 }}
            data-testid="quality-region"
          />
          <Typography.Text strong>{t('registryQuality.year')}</Typography.Text>
          <InputNumber
            min={1990}
            max={2100}
            value={year ?? null}
            placeholder={t('registryQuality.allYears')}
            onChange={(v) => setYear(v ?? undefined)}
            data-testid="quality-year"
          />
          <Typography.Text strong>{t('registryQuality.by')}</Typography.Text>
          <Select
            value={by}
            onChange={setBy}
            style={{ minWidth: 160 }}
            options={GROUPINGS.map((g) => ({ value: g, label: t(`registryQuality.groupings.${g}`) }))}
            data-testid="quality-by"
          />
        </Space>
      </Card>
      {quality.isError && <ErrorResult error={quality.error} onRetry={() => void quality.refetch()} />}
      {data && (
        <Card size="small" title={t('registryQuality.title')}>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('registryQuality.thresholds', {
              mv: data.thresholds.mvMinPct,
              dco: data.thresholds.dcoMaxPct,
              miMin: data.thresholds.miMin,
              miMax: data.thresholds.miMax,
              source: data.thresholds.source,
            })}
          </Typography.Paragraph>
          {data.unit === 'report' && <Alert type="info" showIcon title={t('registryQuality.unitReport')} />}
          <Table
            rowKey="key"
            size="small"
            pagination={false}
            scroll={{ x: 1100 }}
            columns={columns}
            dataSource={[...data.rows, { ...data.total, key: '__total', label: t('registryQuality.total') }]}
            data-testid="quality-table"
          />
        </Card>
      )}
      <Card size="small" title={t('registryQuality.byYearChart')}>
        {chart && byYear.data && byYear.data.rows.length > 0 ? (
          <EChart option={chart} ariaLabel={t('registryQuality.byYearChart')} data-testid="quality-by-year" />
        ) : (
          <Empty />
        )}
      </Card>
      {canSeeCompleteness && (
        <Card size="small" title={t('registryQuality.completeness')} data-testid="quality-completeness">
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('registryQuality.completenessExplain')}
          </Typography.Paragraph>
          {completeness.isError && <ErrorResult error={completeness.error} />}
          {completeness.data && (
            <>
              <Typography.Paragraph>
                {t('registryQuality.registered')}: {formatCount(completeness.data.registered, locale)}
                {' · '}
                {t('registryQuality.pattern')}:{' '}
                {completeness.data.histories
                  .map((h) => `${h.pattern} = ${formatCount(h.cases, locale)}`)
                  .join('，')}
              </Typography.Paragraph>
              {completeness.data.estimates.length === 0 ? (
                <Empty description={t('registryQuality.noEstimate')} />
              ) : (
                <Table
                  rowKey="method"
                  size="small"
                  pagination={false}
                  columns={estimateColumns}
                  dataSource={completeness.data.estimates}
                />
              )}
            </>
          )}
        </Card>
      )}
    </Space>
  );
}
