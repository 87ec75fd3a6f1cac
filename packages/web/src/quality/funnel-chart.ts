import type { QcIndicatorResult } from '@orca/contract';
import type { ChartOption } from '../components/chart-option';

/** Translated texts of the funnel chart, so the builder stays pure. */
export interface FunnelTexts {
  title: string;
  denominator: string;
  proportion: string;
  overall: string;
  limit95: string;
  limit998: string;
  hospitals: string;
}

const LIMIT_95 = '#faad14';
const LIMIT_998 = '#cf1322';

/**
 * The funnel plot of one indicator (Spiegelhalter 2005): each hospital's proportion against its
 * denominator, the overall proportion, and the 95 % and 99.8 % exact binomial limits the server
 * computed. ECharts has no scatter registered in ORCA's bundle, so hospitals are a line series with
 * the line hidden (points only). Hidden (suppressed) hospitals are left out: they have no point.
 *
 * @param result - one indicator from `GET /api/quality/indicators`.
 * @param texts - translated labels.
 * @returns the ECharts option.
 */
export function funnelChartOption(result: QcIndicatorResult, texts: FunnelTexts): ChartOption {
  const limit = (key: 'lower95' | 'upper95' | 'lower998' | 'upper998') =>
    result.funnel.map((p) => [p.n, Number((p[key] * 100).toFixed(3))]);
  const line = (name: string, key: 'lower95' | 'upper95' | 'lower998' | 'upper998', color: string) => ({
    type: 'line' as const,
    name,
    data: limit(key),
    showSymbol: false,
    smooth: false,
    lineStyle: { color, width: 1, type: key.endsWith('95') ? ('dashed' as const) : ('solid' as const) },
    itemStyle: { color },
  });
  const maxN = result.funnel.length ? (result.funnel[result.funnel.length - 1]?.n ?? 1) : 1;
  const overall = result.overall.proportion;
  const points = result.hospitals
    .filter((h) => h.proportion !== null && h.denominator !== null)
    .map((h) => ({
      value: [h.denominator as number, Number(((h.proportion as number) * 100).toFixed(3))],
      name: h.hospitalName,
      itemStyle: {
        color: h.signal?.startsWith('alarm')
          ? LIMIT_998
          : h.signal?.startsWith('alert')
            ? LIMIT_95
            : '#1677ff',
      },
    }));
  return {
    aria: { enabled: true, label: { description: texts.title } },
    title: { text: texts.title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    grid: { left: 56, right: 24, top: 48, bottom: 56 },
    xAxis: { type: 'value', name: texts.denominator, min: 0, max: maxN },
    yAxis: { type: 'value', name: texts.proportion, min: 0, max: 100 },
    series: [
      line(`${texts.limit95}`, 'upper95', LIMIT_95),
      line(`${texts.limit95} `, 'lower95', LIMIT_95),
      line(`${texts.limit998}`, 'upper998', LIMIT_998),
      line(`${texts.limit998} `, 'lower998', LIMIT_998),
      {
        type: 'line',
        name: texts.overall,
        data:
          overall === null
            ? []
            : [
                [0, overall * 100],
                [maxN, overall * 100],
              ],
        showSymbol: false,
        lineStyle: { color: '#595959', width: 1 },
        itemStyle: { color: '#595959' },
      },
      {
        type: 'line',
        name: texts.hospitals,
        data: points,
        showSymbol: true,
        symbolSize: 8,
        lineStyle: { width: 0, opacity: 0 },
        tooltip: { trigger: 'item' },
      },
    ],
  };
}

/** A proportion as a percentage with one decimal, or an em dash when hidden or undefined. */
export function formatPercent(proportion: number | null): string {
  return proportion === null ? '—' : `${(proportion * 100).toFixed(1)}%`;
}

/** The target as text, e.g. `> 50%`, or an em dash. */
export function formatTarget(target: QcIndicatorResult['definition']['target']): string {
  if (!target) return '—';
  const comparator = { '>': '>', '>=': '≥', '<': '<', '<=': '≤' }[target.comparator];
  return `${comparator} ${(target.value * 100).toFixed(0)}%`;
}
