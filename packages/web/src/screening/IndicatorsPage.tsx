import {
  type IndicatorsQuery,
  type IndicatorValue,
  SCREENING_INDICATORS,
  type ScreeningIndicator,
} from '@orca/contract';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Input, Modal, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../app/useSession';
import { EChart } from '../components/EChart';
import { ErrorResult } from '../components/ErrorResult';
import { fetchDrill, fetchIndicators } from './screening-api';
import { formatProportion, indicatorChartOption } from './screening-view';
import { useProgrammes } from './useScreening';

type Drill = { indicator: ScreeningIndicator; part: 'numerator' | 'denominator' } | null;

/** 筛查指标: indicators by programme, region and period, with numerator/denominator drill-down and a chart. */
export function IndicatorsPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  // The last two complete calendar years: a screening season's follow-up runs into the next year.
  const year = new Date().getFullYear() - 1;
  const [query, setQuery] = useState<IndicatorsQuery>({
    programmeCode: 'urban',
    from: `${year - 1}-01-01`,
    to: `${year}-12-31`,
  });
  const [drill, setDrill] = useState<Drill>(null);
  const programmes = useProgrammes();
  const { data, isLoading, error, refetch } = useQuery({
    queryKey: ['screening', 'indicators', query],
    queryFn: ({ signal }) => fetchIndicators(query, signal),
  });
  const drillQuery = useQuery({
    queryKey: ['screening', 'drill', query, drill],
    queryFn: ({ signal }) => fetchDrill({ ...query, ...drill! }, signal),
    enabled: drill !== null,
  });
  const canDrill = user.roles.some(
    (r) => r === 'screening_staff' || r === 'administrator' || r === 'provincial_analyst',
  );
  const names = Object.fromEntries(
    SCREENING_INDICATORS.map((k) => [k, t(`screening.indicators.names.${k}`)]),
  );
  const programme = programmes.data?.programmes.find((p) => p.code === query.programmeCode);
  const count = (v: IndicatorValue, part: 'numerator' | 'denominator') => {
    const n = v[part];
    if (n === null) return t('screening.indicators.suppressed');
    if (!canDrill || n === 0 || (part === 'denominator' && v.indicator === 'coverage')) return n;
    return (
      <Button
        type="link"
        size="small"
        onClick={() => setDrill({ indicator: v.indicator, part })}
        data-testid={`drill-${v.indicator}-${part}`}
      >
        {n}
      </Button>
    );
  };
  const columns = [
    {
      title: t('screening.indicators.indicator'),
      key: 'name',
      render: (v: IndicatorValue) => names[v.indicator],
    },
    {
      title: t('screening.indicators.numerator'),
      key: 'num',
      render: (v: IndicatorValue) => count(v, 'numerator'),
    },
    {
      title: t('screening.indicators.denominator'),
      key: 'den',
      render: (v: IndicatorValue) => count(v, 'denominator'),
    },
    {
      title: t('screening.indicators.proportion'),
      key: 'p',
      render: (v: IndicatorValue) => formatProportion(v.proportion),
    },
  ];
  return (
    <Card title={t('screening.indicators.title')} data-testid="screening-indicators">
      <Form<IndicatorsQuery>
        layout="inline"
        initialValues={query}
        onFinish={(v) =>
          setQuery(Object.fromEntries(Object.entries(v).filter(([, x]) => x)) as IndicatorsQuery)
        }
        style={{ marginBottom: 16, rowGap: 8 }}
      >
        <Form.Item name="programmeCode" label={t('screening.indicators.programme')}>
          <Select
            style={{ width: 220 }}
            options={programmes.data?.programmes.map((p) => ({ value: p.code, label: p.name }))}
          />
        </Form.Item>
        <Form.Item name="cancer" label={t('screening.indicators.cancer')}>
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('screening.indicators.allCancers')}
            options={programme?.cancers.map((c) => ({
              value: c.cancer,
              label: t(`screening.cancers.${c.cancer}`),
            }))}
          />
        </Form.Item>
        <Form.Item label={t('screening.indicators.period')}>
          <Space>
            <Form.Item name="from" noStyle>
              <Input type="date" />
            </Form.Item>
            <Form.Item name="to" noStyle>
              <Input type="date" />
            </Form.Item>
          </Space>
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="indicators-submit">
          {t('screening.indicators.title')}
        </Button>
      </Form>
      {error ? (
        <ErrorResult error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <Table
            rowKey="indicator"
            loading={isLoading}
            dataSource={data?.values}
            columns={columns}
            pagination={false}
            size="small"
          />
          {data && (
            <EChart
              data-testid="indicators-chart"
              ariaLabel={t('screening.indicators.chartTitle')}
              height={380}
              option={indicatorChartOption(data.values, {
                title: t('screening.indicators.chartTitle'),
                names,
              })}
            />
          )}
        </>
      )}
      <Modal
        open={drill !== null}
        onCancel={() => setDrill(null)}
        footer={null}
        width={760}
        title={drill ? t('screening.indicators.drillTitle', { name: names[drill.indicator] }) : ''}
      >
        <Table
          rowKey="id"
          size="small"
          loading={drillQuery.isLoading}
          dataSource={drillQuery.data}
          columns={[
            { title: t('screening.participants.name'), dataIndex: 'name', key: 'name' },
            { title: t('screening.participants.idNumber'), dataIndex: 'idNumber', key: 'id' },
            { title: t('screening.participants.age'), dataIndex: 'ageYears', key: 'age' },
            { title: t('screening.participants.village'), dataIndex: 'village', key: 'village' },
          ]}
        />
      </Modal>
    </Card>
  );
}
