import type { AuditEntryView } from '@orca/contract';
import { AUDIT_ACTIONS, type AuditAction } from '@orca/contract';
import { Alert, Card, Table, type TableColumnsType, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ErrorResult } from '../components/ErrorResult';
import { describePurpose } from '../registry/purpose';
import { useAuditLog } from './useAuditLog';

const PAGE_SIZE = 50;

const ACTION_COLOURS: Partial<Record<AuditAction, string>> = {
  login_failed: 'red',
  denied: 'red',
  read: 'blue',
  export: 'orange',
  import: 'purple',
  delete: 'volcano',
};

function isAuditAction(action: string): action is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(action);
}

/** 审计日志: the append-only audit trail, newest first, paged by the server (page in the URL). */
export function AuditLogPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const rawPage = Number(params.get('page'));
  const page = Number.isInteger(rawPage) && rawPage >= 1 ? rawPage : 1;
  const audit = useAuditLog(page, PAGE_SIZE);
  const purposeLabels = t('purposes', { returnObjects: true });
  const none = t('common.none');

  const columns: TableColumnsType<AuditEntryView> = [
    { title: t('audit.columns.seq'), dataIndex: 'seq', key: 'seq', width: 80, align: 'right' },
    {
      title: t('audit.columns.at'),
      dataIndex: 'at',
      key: 'at',
      width: 170,
      render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss'),
    },
    {
      title: t('audit.columns.username'),
      dataIndex: 'username',
      key: 'username',
      width: 110,
      render: (v: string | null) => v ?? t('audit.anonymous'),
    },
    {
      title: t('audit.columns.action'),
      dataIndex: 'action',
      key: 'action',
      width: 100,
      render: (action: string) => (
        <Tag color={isAuditAction(action) ? ACTION_COLOURS[action] : undefined}>
          {isAuditAction(action) ? t(`auditActions.${action}`) : action}
        </Tag>
      ),
    },
    { title: t('audit.columns.entity'), dataIndex: 'entity', key: 'entity', width: 110 },
    {
      title: t('audit.columns.entityId'),
      dataIndex: 'entityId',
      key: 'entityId',
      width: 150,
      ellipsis: true,
      render: (v: string | null) => v ?? none,
    },
    {
      title: t('audit.columns.purpose'),
      dataIndex: 'purpose',
      key: 'purpose',
      width: 180,
      ellipsis: true,
      render: (v: string | null) => describePurpose(v, purposeLabels) ?? none,
    },
    {
      title: t('audit.columns.detail'),
      dataIndex: 'detail',
      key: 'detail',
      ellipsis: true,
      render: (detail: unknown) =>
        detail === null || detail === undefined ? (
          none
        ) : (
          <Typography.Text code style={{ fontSize: 12 }}>
            {JSON.stringify(detail)}
          </Typography.Text>
        ),
    },
  ];

  return (
    <Card size="small" title={t('audit.title')}>
      <Alert type="info" showIcon title={t('audit.hint')} style={{ marginBottom: 12 }} />
      {audit.isError && <ErrorResult error={audit.error} onRetry={() => void audit.refetch()} />}
      <Table<AuditEntryView>
        data-testid="audit-table"
        size="small"
        rowKey="seq"
        columns={columns}
        dataSource={audit.data?.items ?? []}
        loading={audit.isFetching}
        scroll={{ x: 1100 }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: audit.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('common.total', { total }),
          onChange: (next) => setParams(next === 1 ? {} : { page: String(next) }),
        }}
      />
    </Card>
  );
}
