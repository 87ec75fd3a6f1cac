import type { QcFilingStatus } from '@orca/contract';
import { useQuery } from '@tanstack/react-query';
import { Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../components/ErrorResult';
import { fetchFilings } from './quality-api';

const COLOURS = { on_time: 'green', late: 'orange', overdue: 'red', pending: 'blue' } as const;

/** 限制类技术备案: each first use against its 15-working-day filing deadline; overdue first. */
export function FilingsPage() {
  const { t } = useTranslation();
  const { data, isLoading, error } = useQuery({
    queryKey: ['qc', 'filings'],
    queryFn: ({ signal }) => fetchFilings(signal),
  });
  if (error) return <ErrorResult error={error} />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="qc-filings">
      <Typography.Title level={3}>{t('qc.filings.title')}</Typography.Title>
      <Table<QcFilingStatus>
        rowKey="id"
        size="small"
        loading={isLoading}
        dataSource={data ?? []}
        data-testid="qc-filing-table"
        columns={[
          { title: t('qc.dashboard.hospital'), dataIndex: 'hospitalName' },
          { title: t('qc.filings.technology'), dataIndex: 'technologyCode' },
          { title: t('qc.filings.firstUse'), dataIndex: 'firstUseDate' },
          { title: t('qc.filings.deadline'), dataIndex: 'deadline' },
          { title: t('qc.filings.filed'), dataIndex: 'filedDate', render: (v: string | null) => v ?? '—' },
          {
            title: t('qc.filings.status'),
            dataIndex: 'status',
            render: (s: QcFilingStatus['status']) => (
              <Tag color={COLOURS[s]}>{t(`qc.filings.statuses.${s}`)}</Tag>
            ),
          },
          {
            title: t('qc.filings.daysLeft'),
            dataIndex: 'workdaysLeft',
            render: (v: number | null) => v ?? '—',
          },
        ]}
      />
    </Space>
  );
}
