import type { LinkageRun } from '@orca/contract';
import { Button, Progress, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../components/ErrorResult';
import { runProgress } from './review-compare';
import { useLinkageRuns, useStartRun } from './useLinkage';
import { useLinkageLabels } from './useLinkageLabels';

/** Buttons to start a dedupe or death-linkage run, the current run's progress, and the history. */
export function RunsPanel() {
  const { t } = useTranslation();
  const L = useLinkageLabels();
  const runs = useLinkageRuns();
  const start = useStartRun();
  const running = runs.data?.find((r) => r.status === 'running');
  const columns = [
    { title: t('linkage.runs.kind'), dataIndex: 'kind', render: (k: string) => L.kinds[k] ?? k },
    { title: t('linkage.runs.mode'), dataIndex: 'mode', render: (m: string) => L.modes[m] ?? m },
    {
      title: t('linkage.runs.status'),
      key: 'status',
      render: (_: unknown, r: LinkageRun) => (
        <Progress size="small" {...runProgress(r)} style={{ width: 140 }} />
      ),
    },
    { title: t('linkage.runs.records'), dataIndex: 'recordsRead' },
    { title: t('linkage.runs.pairs'), dataIndex: 'candidatePairs' },
    {
      title: t('linkage.runs.outcome'),
      key: 'outcome',
      render: (_: unknown, r: LinkageRun) =>
        r.kind === 'dedupe'
          ? t('linkage.runs.dedupeOutcome', { merged: r.personsMerged, review: r.reviewPairs })
          : t('linkage.runs.deathOutcome', {
              linked: r.deathsLinked,
              review: r.reviewPairs,
              unmatched: r.unmatchedDeaths,
            }),
    },
    {
      title: t('linkage.runs.duration'),
      dataIndex: 'durationMs',
      render: (ms: number | null) => (ms === null ? '—' : `${(ms / 1000).toFixed(1)} s`),
    },
    { title: t('linkage.runs.by'), dataIndex: 'createdByName' },
    {
      title: t('linkage.runs.started'),
      dataIndex: 'startedAt',
      render: (s: string) => new Date(s).toLocaleString(),
    },
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Space wrap>
        <Button
          type="primary"
          data-testid="start-dedupe"
          disabled={running !== undefined}
          loading={start.isPending}
          onClick={() => start.mutate({ kind: 'dedupe' })}
        >
          {t('linkage.runs.startDedupe')}
        </Button>
        <Button
          data-testid="start-dedupe-full"
          disabled={running !== undefined}
          onClick={() => start.mutate({ kind: 'dedupe', full: true })}
        >
          {t('linkage.runs.startDedupeFull')}
        </Button>
        <Button
          data-testid="start-deaths"
          disabled={running !== undefined}
          onClick={() => start.mutate({ kind: 'deaths' })}
        >
          {t('linkage.runs.startDeaths')}
        </Button>
        {running && (
          <Tag color="processing" data-testid="run-phase">
            {L.kinds[running.kind] ?? running.kind} · {L.phases[running.phase] ?? running.phase}
          </Tag>
        )}
      </Space>
      {running && <Progress data-testid="run-progress" {...runProgress(running)} />}
      {start.isError && <ErrorResult error={start.error} />}
      {runs.isError ? (
        <ErrorResult error={runs.error} onRetry={() => runs.refetch()} />
      ) : (
        <Table<LinkageRun>
          rowKey="id"
          size="small"
          loading={runs.isPending}
          dataSource={runs.data ?? []}
          columns={columns}
          pagination={false}
          data-testid="run-history"
        />
      )}
    </Space>
  );
}
