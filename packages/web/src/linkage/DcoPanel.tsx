import type { DcoCandidate } from '@orca/contract';
import { Alert, Button, Input, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../components/ErrorResult';
import { useCreateDco, useDcoCandidates } from './useLinkage';

/** Unlinked cancer deaths awaiting trace-back (死亡补发病), and the DCO registration after it. */
export function DcoPanel() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [target, setTarget] = useState<DcoCandidate | null>(null);
  const [note, setNote] = useState('');
  const candidates = useDcoCandidates(page);
  const create = useCreateDco();
  const columns = [
    { title: t('linkage.dco.name'), dataIndex: 'name' },
    { title: t('linkage.dco.region'), dataIndex: 'regionCode' },
    { title: t('linkage.dco.deathDate'), dataIndex: 'deathDate' },
    { title: t('linkage.dco.cause'), dataIndex: 'causeOfDeath' },
    {
      title: '',
      key: 'review',
      render: (_: unknown, c: DcoCandidate) =>
        c.inReview ? <Tag color="warning">{t('linkage.dco.inReview')}</Tag> : null,
    },
    {
      title: '',
      key: 'action',
      render: (_: unknown, c: DcoCandidate) => (
        <Button
          size="small"
          data-testid={`dco-${c.deathId}`}
          onClick={() => setTarget(c)}
          disabled={c.inReview}
        >
          {t('linkage.dco.create')}
        </Button>
      ),
    },
  ];
  return (
    <>
      <Alert type="info" showIcon title={t('linkage.dco.explain')} style={{ marginBottom: 12 }} />
      {candidates.isError ? (
        <ErrorResult error={candidates.error} onRetry={() => candidates.refetch()} />
      ) : (
        <Table<DcoCandidate>
          rowKey="deathId"
          size="small"
          data-testid="dco-candidates"
          loading={candidates.isFetching}
          dataSource={candidates.data?.items ?? []}
          columns={columns}
          pagination={{
            current: page,
            pageSize: 50,
            total: candidates.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
          }}
        />
      )}
      <Modal
        open={target !== null}
        title={t('linkage.dco.confirmTitle')}
        okText={t('linkage.dco.create')}
        okButtonProps={{ disabled: note.trim() === '', loading: create.isPending, id: 'dco-confirm' }}
        onCancel={() => setTarget(null)}
        onOk={() =>
          target &&
          create.mutate(
            { deathId: target.deathId, note: note.trim() },
            {
              onSuccess: () => {
                setTarget(null);
                setNote('');
              },
            },
          )
        }
        destroyOnHidden
      >
        <Input.TextArea
          data-testid="dco-note"
          value={note}
          maxLength={500}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t('linkage.dco.notePlaceholder')}
          autoSize={{ minRows: 3 }}
        />
        {create.isError && <ErrorResult error={create.error} />}
      </Modal>
    </>
  );
}
