import type { FollowUpStatus, FollowUpTaskItem } from '@orca/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Input,
  Modal,
  Segmented,
  Space,
  Switch,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../components/ErrorResult';
import { ContactForm } from './ContactForm';
import { applyDeathLinkage, fetchTasks, generateTasks, updateTask } from './follow-up-api';
import { taskUrgency } from './follow-up-view';

const URGENCY_COLOURS = { overdue: 'red', due_soon: 'gold', later: 'default', closed: 'default' } as const;

/** 随访管理: follow-up task list with due dates and overdue highlighting, contact form, lost-to-follow-up. */
export function FollowUpPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<FollowUpStatus>('open');
  const [overdue, setOverdue] = useState(false);
  const [page, setPage] = useState(1);
  const [contactTask, setContactTask] = useState<FollowUpTaskItem | null>(null);
  const [lostTask, setLostTask] = useState<FollowUpTaskItem | null>(null);
  const [lostReason, setLostReason] = useState('');
  const today = new Date().toISOString().slice(0, 10);
  const tasks = useQuery({
    queryKey: ['registry', 'follow-up', status, overdue, page],
    queryFn: ({ signal }) => fetchTasks({ status, overdue: overdue || undefined, page }, signal),
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['registry', 'follow-up'] });
  const generate = useMutation({
    mutationFn: generateTasks,
    onSuccess: (r) => {
      void message.success(t('followUp.generated', { count: r.created }));
      refresh();
    },
  });
  const deaths = useMutation({
    mutationFn: applyDeathLinkage,
    onSuccess: (r) => {
      void message.success(t('followUp.appliedDeaths', { count: r.updated }));
      refresh();
    },
  });
  const markLost = useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      updateTask(id, { status: 'lost_to_follow_up', reason }),
    onSuccess: () => {
      setLostTask(null);
      setLostReason('');
      refresh();
    },
  });

  const columns: TableColumnsType<FollowUpTaskItem> = [
    { title: t('followUp.name'), dataIndex: 'personName', key: 'name' },
    { title: t('followUp.region'), dataIndex: 'regionName', key: 'region' },
    { title: t('followUp.assigned'), key: 'assigned', render: (_, r) => r.assignedInstitutionName ?? '—' },
    { title: t('followUp.lastContact'), key: 'last', render: (_, r) => r.lastContactDate ?? '—' },
    {
      title: t('followUp.dueDate'),
      key: 'due',
      render: (_, r) => {
        const urgency = taskUrgency(r, today);
        return (
          <Space size={4}>
            <Tag color={URGENCY_COLOURS[urgency]} data-testid={`due-${urgency}`}>
              {r.dueDate}
            </Tag>
            {r.daysOverdue > 0 && (
              <Typography.Text type="danger">
                {t('followUp.overdue', { days: r.daysOverdue })}
              </Typography.Text>
            )}
          </Space>
        );
      },
    },
    {
      title: t('followUp.status'),
      key: 'status',
      render: (_, r) => <span title={r.reason ?? undefined}>{t(`followUp.statuses.${r.status}`)}</span>,
    },
    {
      key: 'actions',
      render: (_, r) =>
        r.status === 'open' && (
          <Space>
            <Button size="small" type="primary" onClick={() => setContactTask(r)} data-testid="task-record">
              {t('followUp.record')}
            </Button>
            <Button size="small" danger onClick={() => setLostTask(r)} data-testid="task-lost">
              {t('followUp.markLost')}
            </Button>
          </Space>
        ),
    },
  ];

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="follow-up-page">
      <Card size="small">
        <Space wrap>
          <Segmented<FollowUpStatus>
            value={status}
            onChange={(v) => {
              setStatus(v);
              setPage(1);
            }}
            options={(['open', 'done', 'lost_to_follow_up'] as const).map((s) => ({
              value: s,
              label: t(`followUp.statuses.${s}`),
            }))}
          />
          <Space size={4}>
            <Switch checked={overdue} onChange={setOverdue} data-testid="follow-up-overdue" />
            {t('followUp.overdueOnly')}
          </Space>
          <Button
            onClick={() => generate.mutate()}
            loading={generate.isPending}
            data-testid="follow-up-generate"
          >
            {t('followUp.generate')}
          </Button>
          <Button onClick={() => deaths.mutate()} loading={deaths.isPending} data-testid="follow-up-deaths">
            {t('followUp.applyDeaths')}
          </Button>
        </Space>
      </Card>
      {tasks.isError && <ErrorResult error={tasks.error} onRetry={() => void tasks.refetch()} />}
      {(generate.isError || deaths.isError) && <ErrorResult error={generate.error ?? deaths.error} />}
      <Card size="small" title={t('followUp.title')}>
        <Table
          rowKey="id"
          size="small"
          loading={tasks.isPending}
          columns={columns}
          dataSource={tasks.data?.items}
          pagination={{
            current: page,
            pageSize: tasks.data?.pageSize ?? 50,
            total: tasks.data?.total ?? 0,
            onChange: setPage,
          }}
          data-testid="follow-up-tasks"
        />
      </Card>
      {contactTask && <ContactForm task={contactTask} onClose={() => setContactTask(null)} />}
      <Modal
        open={lostTask !== null}
        title={t('followUp.lostReason')}
        onCancel={() => setLostTask(null)}
        okButtonProps={{ disabled: lostReason.trim() === '', loading: markLost.isPending }}
        onOk={() => lostTask && markLost.mutate({ id: lostTask.id, reason: lostReason.trim() })}
      >
        <Input.TextArea
          value={lostReason}
          onChange={(e) => setLostReason(e.target.value)}
          placeholder={t('followUp.lostReasonRequired')}
          maxLength={500}
          data-testid="lost-reason"
        />
        {markLost.isError && <ErrorResult error={markLost.error} />}
      </Modal>
    </Space>
  );
}
