import { InboxOutlined } from '@ant-design/icons';
import type { ImportJobView, ImportKind, ImportRejectionView } from '@orca/contract';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Input,
  Progress,
  Select,
  Space,
  Table,
  Tag,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../../app/useSession';
import { ErrorResult } from '../../components/ErrorResult';
import {
  fetchImportJob,
  fetchImportJobs,
  fetchRejections,
  importPercent,
  rejectionsCsvUrl,
  uploadImport,
} from './import-api';

interface ImportFormValues {
  kind: ImportKind;
  institutionCode?: string;
  accept?: boolean;
  strict?: boolean;
}

const REVIEW_ROLES = ['registry_staff', 'provincial_analyst', 'administrator'] as const;

function JobResult({ job }: { job: ImportJobView }) {
  const { t } = useTranslation();
  const rejections = useQuery({
    queryKey: ['registry', 'import', job.id, 'rejections'],
    queryFn: ({ signal }) => fetchRejections(job.id, 1, signal),
    enabled: job.status !== 'running' && job.rowsRejected > 0,
  });
  const colour = { running: 'processing', done: 'success', rejected: 'warning', failed: 'error' }[job.status];
  return (
    <Card size="small" title={t('reportCards.import.result')} data-testid="import-result">
      <Progress
        percent={importPercent(job)}
        status={job.status === 'failed' ? 'exception' : undefined}
        data-testid="import-progress"
      />
      <Descriptions size="small" column={3}>
        <Descriptions.Item label={t('reportCards.import.fileName')}>{job.fileName}</Descriptions.Item>
        <Descriptions.Item label={t('reportCards.columns.status')}>
          <Tag color={colour}>{t(`reportCards.import.status.${job.status}`)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('reportCards.import.rowsRead')}>{job.rowsRead}</Descriptions.Item>
        <Descriptions.Item label={t('reportCards.import.rowsAccepted')}>{job.rowsAccepted}</Descriptions.Item>
        <Descriptions.Item label={t('reportCards.import.rowsInserted')}>{job.rowsInserted}</Descriptions.Item>
        <Descriptions.Item label={t('reportCards.import.rowsUpdated')}>{job.rowsUpdated}</Descriptions.Item>
        <Descriptions.Item label={t('reportCards.import.rowsRejected')}>{job.rowsRejected}</Descriptions.Item>
      </Descriptions>
      {job.message && (
        <Alert type={job.status === 'done' ? 'info' : 'warning'} showIcon title={job.message} />
      )}
      {job.status !== 'running' && job.rowsRejected > 0 && (
        <>
          <Space style={{ margin: '12px 0' }}>
            <a href={rejectionsCsvUrl(job.id)} download data-testid="download-rejections">
              {t('reportCards.import.download')}
            </a>
          </Space>
          <Table<ImportRejectionView>
            size="small"
            data-testid="rejections-table"
            rowKey={(r) => `${r.line}-${r.field}-${r.ruleId}`}
            loading={rejections.isFetching}
            dataSource={rejections.data ?? []}
            pagination={false}
            columns={[
              { title: t('reportCards.import.line'), dataIndex: 'line', width: 80 },
              { title: t('reportCards.import.field'), dataIndex: 'field', width: 140 },
              { title: t('reportCards.import.rule'), dataIndex: 'ruleId', width: 180 },
              { title: t('reportCards.import.reason'), dataIndex: 'reason' },
            ]}
          />
        </>
      )}
    </Card>
  );
}

/**
 * 数据导入: upload a cases/deaths/population file (drag and drop), choose the options, watch the
 * progress bar while the server imports it, then see the outcome and the rejected rows.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const isReviewer = REVIEW_ROLES.some((r) => user.roles.includes(r));
  const [form] = Form.useForm<ImportFormValues>();
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: (values: ImportFormValues) => {
      if (!file) throw new Error(t('reportCards.import.noFile'));
      return uploadImport(file, { ...values, institutionCode: values.institutionCode || undefined });
    },
    onSuccess: (job) => setJobId(job.id),
  });
  const job = useQuery({
    queryKey: ['registry', 'import', jobId],
    queryFn: ({ signal }) => fetchImportJob(jobId ?? '', signal),
    enabled: jobId !== null,
    // Poll while the job runs; stop once it has finished.
    refetchInterval: (q) => (q.state.data?.status === 'running' || !q.state.data ? 1000 : false),
  });
  const recent = useQuery({
    queryKey: ['registry', 'imports', job.data?.status],
    queryFn: ({ signal }) => fetchImportJobs(signal),
  });

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small" title={t('reportCards.import.title')}>
        <Form<ImportFormValues>
          form={form}
          layout="vertical"
          data-testid="import-form"
          initialValues={{ kind: 'cases', accept: false, strict: false }}
          onFinish={(values) => start.mutate(values)}
        >
          <Upload.Dragger
            data-testid="import-upload"
            accept=".csv,.xlsx,.txt"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              return false; // uploaded with the options on "start", not on drop
            }}
            onRemove={() => setFile(null)}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('reportCards.import.drag')}</p>
            <p className="ant-upload-hint">{t('reportCards.import.hint')}</p>
          </Upload.Dragger>
          <Space wrap style={{ marginTop: 12 }}>
            <Form.Item name="kind" label={t('reportCards.import.kind')}>
              <Select
                style={{ width: 220 }}
                options={(['cases', 'deaths', 'population'] as const)
                  .filter((k) => k === 'cases' || isReviewer)
                  .map((k) => ({ value: k, label: t(`reportCards.import.kinds.${k}`) }))}
              />
            </Form.Item>
            <Form.Item name="institutionCode" label={t('reportCards.import.institutionCode')}>
              <Input style={{ width: 200 }} maxLength={32} />
            </Form.Item>
          </Space>
          {isReviewer && (
            <Form.Item name="accept" valuePropName="checked">
              <Checkbox>{t('reportCards.import.accept')}</Checkbox>
            </Form.Item>
          )}
          <Form.Item name="strict" valuePropName="checked">
            <Checkbox>{t('reportCards.import.strict')}</Checkbox>
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            disabled={!file}
            loading={start.isPending}
            data-testid="start-import"
          >
            {t('reportCards.import.start')}
          </Button>
        </Form>
        {start.isError && <ErrorResult error={start.error} />}
      </Card>
      {job.data && <JobResult job={job.data} />}
      <Card size="small" title={t('reportCards.import.recent')}>
        <Table<ImportJobView>
          size="small"
          rowKey="id"
          dataSource={recent.data ?? []}
          pagination={false}
          onRow={(r) => ({ onClick: () => setJobId(r.id), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('reportCards.import.fileName'), dataIndex: 'fileName', ellipsis: true },
            { title: t('reportCards.import.kind'), dataIndex: 'kind', width: 110 },
            {
              title: t('reportCards.columns.status'),
              dataIndex: 'status',
              width: 90,
              render: (v: ImportJobView['status']) => t(`reportCards.import.status.${v}`),
            },
            { title: t('reportCards.import.rowsAccepted'), dataIndex: 'rowsAccepted', width: 90 },
            { title: t('reportCards.import.rowsRejected'), dataIndex: 'rowsRejected', width: 90 },
            { title: t('reportCards.import.startedAt'), dataIndex: 'startedAt', width: 200 },
          ]}
        />
      </Card>
    </Space>
  );
}
