import { PED_DISEASES, type PedCaseView } from '@orca/contract';
import { useQuery } from '@tanstack/react-query';
import { Card, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../components/ErrorResult';
import { formatPercent } from '../quality/funnel-chart';
import { fetchPediatricCases, fetchPediatricIndicators } from './pediatric-api';

const DISEASE_NAMES = new Map(PED_DISEASES.map((d) => [d.code, d]));

/** 儿童血液病及恶性肿瘤: registered cases, their referral to designated hospitals and the indicators. */
export function PediatricCasesPage() {
  const { t, i18n } = useTranslation();
  const cases = useQuery({
    queryKey: ['pediatric', 'cases'],
    queryFn: ({ signal }) => fetchPediatricCases(signal),
  });
  const indicators = useQuery({
    queryKey: ['pediatric', 'indicators'],
    queryFn: ({ signal }) => fetchPediatricIndicators(signal),
  });
  if (cases.error) return <ErrorResult error={cases.error} />;
  const zh = i18n.language.startsWith('zh');
  const ind = indicators.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="pediatric-cases">
      <Typography.Title level={3}>{t('pediatric.title')}</Typography.Title>
      {ind && (
        <Card size="small" title={t('pediatric.indicators')} data-testid="pediatric-indicators">
          <Space wrap size="large">
            <Statistic title={t('pediatric.cases')} value={ind.cases} />
            <Statistic title={t('pediatric.atDesignated')} value={formatPercent(ind.atDesignatedRate)} />
            <Statistic title={t('pediatric.needsReferral')} value={ind.needingReferral} />
            <Statistic title={t('pediatric.referralsArrived')} value={ind.referralsArrived} />
            <Statistic title={t('pediatric.medianDays')} value={ind.medianDaysToArrival ?? '—'} />
            <Statistic
              title={t('pediatric.followUpCompletion')}
              value={formatPercent(ind.followUpCompletionRate)}
            />
          </Space>
        </Card>
      )}
      <Table<PedCaseView>
        rowKey="id"
        size="small"
        loading={cases.isLoading}
        dataSource={cases.data?.items ?? []}
        data-testid="pediatric-case-table"
        columns={[
          { title: t('pediatric.name'), dataIndex: 'name' },
          { title: t('pediatric.age'), dataIndex: 'ageYears' },
          {
            title: t('pediatric.disease'),
            dataIndex: 'diseaseCode',
            render: (c: string) => {
              const d = DISEASE_NAMES.get(c);
              return d ? (zh ? d.nameZh : d.nameEn) : c;
            },
          },
          { title: t('pediatric.diagnosisDate'), dataIndex: 'diagnosisDate' },
          { title: t('pediatric.hospital'), dataIndex: 'hospitalName' },
          {
            title: t('pediatric.managing'),
            dataIndex: 'managingHospitalCode',
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('pediatric.phase'),
            render: (_, c) => (
              <Space>
                <Tag>{t(`pediatric.phases.${c.phase}`)}</Tag>
                {c.needsReferral && <Tag color="red">{t('pediatric.needsReferral')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('pediatric.referral'),
            render: (_, c) => {
              const last = c.referrals?.[c.referrals.length - 1];
              return last ? `${last.toHospitalName} · ${last.status}` : '—';
            },
          },
        ]}
      />
    </Space>
  );
}
