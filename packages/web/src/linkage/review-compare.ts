import type { FieldEvidenceView, LinkageRecordView } from '@orca/contract';
import type { ChartOption } from '../components/chart-option';

/** The fields shown side by side, in order. */
export const COMPARED_FIELDS = [
  'name',
  'idNumber',
  'birthDate',
  'sex',
  'regionName',
  'icd10',
  'eventDate',
  'institutionName',
  'sourceId',
] as const;
/** One compared field. */
export type ComparedField = (typeof COMPARED_FIELDS)[number];

/** One row of the side-by-side table. */
export interface ComparedRow {
  field: ComparedField;
  left: string;
  right: string;
  /** Both present and different: highlighted. */
  differs: boolean;
  /** One side missing. */
  missing: boolean;
}

function text(value: string | number | null): string {
  return value === null ? '' : String(value);
}

// Site and cause are compared at the ICD-10 category (C34.1 vs C34): that is what the linker compares.
function comparable(field: ComparedField, value: string): string {
  const v = value.trim().toUpperCase();
  return field === 'icd10' ? v.slice(0, 3) : v;
}

/**
 * The two records of a pair field by field, with differences marked for highlighting. The source and
 * institution always differ between two reports and are not marked.
 *
 * @param left - the report.
 * @param right - the other report or the death.
 * @returns one row per field of `COMPARED_FIELDS`.
 */
export function compareRecords(left: LinkageRecordView, right: LinkageRecordView): ComparedRow[] {
  return COMPARED_FIELDS.map((field) => {
    const l = text(left[field]);
    const r = text(right[field]);
    const missing = l === '' || r === '';
    const informative = field !== 'sourceId' && field !== 'institutionName';
    return {
      field,
      left: l,
      right: r,
      missing,
      differs: informative && !missing && comparable(field, l) !== comparable(field, r),
    };
  });
}

/** Weight bands of the queue filter, in bits (log2 Bayes factor). */
export const WEIGHT_BANDS = {
  strong: { minWeight: 3 },
  middle: { minWeight: -1, maxWeight: 3 },
  weak: { maxWeight: -1 },
} as const;
/** A weight band. */
export type WeightBand = keyof typeof WEIGHT_BANDS;

/**
 * Match probability of a weight: 2^w / (1 + 2^w).
 *
 * @param weight - match weight in bits.
 * @returns probability in [0, 1].
 */
export function probabilityOfWeight(weight: number): number {
  return 2 ** weight / (1 + 2 ** weight);
}

/**
 * Horizontal bars of the evidence per field (Splink's waterfall as bars): positive bits for, negative
 * against; the prior first, missing fields at 0.
 *
 * @param fields - the explanation.
 * @param priorWeight - the prior in bits.
 * @param labels - display name per field (and `prior`).
 * @returns the ECharts option.
 */
export function explanationChartOption(
  fields: readonly FieldEvidenceView[],
  priorWeight: number,
  labels: Record<string, string>,
): ChartOption {
  const rows = [
    { name: labels.prior ?? 'prior', weight: priorWeight, level: '' },
    ...fields.map((f) => ({ name: labels[f.field] ?? f.field, weight: f.weight, level: f.level })),
  ];
  return {
    aria: { enabled: true },
    grid: { left: 110, right: 40, top: 10, bottom: 30 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', name: 'bits' },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.name) },
    series: [
      {
        type: 'bar',
        data: rows.map((r) => ({
          value: Math.round(r.weight * 100) / 100,
          itemStyle: { color: r.weight >= 0 ? '#389e0d' : '#cf1322' },
        })),
        label: { show: true, position: 'right', formatter: '{c}' },
      },
    ],
  };
}

/**
 * Where a run is, for its progress bar.
 *
 * @param run - status and progress 0…1.
 * @returns percent and the antd Progress status.
 */
export function runProgress(run: { status: string; progress: number }): {
  percent: number;
  status: 'active' | 'success' | 'exception';
} {
  const percent = Math.round(Math.min(1, Math.max(0, run.progress)) * 100);
  if (run.status === 'failed') return { percent, status: 'exception' };
  if (run.status === 'done') return { percent: 100, status: 'success' };
  return { percent, status: 'active' };
}
