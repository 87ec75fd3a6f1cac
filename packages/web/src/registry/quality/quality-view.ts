import type { QualityRow, TrafficLight } from '@orca/contract';
import type { ChartOption } from '../../components/chart-option';

/** Colours of the traffic lights (antd palette: green-6, gold-6, red-6, grey). */
export const LIGHT_COLOURS: Record<TrafficLight, string> = {
  green: '#52c41a',
  amber: '#faad14',
  red: '#f5222d',
  none: '#bfbfbf',
};

/**
 * A percentage or ratio as text, or a dash when the server gave none (no cases, or suppressed).
 *
 * @param value - the number or null.
 * @param digits - decimals (2 for percentages, as the national report prints them).
 * @returns e.g. `62.50` or `—`.
 */
export function formatIndex(value: number | null, digits = 2): string {
  return value === null ? '—' : value.toFixed(digits);
}

/** Texts of the by-year chart, already translated. */
export interface QualityChartTexts {
  title: string;
  mv: string;
  dco: string;
  /** Suffix of the threshold lines (达标线). */
  threshold: string;
}

function threshold(name: string, value: number, points: number) {
  return {
    name,
    type: 'line' as const,
    data: Array.from({ length: points }, () => value),
    symbol: 'none',
    lineStyle: { type: 'dashed' as const, width: 1 },
    tooltip: { show: false },
  };
}

/**
 * MV% and DCO% by year as two lines with the thresholds as dashed lines: the by-year chart of
 * the quality page. Suppressed or empty years are gaps, not zeros.
 *
 * @param rows - the quality rows grouped by year (key = year).
 * @param thresholds - MV minimum and DCO maximum in per cent.
 * @param texts - translated names.
 * @returns the ECharts option.
 */
export function qualityByYearOption(
  rows: readonly QualityRow[],
  thresholds: { mvMinPct: number; dcoMaxPct: number },
  texts: QualityChartTexts,
): ChartOption {
  const sorted = [...rows].sort((a, b) => Number(a.key) - Number(b.key));
  return {
    aria: { enabled: true, label: { description: texts.title } },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 24, top: 48, bottom: 32 },
    xAxis: { type: 'category', data: sorted.map((r) => r.key) },
    yAxis: { type: 'value', min: 0, max: 100, name: '%' },
    // The thresholds are drawn as flat dashed series: the tree-shaken ECharts bundle has no markLine.
    series: [
      { name: texts.mv, type: 'line', data: sorted.map((r) => r.mvPct), connectNulls: false },
      { name: texts.dco, type: 'line', data: sorted.map((r) => r.dcoPct), connectNulls: false },
      threshold(`${texts.mv} ${texts.threshold}`, thresholds.mvMinPct, sorted.length),
      threshold(`${texts.dco} ${texts.threshold}`, thresholds.dcoMaxPct, sorted.length),
    ],
  };
}
