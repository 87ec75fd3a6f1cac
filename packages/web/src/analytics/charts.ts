import type { AgeSpecificRow, MapArea, SurvivalGroup, TopSiteRow, TrendResult } from '@orca/contract';
import type { EChartsOption } from 'echarts';

/** Every option here is built by a pure function from API data and translated labels (tested). */
export type AnalyticsChartOption = EChartsOption;

const SEX_COLOURS: Record<number, string> = { 0: '#5b6b7f', 1: '#1f6fd1', 2: '#d1457a' };

/**
 * The toolbox every explorer chart carries: save as PNG (or SVG when rendered with the SVG renderer).
 *
 * @param fileName - file name without extension.
 * @param title - tooltip of the button.
 * @returns the toolbox option.
 */
export function exportToolbox(fileName: string, title: string): EChartsOption['toolbox'] {
  return { right: 8, feature: { saveAsImage: { name: fileName, title, pixelRatio: 2 } } };
}

/** Labels of the age-specific chart. */
export interface AgeCurveLabels {
  sex: Record<number, string>;
  age: string;
  rate: string;
  save: string;
}

/**
 * Age-specific rates per 100 000 by sex (19 groups). On a log axis zero and suppressed rates are
 * gaps, since log 0 does not exist.
 *
 * @param rows - the API's `ageSpecific`.
 * @param labels - translated labels.
 * @param logScale - log y axis.
 * @returns the ECharts option.
 */
export function ageCurveOption(
  rows: readonly AgeSpecificRow[],
  labels: AgeCurveLabels,
  logScale: boolean,
): AnalyticsChartOption {
  const sexes = [...new Set(rows.map((r) => r.sex))].sort((a, b) => (a === 0 ? 1 : b === 0 ? -1 : a - b));
  const ages = rows.filter((r) => r.sex === sexes[0]).map((r) => r.label);
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    toolbox: exportToolbox('age-specific-rates', labels.save),
    grid: { left: 56, right: 24, top: 40, bottom: 48 },
    xAxis: { type: 'category', name: labels.age, nameLocation: 'middle', nameGap: 30, data: ages },
    yAxis: { type: logScale ? 'log' : 'value', name: labels.rate },
    series: sexes.map((sex) => ({
      type: 'line',
      name: labels.sex[sex] ?? String(sex),
      itemStyle: { color: SEX_COLOURS[sex] },
      connectNulls: false,
      data: rows
        .filter((r) => r.sex === sex)
        .map((r) => (r.rate === null || (logScale && r.rate <= 0) ? null : r.rate)),
    })),
  };
}

/** Labels of the top-sites chart. */
export interface TopSitesLabels {
  cases: string;
  save: string;
  language: 'zh-CN' | 'en';
}

/**
 * Top-10 site groups of one sex as horizontal bars, rank 1 on top; the bar label is the share of all
 * cancers. Suppressed counts are empty bars.
 *
 * @param rows - the API's `topSites` of one sex.
 * @param labels - translated labels.
 * @returns the ECharts option.
 */
export function topSitesOption(rows: readonly TopSiteRow[], labels: TopSitesLabels): AnalyticsChartOption {
  const ordered = [...rows].sort((a, b) => a.rank - b.rank);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    toolbox: exportToolbox('top-sites', labels.save),
    grid: { left: 8, right: 64, top: 24, bottom: 24, containLabel: true },
    xAxis: { type: 'value', name: labels.cases },
    yAxis: {
      type: 'category',
      inverse: true,
      data: ordered.map((r) => `${r.rank}. ${labels.language === 'en' ? r.en : r.zh}`),
    },
    series: [
      {
        type: 'bar',
        name: labels.cases,
        itemStyle: { color: SEX_COLOURS[ordered[0]?.sex ?? 0] },
        label: {
          show: true,
          position: 'right',
          formatter: (p: { dataIndex: number }) => {
            const percent = ordered[p.dataIndex]?.percent;
            return percent === null || percent === undefined ? '' : `${percent.toFixed(1)}%`;
          },
        },
        data: ordered.map((r) => r.cases.value),
      },
    ],
  };
}

/** Labels of the trend chart. */
export interface TrendLabels {
  observed: string;
  fitted: string;
  asr: string;
  year: string;
  rate: string;
  apc: string;
  aapc: string;
  save: string;
  notFitted: string;
}

const pct = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(1)}`;

/**
 * The APC/AAPC captions of a joinpoint fit: one line per segment and one for the AAPC, each with its
 * 95 % interval; an asterisk marks an interval excluding 0 (Joinpoint's convention).
 *
 * @param joinpoint - the API's fit.
 * @param labels - translated labels.
 * @returns caption lines.
 */
export function joinpointCaptions(joinpoint: TrendResult['joinpoint'], labels: TrendLabels): string[] {
  if (joinpoint.status !== 'fitted') return [labels.notFitted];
  const star = (lo: number, hi: number) => (lo > 0 || hi < 0 ? '*' : '');
  const lines = joinpoint.segments.map(
    (s) =>
      `${s.startYear}–${s.endYear} ${labels.apc} ${pct(s.apc)}%${star(s.apcLower, s.apcUpper)} (${pct(s.apcLower)}, ${pct(s.apcUpper)})`,
  );
  if (joinpoint.aapc !== null && joinpoint.aapcLower !== null && joinpoint.aapcUpper !== null) {
    lines.push(
      `${labels.aapc} ${pct(joinpoint.aapc)}%${star(joinpoint.aapcLower, joinpoint.aapcUpper)} (${pct(joinpoint.aapcLower)}, ${pct(joinpoint.aapcUpper)})`,
    );
  }
  return lines;
}

/**
 * Rates by year: the observed crude rate (points), the joinpoint fit (line, joinpoints marked) and
 * the ASR; APC/AAPC captions as the subtitle.
 *
 * @param trend - the API's trend result.
 * @param labels - translated labels.
 * @returns the ECharts option.
 */
export function trendOption(trend: TrendResult, labels: TrendLabels): AnalyticsChartOption {
  const years = trend.series.map((p) => String(p.year));
  const fitted = new Map(trend.joinpoint.fitted.map((f) => [String(f.year), f.fittedRate]));
  return {
    title: { subtext: joinpointCaptions(trend.joinpoint, labels).join('\n'), left: 56, top: 0 },
    tooltip: { trigger: 'axis' },
    legend: { right: 48, top: 0 },
    toolbox: exportToolbox('trend', labels.save),
    grid: { left: 56, right: 24, top: 40 + 16 * (trend.joinpoint.segments.length + 1), bottom: 40 },
    xAxis: { type: 'category', name: labels.year, data: years },
    yAxis: { type: 'value', name: labels.rate },
    series: [
      { type: 'scatter', name: labels.observed, data: trend.series.map((p) => p.crudeRate), symbolSize: 8 },
      {
        type: 'line',
        name: labels.fitted,
        data: years.map((y) => fitted.get(y) ?? null),
        showSymbol: false,
        markLine:
          trend.joinpoint.joinpoints.length > 0
            ? {
                symbol: 'none',
                lineStyle: { type: 'dashed' },
                data: trend.joinpoint.joinpoints.map((j) => ({ xAxis: String(j) })),
              }
            : undefined,
      },
      { type: 'line', name: labels.asr, data: trend.series.map((p) => p.asr), lineStyle: { type: 'dotted' } },
    ],
  };
}

/** Labels of the survival chart. */
export interface SurvivalLabels {
  groupName: (group: SurvivalGroup) => string;
  years: string;
  survival: string;
  save: string;
}

const GROUP_COLOURS = ['#1f6fd1', '#d1457a', '#2f9e44', '#e8590c', '#7048e8', '#0c8599', '#5b6b7f'];

/**
 * Survival curves (as percentages) with their 95 % bands: per group a step line, and the band drawn
 * as the lower bound plus a stacked, translucent (upper − lower) area. Points without an interval
 * break the band rather than draw a wrong one.
 *
 * @param groups - the API's groups (suppressed ones have no curve and are left out).
 * @param labels - translated labels.
 * @returns the ECharts option.
 */
export function survivalOption(
  groups: readonly SurvivalGroup[],
  labels: SurvivalLabels,
): AnalyticsChartOption {
  const shown = groups.filter((g) => g.curve.length > 0);
  const series: NonNullable<EChartsOption['series']> = [];
  const asPct = (x: number | null) => (x === null ? null : 100 * x);
  shown.forEach((group, i) => {
    const colour = GROUP_COLOURS[i % GROUP_COLOURS.length];
    const name = labels.groupName(group);
    const stack = `ci-${group.key}`;
    series.push(
      {
        type: 'line',
        name,
        step: 'end',
        showSymbol: false,
        itemStyle: { color: colour },
        data: group.curve.map((p) => [p.years, asPct(p.estimate)]),
      },
      {
        type: 'line',
        name,
        stack,
        silent: true,
        showSymbol: false,
        lineStyle: { opacity: 0 },
        step: 'end',
        tooltip: { show: false },
        data: group.curve.map((p) => [p.years, p.lower === null || p.upper === null ? null : asPct(p.lower)]),
      },
      {
        type: 'line',
        name,
        stack,
        silent: true,
        showSymbol: false,
        lineStyle: { opacity: 0 },
        step: 'end',
        areaStyle: { color: colour, opacity: 0.15 },
        tooltip: { show: false },
        data: group.curve.map((p) => [
          p.years,
          p.lower === null || p.upper === null ? null : 100 * (p.upper - p.lower),
        ]),
      },
    );
  });
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: shown.map((g) => labels.groupName(g)) },
    toolbox: exportToolbox('survival', labels.save),
    grid: { left: 56, right: 24, top: 40, bottom: 40 },
    xAxis: { type: 'value', name: labels.years, min: 0, max: 5 },
    yAxis: {
      type: 'value',
      name: labels.survival,
      min: 0,
      max: (v: { max: number }) => Math.max(100, Math.ceil(v.max)),
    },
    series,
  };
}

/** Which number the choropleth colours. */
export type MapMetric = 'crudeRate' | 'asr' | 'smoothedSir';

/** Labels of the map. */
export interface MapLabels {
  metric: string;
  noData: string;
  save: string;
}

/**
 * A choropleth of a region's areas. Areas are matched to GeoJSON features by GB/T 2260 code (the
 * feature `id`), then named by the feature's `name`, since ECharts joins data by name. Smoothed SIR
 * gets a diverging scale centred on 1; rates a sequential one from 0.
 *
 * @param areas - the API's areas.
 * @param mapName - the name the GeoJSON was registered under.
 * @param featureNames - feature name by region code.
 * @param metric - what to colour.
 * @param labels - translated labels.
 * @returns the ECharts option.
 */
export function mapOption(
  areas: readonly MapArea[],
  mapName: string,
  featureNames: ReadonlyMap<string, string>,
  metric: MapMetric,
  labels: MapLabels,
): AnalyticsChartOption {
  const data = areas
    .filter((a) => featureNames.has(a.regionCode))
    .map((a) => ({ name: featureNames.get(a.regionCode) ?? a.regionName, value: a[metric] }));
  const values = data.map((d) => d.value).filter((v): v is number => v !== null);
  const sir = metric === 'smoothedSir';
  const max = values.length > 0 ? Math.max(...values) : 1;
  const min = values.length > 0 ? Math.min(...values) : 0;
  const spread = sir ? Math.max(Math.abs(max - 1), Math.abs(1 - min), 0.05) : 0;
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const item = p as { name: string; value: number | null | undefined };
        const v =
          typeof item.value === 'number' && Number.isFinite(item.value)
            ? item.value.toFixed(2)
            : labels.noData;
        return `${item.name}<br/>${labels.metric}: ${v}`;
      },
    },
    toolbox: exportToolbox(`map-${metric}`, labels.save),
    visualMap: {
      type: 'continuous',
      left: 8,
      bottom: 8,
      calculable: true,
      text: [labels.metric, ''],
      // Rates span the data's own range: from 0, provinces whose counties differ by 20 % look uniform.
      min: sir ? 1 - spread : min === max ? 0 : min,
      max: sir ? 1 + spread : Math.max(max, 1e-9),
      inRange: { color: sir ? ['#2166ac', '#f7f7f7', '#b2182b'] : ['#fff5eb', '#fd8d3c', '#7f2704'] },
    },
    series: [
      {
        type: 'map',
        map: mapName,
        roam: true,
        label: { show: true, fontSize: 10 },
        emphasis: { label: { show: true } },
        data,
      },
    ] as NonNullable<EChartsOption['series']>,
  };
}
