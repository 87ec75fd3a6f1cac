import type { RateRow } from '@orca/contract';
import type { ExportCell } from './table-export';

/** Column keys of the rates table, in display and export order. */
export const RATE_COLUMNS = [
  'group',
  'cases',
  'population',
  'crudeRate',
  'asr',
  'asrCi',
  'cumRate',
  'cumRisk',
  'truncRate',
] as const;

const fixed = (x: number | null, digits = 2) => (x === null ? null : Number(x.toFixed(digits)));

/**
 * The export rows of a rates table: group label, cases (`<5` when suppressed), person-years, and the
 * statistics rounded to 2 decimals (as annual reports print them), the CI as `lower–upper`.
 *
 * @param rows - the API's rows.
 * @param label - the display label of a row.
 * @param suppressedText - what a hidden count shows.
 * @returns cells per row, in {@link RATE_COLUMNS} order.
 */
export function rateExportRows(
  rows: readonly RateRow[],
  label: (row: RateRow) => string,
  suppressedText: string,
): ExportCell[][] {
  return rows.map((r) => [
    label(r),
    r.cases.suppressed ? suppressedText : r.cases.value,
    r.population,
    fixed(r.crudeRate),
    fixed(r.asr),
    r.asrLower === null || r.asrUpper === null ? null : `${r.asrLower.toFixed(2)}–${r.asrUpper.toFixed(2)}`,
    fixed(r.cumRate074),
    fixed(r.cumRisk074),
    fixed(r.truncRate3564),
  ]);
}
