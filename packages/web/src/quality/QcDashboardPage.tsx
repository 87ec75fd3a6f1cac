import type { QcIndicatorCell, QcIndicatorQuery } from '@orca/contract';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Drawer, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../app/useSession';
import { EChart } from '../components/EChart';
import { ErrorResult } from '../components/ErrorResult';
import { formatPercent, formatTarget, funnelChartOption } from './funnel-chart';
import { fetchQcDrill, fetchQcIndicators } from './quality-api';

const SIGNAL_COLOURS: Record<string, string> = {
  inside: 'default',
  alert_high: 'orange',
  alert_low: 'orange',
  alarm_high: 'red',
  alarm_low: 'red',
};

/** 诊疗质控: every indicator per hospital against its target and its peers (funnel plot), with drill-down. */
export function QcDashboardPage() {
  const { t, i18n } = useTranslation();
  const user = useSessionUser();
  const year = new Date().getFullYear() - 1;
  const [query, setQuery] = useState<QcIndicatorQuery>({ from: `${year}-01-01`, to: `${year}-12-31` });
  const [code, setCode] = useState('tnm_staging_rate');
  const [drill, setDrill] = useState<string | null>(null);
  const { data, isLoading, error } = useQuery({
    queryKey: ['qc', 'indicators', query],
    queryFn: ({ signal }) => fetchQcIndicators(query, signal),
  });
  const drillQuery = useQuery({
    queryKey: ['qc', 'drill', code, drill, query],
    queryFn: ({ signal }) => fetchQcDrill(code, drill as string, query, signal),
    enabled: drill !== null,
  });
  if (error) return <ErrorResult error={error} />;
  const canDrill = user.roles.some((r) => r !== 'official' && r !== 'auditor');
  const zh = i18n.language.startsWith('zh');
  const result = data?.indicators.find((i) => i.definition.code === code);
  const name = (d: { nameZh: string; nameEn: string }) => (zh ? d.nameZh : d.nameEn);
  const count = (cell: QcIndicatorCell, n: number | null) =>
    n === null ? (
      t('qc.dashboard.suppressed')
    ) : canDrill && n > 0 ? (
      <Button
        type="link"
        size="small"
        onClick={() => setDrill(cell.hospitalCode)}
        data-testid={`qc-drill-${cell.hospitalCode}`}
      >
        {n}
      </Button>
    ) : (
      n
    );
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="qc-dashboard">
      <Typography.Title level={3}>{t('qc.dashboard.title')}</Typography.Title>
      <Space wrap>
        <Select
          style={{ minWidth: 320 }}
          value={code}
          onChange={setCode}
          aria-label={t('qc.dashboard.indicator')}
          data-testid="qc-indicator-select"
          options={(data?.indicators ?? []).map((i) => ({
            value: i.definition.code,
            label: name(i.definition),
          }))}
        />
        <DatePicker.RangePicker
          aria-label={t('qc.dashboard.period')}
          value={[dayjs(query.from), dayjs(query.to)]}
          onChange={(range) =>
            range?.[0] &&
            range[1] &&
            setQuery({ from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') })
          }
        />
      </Space>
      {result && (
        <Card size="small" data-testid="qc-overall">
          <Space wrap size="large">
            <span>
              {t('qc.dashboard.overall')}: {formatPercent(result.overall.proportion)} (
              {result.overall.numerator ?? t('qc.dashboard.suppressed')}/
              {result.overall.denominator ?? t('qc.dashboard.suppressed')})
            </span>
            <span>
              {t('qc.dashboard.target')}: {formatTarget(result.definition.target)}
              {result.definition.target ? ` (${result.definition.target.source})` : ''}
            </span>
            <span>{t(`qc.dashboard.direction.${result.definition.direction}`)}</span>
            <Typography.Text type="secondary">
              {result.definition.numerator} / {result.definition.denominator}
            </Typography.Text>
          </Space>
        </Card>
      )}
      {result && result.funnel.length > 0 && (
        <Card size="small">
          <EChart
            data-testid="qc-funnel"
            height={380}
            ariaLabel={t('qc.dashboard.funnelTitle')}
            option={funnelChartOption(result, {
              title: t('qc.dashboard.funnelTitle'),
              denominator: t('qc.dashboard.funnelDenominator'),
              proportion: t('qc.dashboard.funnelProportion'),
              overall: t('qc.dashboard.overall'),
              limit95: t('qc.dashboard.limit95'),
              limit998: t('qc.dashboard.limit998'),
              hospitals: t('qc.dashboard.hospitals'),
            })}
          />
        </Card>
      )}
      <Table<QcIndicatorCell>
        rowKey="hospitalCode"
        size="small"
        loading={isLoading}
        dataSource={result?.hospitals ?? []}
        data-testid="qc-hospital-table"
        columns={[
          { title: t('qc.dashboard.hospital'), dataIndex: 'hospitalName' },
          { title: t('qc.dashboard.numerator'), render: (_, c) => count(c, c.numerator) },
          { title: t('qc.dashboard.denominator'), render: (_, c) => count(c, c.denominator) },
          {
            title: t('qc.dashboard.proportion'),
            render: (_, c) => formatPercent(c.proportion),
            sorter: (a, b) => (a.proportion ?? -1) - (b.proportion ?? -1),
          },
          {
            title: t('qc.dashboard.meetsTarget'),
            render: (_, c) =>
              c.meetsTarget === null ? (
                '—'
              ) : c.meetsTarget ? (
                t('qc.dashboard.yes')
              ) : (
                <Tag color="red">{t('qc.dashboard.no')}</Tag>
              ),
          },
          {
            title: t('qc.dashboard.signal'),
            render: (_, c) =>
              c.signal ? (
                <Tag color={SIGNAL_COLOURS[c.signal]}>{t(`qc.dashboard.signals.${c.signal}`)}</Tag>
              ) : (
                '—'
              ),
          },
        ]}
      />
      <Drawer
        open={drill !== null}
        onClose={() => setDrill(null)}
        width={720}
        title={t('qc.dashboard.drillTitle', {
          hospital: result?.hospitals.find((h) => h.hospitalCode === drill)?.hospitalName ?? drill,
          indicator: result ? name(result.definition) : code,
        })}
      >
        {drillQuery.error ? (
          <ErrorResult error={drillQuery.error} />
        ) : (
          <Table
            rowKey="id"
            size="small"
            loading={drillQuery.isLoading}
            dataSource={drillQuery.data?.records ?? []}
            data-testid="qc-drill-table"
            columns={[
              { title: t('qc.dashboard.sourceId'), dataIndex: 'sourceId' },
              { title: t('qc.dashboard.eventDate'), dataIndex: 'eventDate' },
              {
                title: t('qc.dashboard.inNumerator'),
                dataIndex: 'inNumerator',
                render: (v: boolean) => (v ? t('qc.dashboard.yes') : t('qc.dashboard.no')),
              },
              {
                title: t('qc.dashboard.details'),
                dataIndex: 'data',
                render: (d: Record<string, unknown>) => (
                  <Typography.Text style={{ fontSize: 12 }}>
                    {Object.entries(d)
                      .filter(([, v]) => v !== null)
                      .map(([k, v]) => `${k}: ${String(v)}`)
                      .join('; ')}
                  </Typography.Text>
                ),
              },
            ]}
          />
        )}
      </Drawer>
    </Space>
  );
}
