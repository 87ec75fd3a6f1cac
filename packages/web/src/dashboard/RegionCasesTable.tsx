import type { RegistrySummary } from '@orca/contract';
import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../components/count-format';
import { type RegionRow, regionRows } from './charts';
import { formatPct } from './kpi';

/** Cases by region as a dense table, largest first; suppressed cells read "<5". */
export function RegionCasesTable({ byRegion }: { byRegion: RegistrySummary['byRegion'] }) {
  const { t, i18n } = useTranslation();
  const columns: TableColumnsType<RegionRow> = [
    { title: t('dashboard.region'), dataIndex: 'regionName', key: 'region' },
    {
      title: t('dashboard.cases'),
      key: 'cases',
      align: 'right',
      render: (_, row) => formatCount(row.cases, i18n.language),
    },
    {
      title: t('dashboard.share'),
      key: 'share',
      align: 'right',
      render: (_, row) => (row.sharePct === null ? t('common.none') : formatPct(row.sharePct, i18n.language)),
    },
  ];
  return (
    <Table<RegionRow>
      data-testid="region-cases-table"
      size="small"
      rowKey="regionCode"
      columns={columns}
      dataSource={regionRows(byRegion)}
      pagination={false}
      scroll={{ y: 300 }}
      locale={{ emptyText: t('dashboard.noData') }}
    />
  );
}
