import type { RateRow, RatesResult } from '@orca/contract';
import { Button, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { saveFile } from './download';
import { RATE_COLUMNS, rateExportRows } from './rates-rows';
import { toCsv, toXlsx } from './table-export';

/** 表格: the rates table with CIs, exportable as CSV and XLSX. */
export function RatesTab({ data }: { data: RatesResult }) {
  const { t } = useTranslation();
  const label = (r: RateRow) =>
    r.key === 'total'
      ? t('analytics.total')
      : r.sex !== null
        ? t(`analytics.sexes.${r.sex === 1 ? '1' : '2'}`)
        : r.year !== null
          ? String(r.year)
          : (r.regionName ?? r.key);
  const header = RATE_COLUMNS.map((c) => t(`analytics.columns.${c}`));
  const cells = rateExportRows(data.rows, label, t('analytics.suppressed'));
  const fileName = `${data.measure}-${data.site}-${data.regionCode}-${data.yearFrom}-${data.yearTo}`;
  return (
    <div>
      <Space style={{ marginBottom: 8 }}>
        <Button
          data-testid="analytics-export-csv"
          onClick={() => saveFile(toCsv(header, cells), `${fileName}.csv`, 'text/csv;charset=utf-8')}
        >
          {t('analytics.exportCsv')}
        </Button>
        <Button
          data-testid="analytics-export-xlsx"
          onClick={() =>
            saveFile(
              toXlsx(data.measure, header, cells) as BlobPart,
              `${fileName}.xlsx`,
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            )
          }
        >
          {t('analytics.exportXlsx')}
        </Button>
        {data.rows.some((r) => r.cases.suppressed) && (
          <Typography.Text type="secondary">{t('analytics.suppressedHint')}</Typography.Text>
        )}
      </Space>
      <Table
        data-testid="analytics-rates-table"
        size="small"
        pagination={false}
        rowKey={(row) => String(row[0])}
        dataSource={cells}
        columns={header.map((title, i) => ({
          title,
          key: i,
          render: (_: unknown, row) => row[i] ?? '—',
          align: i === 0 ? 'left' : 'right',
        }))}
        scroll={{ x: true }}
      />
    </div>
  );
}
