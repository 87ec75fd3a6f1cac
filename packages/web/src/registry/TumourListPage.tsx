import type { TumourListItem } from '@orca/contract';
import { Alert, Card, Space, Table, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ErrorResult } from '../components/ErrorResult';
import { basisLabel, sexLabel, vitalStatusLabel } from './labels';
import { TumourDetailDrawer } from './TumourDetailDrawer';
import { TumourFilterForm } from './TumourFilterForm';
import { PAGE_SIZES, parseTumourFilters, type TumourFilters, tumourFiltersToParams } from './tumour-query';
import { useTumours } from './useTumours';

/**
 * 报告列表: reported tumours in the user's scope, paged by the server, filters in the URL, masked
 * identifiers as served; a row opens the purpose-then-detail drawer.
 */
export function TumourListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseTumourFilters(params), [params]);
  const tumours = useTumours(filters);
  const [openId, setOpenId] = useState<string | null>(null);

  const update = (next: Partial<TumourFilters>) => setParams(tumourFiltersToParams({ ...filters, ...next }));
  const none = t('common.none');

  const columns: TableColumnsType<TumourListItem> = [
    { title: t('registry.columns.name'), dataIndex: 'personName', key: 'name', width: 90 },
    {
      title: t('registry.columns.idNumber'),
      dataIndex: 'idNumber',
      key: 'idNumber',
      width: 180,
      render: (v: string | null) => v ?? none,
    },
    {
      title: t('registry.columns.sex'),
      dataIndex: 'sex',
      key: 'sex',
      width: 60,
      render: (v: number) => sexLabel(t, v),
    },
    {
      title: t('registry.columns.age'),
      dataIndex: 'ageYears',
      key: 'age',
      width: 60,
      align: 'right',
      render: (v: number | null) => v ?? none,
    },
    { title: t('registry.columns.region'), dataIndex: 'regionName', key: 'region', width: 110 },
    {
      title: t('registry.columns.diagnosisDate'),
      dataIndex: 'diagnosisDate',
      key: 'diagnosisDate',
      width: 110,
    },
    { title: t('registry.columns.icd10'), dataIndex: 'icd10', key: 'icd10', width: 80 },
    {
      title: t('registry.columns.site'),
      dataIndex: 'siteName',
      key: 'site',
      ellipsis: true,
      render: (v: string | null) => v ?? none,
    },
    {
      title: t('registry.columns.basis'),
      dataIndex: 'basis',
      key: 'basis',
      width: 120,
      render: (v: number | null) => basisLabel(t, v),
    },
    {
      title: t('registry.columns.stage'),
      dataIndex: 'stage',
      key: 'stage',
      width: 60,
      render: (v: string | null) => v ?? none,
    },
    {
      title: t('registry.columns.vitalStatus'),
      dataIndex: 'vitalStatus',
      key: 'vitalStatus',
      width: 80,
      render: (v: number | null) => vitalStatusLabel(t, v),
    },
    {
      title: t('registry.columns.institution'),
      dataIndex: 'institutionName',
      key: 'institution',
      ellipsis: true,
      render: (v: string | null) => v ?? none,
    },
  ];

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small" title={t('registry.title')}>
        <TumourFilterForm
          filters={filters}
          onSearch={(values) => update({ ...values, page: 1 })}
          onReset={() => setParams(new URLSearchParams())}
        />
      </Card>
      <Card size="small">
        <Alert type="info" showIcon title={t('registry.maskedHint')} style={{ marginBottom: 12 }} />
        {tumours.isError && <ErrorResult error={tumours.error} onRetry={() => void tumours.refetch()} />}
        <Table<TumourListItem>
          data-testid="tumour-table"
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={tumours.data?.items ?? []}
          loading={tumours.isFetching}
          scroll={{ x: 1200 }}
          onRow={(record) => ({
            onClick: () => setOpenId(record.id),
            onKeyDown: (event) => {
              if (event.key === 'Enter') setOpenId(record.id);
            },
            tabIndex: 0,
            style: { cursor: 'pointer' },
            'data-testid': 'tumour-row',
          })}
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: tumours.data?.total ?? 0,
            pageSizeOptions: PAGE_SIZES.map(String),
            showSizeChanger: true,
            showQuickJumper: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) =>
              update({ page: pageSize === filters.pageSize ? page : 1, pageSize }),
          }}
        />
      </Card>
      <TumourDetailDrawer tumourId={openId} onClose={() => setOpenId(null)} />
    </Space>
  );
}
