import { Alert, Button, Drawer, Input, Skeleton, Space, Timeline } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../components/ErrorResult';
import { PurposeForm } from '../registry/PurposeForm';
import { ReviewPairView } from './ReviewPairView';
import { useReviewActions, useReviewPair } from './useLinkage';
import { useLinkageLabels } from './useLinkageLabels';

function PairBody({ pairId, onDone }: { pairId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const L = useLinkageLabels();
  const [purpose, setPurpose] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const pair = useReviewPair(pairId, purpose);
  const { decide, undo } = useReviewActions();
  if (purpose === null) return <PurposeForm onSubmit={setPurpose} />;
  if (pair.isError) return <ErrorResult error={pair.error} />;
  if (pair.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  const detail = decide.data?.id === pairId && !undo.data ? decide.data : (undo.data ?? pair.data);
  const open = detail.status === 'open';
  const error = decide.error ?? undo.error;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert type="warning" showIcon data-testid="pair-audited" title={t('linkage.review.audited')} />
      <ReviewPairView pair={detail} />
      <Input.TextArea
        data-testid="decision-note"
        value={note}
        maxLength={500}
        onChange={(e) => setNote(e.target.value)}
        placeholder={t('linkage.review.notePlaceholder')}
        autoSize={{ minRows: 2, maxRows: 4 }}
      />
      {error && <ErrorResult error={error} />}
      {open ? (
        <Space wrap>
          <Button
            type="primary"
            data-testid="decide-linked"
            loading={decide.isPending}
            onClick={() =>
              decide.mutate({ id: pairId, decision: 'linked', note }, { onSuccess: () => undo.reset() })
            }
          >
            {t('linkage.review.samePerson')}
          </Button>
          <Button
            danger
            data-testid="decide-not-linked"
            loading={decide.isPending}
            onClick={() =>
              decide.mutate({ id: pairId, decision: 'not_linked', note }, { onSuccess: () => undo.reset() })
            }
          >
            {t('linkage.review.differentPersons')}
          </Button>
          <Button data-testid="decide-skip" onClick={onDone}>
            {t('linkage.review.skip')}
          </Button>
        </Space>
      ) : (
        <Space wrap>
          <Alert type="success" showIcon title={L.statuses[detail.status] ?? detail.status} />
          <Button
            data-testid="decision-undo"
            loading={undo.isPending}
            onClick={() => undo.mutate({ id: pairId, note }, { onSuccess: () => decide.reset() })}
          >
            {t('linkage.review.undo')}
          </Button>
        </Space>
      )}
      {detail.decisions.length > 0 && (
        <Timeline
          items={detail.decisions.map((d) => ({
            children: `${new Date(d.decidedAt).toLocaleString()} · ${L.decisions[d.decision] ?? d.decision}${d.note ? ` · ${d.note}` : ''}`,
          }))}
        />
      )}
    </Space>
  );
}

/** One pair for review: purpose first (the read is audited), then side by side and the decision. */
export function ReviewPairDrawer({ pairId, onClose }: { pairId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={pairId !== null}
      onClose={onClose}
      title={t('linkage.review.title')}
      size={760}
      destroyOnHidden
      data-testid="pair-drawer"
    >
      {pairId !== null && <PairBody key={pairId} pairId={pairId} onDone={onClose} />}
    </Drawer>
  );
}
