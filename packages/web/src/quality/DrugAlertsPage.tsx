import type { QcDrugAlert } from '@orca/contract';
import { useQuery } from '@tanstack/react-query';
import { Alert, DatePicker, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../components/ErrorResult';
import { fetchDrugAlerts } from './quality-api';

/** 超常预警: key-monitored antitumour drugs used above their own historical control limit this month. */
export function DrugAlertsPage() {
  const { t } = useTranslation();
  const [month, setMonth] = useState(dayjs().subtract(1, 'month').format('YYYY-MM'));
  const { data, isLoading, error } = useQuery({
    queryKey: ['qc', 'drug-alerts', month],
    queryFn: ({ signal }) => fetchDrugAlerts(month, signal),
  });
  if (error) return <ErrorResult error={error} />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="qc-drug-alerts">
      <Typography.Title level={3}>{t('qc.alerts.title')}</Typography.Title>
      <DatePicker
        picker="month"
        aria-label={t('qc.alerts.month')}
        value={dayjs(`${month}-01`)}
        onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
      />
      <Alert type="info" showIcon message={t('qc.alerts.rule')} />
      <Table<QcDrugAlert>
        rowKey={(a) => `${a.hospitalCode}-${a.drugCode}`}
        size="small"
        loading={isLoading}
        dataSource={data ?? []}
        locale={{ emptyText: t('qc.alerts.none') }}
        data-testid="qc-drug-alert-table"
        columns={[
          { title: t('qc.dashboard.hospital'), dataIndex: 'hospitalName' },
          { title: t('qc.alerts.drug'), dataIndex: 'drugCode' },
          { title: t('qc.alerts.usage'), dataIndex: 'usage' },
          { title: t('qc.alerts.mean'), dataIndex: 'mean', render: (v: number) => v.toFixed(1) },
          { title: t('qc.alerts.limit'), dataIndex: 'limit', render: (v: number) => v.toFixed(1) },
        ]}
      />
    </Space>
  );
}
