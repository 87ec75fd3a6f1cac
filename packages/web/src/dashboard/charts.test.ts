import type { RegistrySummary } from '@orca/contract';
import { describe, expect, it } from 'vitest';
import { PRIMARY_COLOUR } from '../app/theme';
import {
  barDatum,
  casesByYearOption,
  fillYears,
  rankSites,
  regionRows,
  SUPPRESSED_COLOUR,
  topSitesOption,
} from './charts';

const texts = { cases: '例数', title: '历年发病例数', locale: 'zh-CN' };
const n = (value: number) => ({ value, suppressed: false });
const hidden = { value: null, suppressed: true };

type Site = RegistrySummary['topSites'][number];
const site = (siteId: number, zh: string, en: string, cases: Site['cases']): Site => ({
  siteId,
  zh,
  en,
  cases,
});

/** Narrows the one-or-many option fields the builders always set to a single object. */
function one<T>(value: T | T[] | undefined): T {
  if (value === undefined) throw new Error('missing');
  return Array.isArray(value) ? (value[0] as T) : value;
}

describe('barDatum', () => {
  it('plots a visible count as its value', () => {
    expect(barDatum(n(42))).toEqual({ value: 42 });
  });

  it('draws a suppressed cell as a grey zero bar labelled <5', () => {
    expect(barDatum(hidden)).toEqual({
      value: 0,
      label: { show: true, formatter: '<5' },
      itemStyle: { color: SUPPRESSED_COLOUR },
    });
  });
});

describe('fillYears', () => {
  it('fills a year missing from the data with zero and sorts ascending', () => {
    const filled = fillYears([
      { year: 2020, cases: n(10) },
      { year: 2018, cases: n(7) },
    ]);
    expect(filled).toEqual([
      { year: 2018, cases: n(7) },
      { year: 2019, cases: n(0) },
      { year: 2020, cases: n(10) },
    ]);
  });

  it('keeps suppressed years suppressed and returns nothing for no data', () => {
    expect(fillYears([{ year: 2019, cases: hidden }])).toEqual([{ year: 2019, cases: hidden }]);
    expect(fillYears([])).toEqual([]);
  });
});

describe('casesByYearOption', () => {
  const option = casesByYearOption(
    [
      { year: 2019, cases: n(1234) },
      { year: 2021, cases: hidden },
    ],
    texts,
  );

  it('puts every year on the category axis and one bar per year', () => {
    expect(one(option.xAxis)).toMatchObject({ type: 'category', data: ['2019', '2020', '2021'] });
    const series = one(option.series);
    expect(series).toMatchObject({ type: 'bar', name: '例数' });
    expect(series.data).toEqual([{ value: 1234 }, { value: 0 }, barDatum(hidden)]);
  });

  it('uses the primary colour and a tooltip that prints <5 for a suppressed year', () => {
    expect(option.color).toEqual([PRIMARY_COLOUR]);
    const tooltip = one(option.tooltip);
    expect(tooltip.valueFormatter?.(1234, 0)).toBe('1,234');
    expect(tooltip.valueFormatter?.(0, 2)).toBe('<5');
  });
});

describe('rankSites', () => {
  it('keeps the ten largest sites, largest first, suppressed last', () => {
    const sites = Array.from({ length: 12 }, (_, i) =>
      site(i + 1, `部位${i + 1}`, `site ${i + 1}`, n(100 + i)),
    );
    sites.push(site(99, '骨', 'bone', hidden));
    const ranked = rankSites(sites);
    expect(ranked).toHaveLength(10);
    expect(ranked[0]?.siteId).toBe(12);
    expect(ranked[9]?.siteId).toBe(3);
    expect(
      rankSites([site(99, '骨', 'bone', hidden), site(4, '胃', 'stomach', n(5))]).map((s) => s.siteId),
    ).toEqual([4, 99]);
  });
});

describe('topSitesOption', () => {
  const sites = [
    site(6, '肝脏', 'liver', n(300)),
    site(10, '气管、支气管、肺', 'trachea, bronchus & lung', n(900)),
    site(4, '胃', 'stomach', n(450)),
    site(12, '骨', 'bone', hidden),
  ];

  it('draws horizontal bars with Chinese site names, the largest at the top', () => {
    const option = topSitesOption(sites, 'zh', texts);
    expect(one(option.xAxis)).toMatchObject({ type: 'value' });
    expect(one(option.yAxis)).toMatchObject({
      type: 'category',
      inverse: true,
      data: ['气管、支气管、肺', '胃', '肝脏', '骨'],
    });
    expect(one(option.series).data).toEqual([
      { value: 900 },
      { value: 450 },
      { value: 300 },
      barDatum(hidden),
    ]);
  });

  it('uses English site names when asked', () => {
    const option = topSitesOption(sites, 'en', { ...texts, locale: 'en' });
    expect(one(option.yAxis)).toMatchObject({
      data: ['trachea, bronchus & lung', 'stomach', 'liver', 'bone'],
    });
  });

  it('labels each bar with its count, <5 for a suppressed site', () => {
    const series = one(topSitesOption(sites, 'zh', texts).series);
    const label = series.label as { formatter: (p: { dataIndex: number }) => string };
    expect(label.formatter({ dataIndex: 0 })).toBe('900');
    expect(label.formatter({ dataIndex: 3 })).toBe('<5');
  });
});

describe('regionRows', () => {
  it('sorts regions by cases and gives each visible region its share of the visible total', () => {
    const rows = regionRows([
      { regionCode: '360102', regionName: '东湖区', cases: n(25) },
      { regionCode: '360103', regionName: '西湖区', cases: hidden },
      { regionCode: '360104', regionName: '青云谱区', cases: n(75) },
    ]);
    expect(rows.map((r) => r.regionName)).toEqual(['青云谱区', '东湖区', '西湖区']);
    expect(rows.map((r) => r.sharePct)).toEqual([75, 25, null]);
  });

  it('gives no share when every cell is suppressed', () => {
    expect(
      regionRows([{ regionCode: '360102', regionName: '东湖区', cases: hidden }])[0]?.sharePct,
    ).toBeNull();
  });
});
