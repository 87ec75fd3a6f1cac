import {
  REVIEW_REASONS,
  type ReviewPairListItem,
  type ReviewReason,
  type ReviewStatus,
} from '@orca/contract';
import { Button, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../components/ErrorResult';
import { ReviewPairDrawer } from './ReviewPairDrawer';
import { WEIGHT_BANDS, type WeightBand } from './review-compare';
import { useReviewPairs } from './useLinkage';
import { useLinkageLabels } from './useLinkageLabels';

/** The queue of uncertain pairs, filtered by reason, weight band and status; a row opens the pair. */
export function ReviewQueue() {
  const { t } = useTranslation();
  const L = useLinkageLabels();
  const [reason, setReason] = useState<ReviewReason | undefined>();
  const [band, setBand] = useState<WeightBand | undefined>();
  const [status, setStatus] = useState<ReviewStatus>('open');
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string | null>(null);
  const pairs = useReviewPairs({
    page,
    pageSize: 50,
    status,
    ...(reason ? { reason } : {}),
    ...(band ? WEIGHT_BANDS[band] : {}),
  });
  const columns = [
    { title: t('linkage.review.kind'), dataIndex: 'kind', render: (k: string) => L.kinds[k] ?? k },
    { title: t('linkage.review.left'), dataIndex: 'leftName' },
    { title: t('linkage.review.right'), dataIndex: 'rightName' },
    {
      title: t('linkage.review.weight'),
      dataIndex: 'weight',
      render: (w: number) => `${w.toFixed(2)} bits`,
    },
    {
      title: t('linkage.review.reason'),
      dataIndex: 'reason',
      render: (r: string) => <Tag>{L.reasons[r] ?? r}</Tag>,
    },
    {
      title: t('linkage.review.regions'),
      key: 'regions',
      render: (_: unknown, p: ReviewPairListItem) => `${p.leftRegionCode} · ${p.rightRegionCode}`,
    },
    {
      title: '',
      key: 'open',
      render: (_: unknown, p: ReviewPairListItem) => (
        <Button size="small" data-testid={`review-${p.id}`} onClick={() => setOpenId(p.id)}>
          {t('linkage.review.open')}
        </Button>
      ),
    },
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select<ReviewStatus>
          data-testid="filter-status"
          value={status}
          style={{ width: 140 }}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          options={(['open', 'linked', 'not_linked'] as const).map((s) => ({
            value: s,
            label: L.statuses[s] ?? s,
          }))}
        />
        <Select<ReviewReason>
          data-testid="filter-reason"
          allowClear
          placeholder={t('linkage.review.reason')}
          style={{ width: 180 }}
          value={reason}
          onChange={(v) => {
            setReason(v);
            setPage(1);
          }}
          options={REVIEW_REASONS.map((r) => ({ value: r, label: L.reasons[r] ?? r }))}
        />
        <Select<WeightBand>
          data-testid="filter-band"
          allowClear
          placeholder={t('linkage.review.band')}
          style={{ width: 200 }}
          value={band}
          onChange={(v) => {
            setBand(v);
            setPage(1);
          }}
          options={(Object.keys(WEIGHT_BANDS) as WeightBand[]).map((b) => ({
            value: b,
            label: L.bands[b] ?? b,
          }))}
        />
      </Space>
      {pairs.isError ? (
        <ErrorResult error={pairs.error} onRetry={() => pairs.refetch()} />
      ) : (
        <Table<ReviewPairListItem>
          rowKey="id"
          size="small"
          data-testid="review-queue"
          loading={pairs.isFetching}
          dataSource={pairs.data?.items ?? []}
          columns={columns}
          pagination={{
            current: page,
            pageSize: 50,
            total: pairs.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
          }}
        />
      )}
      <ReviewPairDrawer pairId={openId} onClose={() => setOpenId(null)} />
    </Space>
  );
}
