import type { Count, RegistrySummary } from '@orca/contract';
import { PRIMARY_COLOUR } from '../app/theme';
import type { ChartOption } from '../components/chart-option';
import { formatCount, isSuppressed, SUPPRESSED_TEXT } from '../components/count-format';

/** Texts a chart needs, already translated, so the builders stay pure and language-free. */
export interface ChartTexts {
  /** Series and axis name of the counts (例数). */
  cases: string;
  /** Accessible description of the chart. */
  title: string;
  /** BCP 47 tag for digit grouping. */
  locale: string;
}

/** Colour of the stub drawn for a suppressed cell: grey, so it does not read as a small real count. */
export const SUPPRESSED_COLOUR = '#bfbfbf';

/** A bar's data item: a real count, or a suppressed cell drawn as a zero-height bar labelled "<5". */
export interface BarDatum {
  value: number;
  label?: { show: true; formatter: string };
  itemStyle?: { color: string };
}

/**
 * The bar data item for a possibly suppressed count. A suppressed cell has no value to plot, so it is drawn
 * at 0 with a "<5" label rather than left out: a missing bar would read as "no cases".
 *
 * @param count - count from the API.
 * @returns the ECharts data item.
 */
export function barDatum(count: Count): BarDatum {
  if (isSuppressed(count) || count.value === null) {
    return {
      value: 0,
      label: { show: true, formatter: SUPPRESSED_TEXT },
      itemStyle: { color: SUPPRESSED_COLOUR },
    };
  }
  return { value: count.value };
}

/**
 * Every year from the first to the last in the data, so a year without cases shows as 0 rather than
 * vanishing from the axis and making the series look continuous.
 *
 * @param byYear - cases by diagnosis year as served (any order, gaps possible).
 * @returns one entry per calendar year, ascending.
 */
export function fillYears(byYear: RegistrySummary['byYear']): RegistrySummary['byYear'] {
  if (byYear.length === 0) return [];
  const byKey = new Map(byYear.map((row) => [row.year, row.cases]));
  const years = byYear.map((row) => row.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const out: RegistrySummary['byYear'] = [];
  for (let year = first; year <= last; year++) {
    // A year absent from a GROUP BY has no cases; suppression is always explicit in the API.
    out.push({ year, cases: byKey.get(year) ?? { value: 0, suppressed: false } });
  }
  return out;
}

/**
 * ECharts option: vertical bars of new cases by year of diagnosis.
 *
 * @param byYear - `RegistrySummary.byYear`.
 * @param texts - translated names.
 * @returns the option for `EChart`.
 */
export function casesByYearOption(byYear: RegistrySummary['byYear'], texts: ChartTexts): ChartOption {
  const rows = fillYears(byYear);
  const shown = rows.map((row) => formatCount(row.cases, texts.locale));
  return {
    aria: { enabled: true, label: { description: texts.title } },
    color: [PRIMARY_COLOUR],
    grid: { left: 56, right: 16, top: 32, bottom: 32 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (_value, dataIndex) => shown[dataIndex] ?? '',
    },
    xAxis: { type: 'category', data: rows.map((row) => String(row.year)) },
    yAxis: { type: 'value', name: texts.cases, minInterval: 1 },
    series: [
      { type: 'bar', name: texts.cases, data: rows.map((row) => barDatum(row.cases)), barMaxWidth: 40 },
    ],
  };
}

/** Which site name to show: Chinese in the zh-CN UI, English otherwise. */
export type SiteNameLanguage = 'zh' | 'en';

/**
 * The `limit` sites with most cases, largest first; suppressed sites sort last (their count is < 5).
 *
 * @param topSites - `RegistrySummary.topSites`, any order.
 * @param limit - how many to keep (10 on the dashboard).
 * @returns at most `limit` sites, descending.
 */
export function rankSites(topSites: RegistrySummary['topSites'], limit = 10): RegistrySummary['topSites'] {
  const sortValue = (count: Count) => (isSuppressed(count) ? -1 : (count.value ?? -1));
  return [...topSites].sort((a, b) => sortValue(b.cases) - sortValue(a.cases)).slice(0, limit);
}

/**
 * ECharts option: horizontal bars of the top sites (the 2016-guideline reporting groups of domain.md
 * §2.12, named by the server), largest at the top.
 *
 * @param topSites - `RegistrySummary.topSites`.
 * @param nameLanguage - `zh` for Chinese site names, `en` for English.
 * @param texts - translated names.
 * @param limit - how many sites (10).
 * @returns the option for `EChart`.
 */
export function topSitesOption(
  topSites: RegistrySummary['topSites'],
  nameLanguage: SiteNameLanguage,
  texts: ChartTexts,
  limit = 10,
): ChartOption {
  const rows = rankSites(topSites, limit);
  const shown = rows.map((row) => formatCount(row.cases, texts.locale));
  return {
    aria: { enabled: true, label: { description: texts.title } },
    color: [PRIMARY_COLOUR],
    grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (_value, dataIndex) => shown[dataIndex] ?? '',
    },
    xAxis: { type: 'value', name: texts.cases, minInterval: 1 },
    // inverse: the first category (the largest site) is drawn at the top, as in a ranked table.
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => (nameLanguage === 'zh' ? row.zh : row.en)),
    },
    series: [
      {
        type: 'bar',
        name: texts.cases,
        data: rows.map((row) => barDatum(row.cases)),
        barMaxWidth: 20,
        label: { show: true, position: 'right', formatter: (p) => shown[p.dataIndex] ?? '' },
      },
    ],
  };
}

/** One row of the cases-by-region table. */
export interface RegionRow {
  regionCode: string;
  regionName: string;
  cases: Count;
  /** Share of all visible cases in percent; null for a suppressed cell. */
  sharePct: number | null;
}

/**
 * Rows of the cases-by-region table, largest first, with each region's share of the cases shown. The
 * share is of the visible total: suppressed cells (< 5 each) are left out of it, which the UI notes.
 *
 * @param byRegion - `RegistrySummary.byRegion`.
 * @returns table rows, descending by cases; suppressed cells last.
 */
export function regionRows(byRegion: RegistrySummary['byRegion']): RegionRow[] {
  const visibleTotal = byRegion.reduce(
    (sum, r) => sum + (isSuppressed(r.cases) ? 0 : (r.cases.value ?? 0)),
    0,
  );
  const sortValue = (count: Count) => (isSuppressed(count) ? -1 : (count.value ?? -1));
  return [...byRegion]
    .sort((a, b) => sortValue(b.cases) - sortValue(a.cases) || a.regionCode.localeCompare(b.regionCode))
    .map((r) => ({
      regionCode: r.regionCode,
      regionName: r.regionName,
      cases: r.cases,
      sharePct:
        isSuppressed(r.cases) || r.cases.value === null || visibleTotal === 0
          ? null
          : (100 * r.cases.value) / visibleTotal,
    }));
}
