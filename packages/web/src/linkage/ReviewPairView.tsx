import type { ReviewPairDetail } from '@orca/contract';
import { Descriptions, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EChart } from '../components/EChart';
import { type ComparedRow, compareRecords, explanationChartOption } from './review-compare';
import { useLinkageLabels } from './useLinkageLabels';

/** The two records side by side, differences highlighted, and the weight explained field by field. */
export function ReviewPairView({ pair }: { pair: ReviewPairDetail }) {
  const { t } = useTranslation();
  const L = useLinkageLabels();
  const rows = compareRecords(pair.left, pair.right);
  const labels: Record<string, string> = t('linkage.fields', { returnObjects: true });
  const cell = (row: ComparedRow, value: string) => {
    if (value === '')
      return <Typography.Text type="secondary">{t('linkage.review.missing')}</Typography.Text>;
    const shown = row.field === 'sex' ? (L.sex[value] ?? value) : value;
    return row.differs ? (
      <Typography.Text mark data-testid={`diff-${row.field}`}>
        {shown}
      </Typography.Text>
    ) : (
      shown
    );
  };
  return (
    <>
      <Descriptions size="small" column={3} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('linkage.review.weight')}>
          {pair.weight.toFixed(2)} bits
        </Descriptions.Item>
        <Descriptions.Item label={t('linkage.review.probability')}>
          {(pair.probability * 100).toFixed(1)}%
        </Descriptions.Item>
        <Descriptions.Item label={t('linkage.review.reason')}>
          <Tag>{L.reasons[pair.reason] ?? pair.reason}</Tag>
        </Descriptions.Item>
      </Descriptions>
      <Table<ComparedRow>
        rowKey="field"
        size="small"
        pagination={false}
        data-testid="pair-compare"
        dataSource={rows}
        columns={[
          { title: '', dataIndex: 'field', render: (f: string) => L.compare[f] ?? f, width: 110 },
          {
            title: t(pair.left.kind === 'report' ? 'linkage.review.report' : 'linkage.review.death'),
            key: 'left',
            render: (_: unknown, row) => cell(row, row.left),
          },
          {
            title: t(pair.right.kind === 'report' ? 'linkage.review.report' : 'linkage.review.death'),
            key: 'right',
            render: (_: unknown, row) => cell(row, row.right),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('linkage.review.explanation')}
      </Typography.Title>
      <EChart
        data-testid="pair-explanation"
        ariaLabel={t('linkage.review.explanation')}
        height={260}
        option={explanationChartOption(pair.fields, pair.priorWeight, {
          ...labels,
          prior: t('linkage.review.prior'),
        })}
      />
      <Table
        rowKey="field"
        size="small"
        pagination={false}
        dataSource={pair.fields}
        columns={[
          { title: t('linkage.review.field'), dataIndex: 'field', render: (f: string) => labels[f] ?? f },
          { title: t('linkage.review.level'), dataIndex: 'level' },
          { title: 'm', dataIndex: 'm', render: (m: number | null) => (m === null ? '—' : m.toFixed(4)) },
          {
            title: 'u',
            dataIndex: 'u',
            render: (u: number | null) => (u === null ? '—' : u.toExponential(2)),
          },
          { title: t('linkage.review.bits'), dataIndex: 'weight', render: (w: number) => w.toFixed(2) },
        ]}
      />
    </>
  );
}
