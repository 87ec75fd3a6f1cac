import type { ScreeningCancer, TaskView } from '@orca/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Checkbox, Form, Input, Modal, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../components/ErrorResult';
import { ErrorAlert } from './ErrorAlert';
import { completeTask } from './screening-api';
import { taskStatus } from './screening-view';
import { chinaToday } from './today';
import { useTasks } from './useScreening';

const STATUS_COLOUR = { overdue: 'red', open: 'blue', done: 'green' } as const;

/** 转诊随访: referral and follow-up tasks, overdue ones highlighted; a grid doctor can narrow to its grids. */
export function TasksPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [overdue, setOverdue] = useState(false);
  const [mine, setMine] = useState(false);
  const [completing, setCompleting] = useState<TaskView | null>(null);
  const today = chinaToday();
  const { data, isLoading, error, refetch } = useTasks({
    page,
    pageSize: 20,
    overdue: overdue || undefined,
    mine: mine || undefined,
  });
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: (v: { completedOn: string; outcome: string }) => completeTask(completing!.id, v),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['screening', 'tasks'] });
      setCompleting(null);
    },
  });
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  const columns = [
    { title: t('screening.participants.name'), dataIndex: 'participantName', key: 'name' },
    {
      title: t('screening.exam.cancer'),
      key: 'cancer',
      render: (x: TaskView) => t(`screening.cancers.${x.cancer as ScreeningCancer}`),
    },
    {
      title: t('screening.tasks.kind'),
      key: 'kind',
      render: (x: TaskView) => t(`screening.tasks.${x.kind}`),
    },
    { title: t('screening.tasks.dueDate'), dataIndex: 'dueDate', key: 'dueDate' },
    {
      title: t('screening.tasks.completedOn'),
      key: 'status',
      render: (x: TaskView) => {
        const status = taskStatus(x);
        return (
          <Tag color={STATUS_COLOUR[status]} data-testid={`task-status-${status}`}>
            {status === 'done' ? x.completedOn : t(`screening.tasks.${status}`)}
          </Tag>
        );
      },
    },
    { title: t('screening.participants.village'), dataIndex: 'village', key: 'village' },
    { title: t('screening.tasks.doctor'), dataIndex: 'doctorName', key: 'doctor' },
    {
      title: t('screening.participants.actions'),
      key: 'actions',
      render: (x: TaskView) =>
        x.completedOn === null && (
          <Button size="small" onClick={() => setCompleting(x)} data-testid="task-complete">
            {t('screening.tasks.complete')}
          </Button>
        ),
    },
  ];
  return (
    <Card
      title={t('screening.tasks.title')}
      data-testid="screening-tasks"
      extra={
        <Space>
          <Checkbox
            checked={overdue}
            onChange={(e) => setOverdue(e.target.checked)}
            data-testid="tasks-overdue"
          >
            {t('screening.tasks.onlyOverdue')}
          </Checkbox>
          <Checkbox checked={mine} onChange={(e) => setMine(e.target.checked)}>
            {t('screening.tasks.onlyMine')}
          </Checkbox>
        </Space>
      }
    >
      <Table
        rowKey="id"
        loading={isLoading}
        dataSource={data?.items}
        columns={columns}
        onRow={(x: TaskView) => (taskStatus(x) === 'overdue' ? { style: { background: '#fff1f0' } } : {})}
        pagination={{
          current: page,
          pageSize: 20,
          total: data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
      />
      <Modal
        open={completing !== null}
        title={t('screening.tasks.complete')}
        onCancel={() => setCompleting(null)}
        footer={null}
        destroyOnHidden
      >
        <Form layout="vertical" initialValues={{ completedOn: today }} onFinish={(v) => mutation.mutate(v)}>
          <ErrorAlert error={mutation.error} />
          <Form.Item name="completedOn" label={t('screening.tasks.completedOn')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="outcome" label={t('screening.tasks.outcome')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={mutation.isPending}>
            {t('screening.tasks.complete')}
          </Button>
        </Form>
      </Modal>
    </Card>
  );
}
