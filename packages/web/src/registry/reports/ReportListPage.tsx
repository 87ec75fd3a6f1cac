import type { ReportListItem, ReportListQuery, ReportStatus } from '@orca/contract';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Space,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { canOpen } from '../../app/navigation';
import { useSessionUser } from '../../app/useSession';
import { ErrorResult } from '../../components/ErrorResult';
import { sexLabel } from '../labels';
import { fetchReports } from './reports-api';

const TABS = ['all', 'draft', 'submitted', 'returned', 'accepted'] as const;
const STATUS_COLOURS: Record<ReportStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  accepted: 'success',
};

/** 报告卡列表: cards in scope by status (草稿/已提交/已退回/已接收), masked identifiers, filters. */
export function ReportListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useSessionUser();
  const [query, setQuery] = useState<ReportListQuery>({ page: 1, pageSize: 50 });
  const reports = useQuery({
    queryKey: ['registry', 'reports', query],
    queryFn: ({ signal }) => fetchReports(query, signal),
    placeholderData: keepPreviousData,
  });
  const columns: TableColumnsType<ReportListItem> = [
    { title: t('reportCards.columns.sourceId'), dataIndex: 'sourceId', width: 140, ellipsis: true },
    { title: t('reportCards.columns.name'), dataIndex: 'personName', width: 90 },
    { title: t('reportCards.columns.idNumber'), dataIndex: 'idNumber', width: 180 },
    {
      title: t('reportCards.columns.sex'),
      dataIndex: 'sex',
      width: 60,
      render: (v: number) => sexLabel(t, v),
    },
    { title: t('reportCards.columns.age'), dataIndex: 'ageYears', width: 60 },
    { title: t('reportCards.columns.region'), dataIndex: 'regionCode', width: 90 },
    { title: t('reportCards.columns.diagnosisDate'), dataIndex: 'diagnosisDate', width: 110 },
    { title: t('reportCards.columns.icd10'), dataIndex: 'icd10', width: 80 },
    { title: t('reportCards.columns.institution'), dataIndex: 'institutionName', ellipsis: true },
    {
      title: t('reportCards.columns.status'),
      dataIndex: 'status',
      width: 90,
      render: (v: ReportStatus) => <Tag color={STATUS_COLOURS[v]}>{t(`reportCards.status.${v}`)}</Tag>,
    },
    {
      title: t('reportCards.columns.findings'),
      key: 'findings',
      width: 110,
      render: (_, r) =>
        r.hasErrors ? (
          <Tag color="error">{t('reportCards.findings.errors')}</Tag>
        ) : r.warnings > 0 ? (
          <Tag color="warning">{t('reportCards.findings.warnings', { count: r.warnings })}</Tag>
        ) : (
          <Tag color="success">{t('reportCards.findings.clean')}</Tag>
        ),
    },
  ];
  const canWrite = canOpen('dataImport', user.roles);
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card
        size="small"
        title={t('reportCards.title')}
        extra={
          canWrite ? (
            <Button type="primary" data-testid="new-report" onClick={() => navigate('/registry/reports/new')}>
              {t('reportCards.newCard')}
            </Button>
          ) : null
        }
      >
        <Form
          layout="inline"
          data-testid="report-filters"
          onFinish={(v: { year?: number; idNumber?: string; name?: string; hasErrors?: boolean }) =>
            setQuery({
              ...query,
              page: 1,
              year: v.year ?? undefined,
              idNumber: v.idNumber || undefined,
              name: v.name || undefined,
              hasErrors: v.hasErrors ? true : undefined,
            })
          }
        >
          <Form.Item name="year" label={t('reportCards.filters.year')}>
            <InputNumber min={1900} max={2100} />
          </Form.Item>
          <Form.Item name="name" label={t('reportCards.filters.name')}>
            <Input allowClear maxLength={50} />
          </Form.Item>
          <Form.Item name="idNumber" label={t('reportCards.filters.idNumber')}>
            <Input allowClear maxLength={24} />
          </Form.Item>
          <Form.Item name="hasErrors" valuePropName="checked">
            <Checkbox>{t('reportCards.filters.hasErrors')}</Checkbox>
          </Form.Item>
          <Button htmlType="submit">{t('reportCards.filters.search')}</Button>
        </Form>
      </Card>
      <Card size="small">
        <Tabs
          data-testid="report-status-tabs"
          activeKey={query.status ?? 'all'}
          onChange={(key) =>
            setQuery({ ...query, page: 1, status: key === 'all' ? undefined : (key as ReportStatus) })
          }
          items={TABS.map((key) => ({ key, label: t(`reportCards.status.${key}`) }))}
        />
        {reports.isError && <ErrorResult error={reports.error} onRetry={() => void reports.refetch()} />}
        <Table<ReportListItem>
          data-testid="report-table"
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={reports.data?.items ?? []}
          loading={reports.isFetching}
          scroll={{ x: 1200 }}
          onRow={(record) => ({
            onClick: () => navigate(`/registry/reports/${record.id}`),
            style: { cursor: 'pointer' },
            'data-testid': 'report-row',
          })}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: reports.data?.total ?? 0,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setQuery({ ...query, page, pageSize }),
          }}
        />
      </Card>
    </Space>
  );
}
