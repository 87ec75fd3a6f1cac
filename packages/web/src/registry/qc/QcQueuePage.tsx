import type { QcQueue, QcQueueItem, QcQueueQuery } from '@orca/contract';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Row, Space, Statistic, Table, type TableColumnsType, Tabs, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorResult } from '../../components/ErrorResult';
import { fetchQcQueue } from './qc-api';
import { AGE_COLOURS, parseQcFilters, qcFiltersToParams, reportCardPath } from './qc-view';

/** 质控队列: submitted cards with check findings by severity, rule, reporter and waiting time. */
export function QcQueuePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseQcFilters(params), [params]);
  const queue = useQuery({
    queryKey: ['registry', 'qc', filters],
    queryFn: ({ signal }) => fetchQcQueue(filters, signal),
  });
  const update = (next: Partial<QcQueueQuery>) =>
    setParams(qcFiltersToParams({ ...filters, page: 1, ...next }));
  const data: QcQueue | undefined = queue.data;

  const columns: TableColumnsType<QcQueueItem> = [
    {
      title: t('qcQueue.sourceId'),
      key: 'sourceId',
      render: (_, r) => (
        <Link to={reportCardPath(r.reportId)} data-testid="qc-card-link">
          {r.sourceId}
        </Link>
      ),
    },
    { title: t('qcQueue.institution'), dataIndex: 'institutionName', key: 'institution' },
    { title: t('qcQueue.diagnosisDate'), dataIndex: 'diagnosisDate', key: 'diagnosisDate' },
    { title: t('qcQueue.icd10'), dataIndex: 'icd10', key: 'icd10' },
    {
      title: t('qcQueue.findings'),
      key: 'findings',
      render: (_, r) => (
        <Space size={4} wrap>
          {r.errors > 0 && <Tag color="red">{`${t('qcQueue.severities.error')} ${r.errors}`}</Tag>}
          {r.warnings > 0 && <Tag color="gold">{`${t('qcQueue.severities.warning')} ${r.warnings}`}</Tag>}
          {r.ruleIds.map((id) => (
            <Tag key={id}>{id}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('qcQueue.waitingDays'),
      key: 'waiting',
      align: 'right',
      render: (_, r) => <Tag color={AGE_COLOURS[r.ageBucket]}>{r.waitingDays}</Tag>,
    },
  ];

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="qc-queue-page">
      {queue.isError && <ErrorResult error={queue.error} onRetry={() => void queue.refetch()} />}
      <Tabs
        activeKey={filters.severity ?? 'all'}
        onChange={(key) => update({ severity: key === 'error' || key === 'warning' ? key : undefined })}
        items={(['all', 'error', 'warning'] as const).map((key) => ({
          key,
          label: t(`qcQueue.tabs.${key}`),
        }))}
        data-testid="qc-tabs"
      />
      {data && (
        <Row gutter={[12, 12]}>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic title={t('qcQueue.submitted')} value={data.submitted} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic title={t('qcQueue.withFindings')} value={data.withFindings} />
            </Card>
          </Col>
          <Col xs={24} md={12}>
            <Card size="small" title={t('qcQueue.byAge')}>
              <Space wrap>
                {data.byAge.map((a) => (
                  <Tag.CheckableTag
                    key={a.bucket}
                    checked={filters.age === a.bucket}
                    onChange={(on) => update({ age: on ? a.bucket : undefined })}
                    data-testid={`qc-age-${a.bucket}`}
                  >
                    {`${t(`qcQueue.ageBuckets.${a.bucket}`)}: ${a.cards}`}
                  </Tag.CheckableTag>
                ))}
              </Space>
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card size="small" title={t('qcQueue.byRule')}>
              <Table
                rowKey={(r) => `${r.severity}:${r.ruleId}`}
                size="small"
                pagination={false}
                dataSource={data.byRule}
                onRow={(r) => ({ onClick: () => update({ ruleId: r.ruleId }), style: { cursor: 'pointer' } })}
                columns={[
                  { title: t('qcQueue.rule'), dataIndex: 'ruleId', key: 'rule' },
                  {
                    title: t('qcQueue.severity'),
                    key: 'severity',
                    render: (_, r) => (
                      <Tag color={r.severity === 'error' ? 'red' : 'gold'}>
                        {t(`qcQueue.severities.${r.severity}`)}
                      </Tag>
                    ),
                  },
                  { title: t('qcQueue.findings'), dataIndex: 'findings', key: 'findings', align: 'right' },
                  { title: t('qcQueue.cards'), dataIndex: 'cards', key: 'cards', align: 'right' },
                ]}
                data-testid="qc-by-rule"
              />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card size="small" title={t('qcQueue.byInstitution')}>
              <Table
                rowKey="institutionId"
                size="small"
                pagination={false}
                dataSource={data.byInstitution}
                onRow={(r) => ({
                  onClick: () => update({ institutionId: r.institutionId }),
                  style: { cursor: 'pointer' },
                })}
                columns={[
                  { title: t('qcQueue.institution'), dataIndex: 'institutionName', key: 'name' },
                  { title: t('qcQueue.cards'), dataIndex: 'cards', key: 'cards', align: 'right' },
                  { title: t('qcQueue.withErrors'), dataIndex: 'withErrors', key: 'e', align: 'right' },
                  { title: t('qcQueue.withWarnings'), dataIndex: 'withWarnings', key: 'w', align: 'right' },
                ]}
                data-testid="qc-by-institution"
              />
            </Card>
          </Col>
        </Row>
      )}
      <Card
        size="small"
        title={t('qcQueue.title')}
        extra={
          <Button size="small" onClick={() => setParams(new URLSearchParams())} data-testid="qc-clear">
            {t('qcQueue.clearFilters')}
          </Button>
        }
      >
        <Table
          rowKey="reportId"
          size="small"
          loading={queue.isPending}
          columns={columns}
          dataSource={data?.items}
          pagination={{
            current: data?.page ?? 1,
            pageSize: data?.pageSize ?? 50,
            total: data?.total ?? 0,
            onChange: (page) => update({ page }),
          }}
          data-testid="qc-list"
        />
      </Card>
    </Space>
  );
}
