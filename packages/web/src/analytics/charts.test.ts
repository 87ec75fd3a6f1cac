import type { AgeSpecificRow, MapArea, SurvivalGroup, TopSiteRow, TrendResult } from '@orca/contract';
import { describe, expect, it } from 'vitest';
import {
  ageCurveOption,
  joinpointCaptions,
  mapOption,
  survivalOption,
  topSitesOption,
  trendOption,
} from './charts';

const count = (value: number | null) => ({ value, suppressed: value === null });
const labels = { save: '保存', language: 'zh-CN' as const };

describe('analytics chart options', () => {
  it('draws one age curve per sex, both sexes last, with gaps for zero rates on a log axis', () => {
    const rows: AgeSpecificRow[] = [0, 1, 2].flatMap((sex) =>
      [0, 1].map((ageGroup) => ({
        sex,
        ageGroup,
        label: ['0', '1-4'][ageGroup]!,
        cases: count(ageGroup),
        population: 1e5,
        rate: ageGroup,
      })),
    );
    const option = ageCurveOption(
      rows,
      { sex: { 0: '合计', 1: '男', 2: '女' }, age: '年龄', rate: '率', save: '保存' },
      true,
    );
    const series = option.series as { name: string; data: (number | null)[] }[];
    expect(series.map((s) => s.name)).toEqual(['男', '女', '合计']);
    expect(series[0]?.data).toEqual([null, 1]);
    expect(option.yAxis).toMatchObject({ type: 'log' });
    expect(option.toolbox).toMatchObject({ feature: { saveAsImage: { name: 'age-specific-rates' } } });
  });

  it('ranks top sites top-down with their names in the chosen language and empty bars for suppressed counts', () => {
    const rows: TopSiteRow[] = [
      {
        sex: 1,
        rank: 2,
        siteId: 4,
        zh: '胃',
        en: 'Stomach',
        cases: count(null),
        percent: null,
        crudeRate: null,
        asr: null,
      },
      {
        sex: 1,
        rank: 1,
        siteId: 10,
        zh: '肺',
        en: 'Lung',
        cases: count(30),
        percent: 25,
        crudeRate: 10,
        asr: 8,
      },
    ];
    const option = topSitesOption(rows, { ...labels, cases: '病例数' });
    expect(option.yAxis).toMatchObject({ inverse: true, data: ['1. 肺', '2. 胃'] });
    expect((option.series as { data: unknown[] }[])[0]?.data).toEqual([30, null]);
    expect(topSitesOption(rows, { ...labels, language: 'en', cases: 'Cases' }).yAxis).toMatchObject({
      data: ['1. Lung', '2. Stomach'],
    });
  });

  const trendLabels = {
    observed: '观察值',
    fitted: '拟合',
    asr: '标化率',
    year: '年',
    rate: '率',
    apc: 'APC',
    aapc: 'AAPC',
    save: '保存',
    notFitted: '未拟合',
  };
  const trend: TrendResult = {
    regionCode: '360000',
    series: [2015, 2016, 2017].map((year, i) => ({
      year,
      cases: count(10 + i),
      population: 1e5,
      crudeRate: 10 + i,
      asr: 9 + i,
      asrLower: 8,
      asrUpper: 12,
    })),
    joinpoint: {
      status: 'fitted',
      reason: null,
      k: 1,
      joinpoints: [2016],
      segments: [
        { startYear: 2015, endYear: 2016, apc: 5.04, apcLower: 1.2, apcUpper: 9 },
        { startYear: 2016, endYear: 2017, apc: -1, apcLower: -3, apcUpper: 1 },
      ],
      aapc: 2,
      aapcLower: -0.5,
      aapcUpper: 4.5,
      fitted: [2015, 2016, 2017].map((year) => ({ year, rate: 10, fittedRate: 10.5 })),
    },
  };

  it('labels every joinpoint segment with its APC and interval, starring the significant ones, then the AAPC', () => {
    expect(joinpointCaptions(trend.joinpoint, trendLabels)).toEqual([
      '2015–2016 APC +5.0%* (+1.2, +9.0)',
      '2016–2017 APC -1.0% (-3.0, +1.0)',
      'AAPC +2.0% (-0.5, +4.5)',
    ]);
    expect(
      joinpointCaptions({ ...trend.joinpoint, status: 'not_fitted', segments: [] }, trendLabels),
    ).toEqual(['未拟合']);
  });

  it('plots observed points, the fitted line with a dashed line at each joinpoint, and the ASR', () => {
    const option = trendOption(trend, trendLabels);
    const series = option.series as { type: string; data: unknown[]; markLine?: { data: unknown[] } }[];
    expect(series.map((s) => s.type)).toEqual(['scatter', 'line', 'line']);
    expect(series[1]?.data).toEqual([10.5, 10.5, 10.5]);
    expect(series[1]?.markLine?.data).toEqual([{ xAxis: '2016' }]);
  });

  it('draws each survival curve as a step line with a stacked band of width upper − lower, in per cent', () => {
    const group: SurvivalGroup = {
      key: '1',
      sex: 1,
      siteId: null,
      zh: null,
      en: null,
      patients: count(20),
      curve: [
        { years: 0, estimate: 1, lower: null, upper: null },
        { years: 1, estimate: 0.8, lower: 0.6, upper: 0.9 },
      ],
      table: [],
    };
    const hidden: SurvivalGroup = { ...group, key: '2', patients: count(null), curve: [] };
    const option = survivalOption([group, hidden], {
      groupName: (g) => `g${g.key}`,
      years: '年',
      survival: '%',
      save: '保存',
    });
    const series = option.series as { data: [number, number | null][]; stack?: string }[];
    expect(series).toHaveLength(3);
    expect(series[0]?.data).toEqual([
      [0, 100],
      [1, 80],
    ]);
    expect(series[1]?.data).toEqual([
      [0, null],
      [1, 60],
    ]);
    expect(series[2]?.data[1]?.[1]).toBeCloseTo(30, 12);
    expect(series[1]?.stack).toBe(series[2]?.stack);
  });

  it('matches map areas to features by code and centres the smoothed-SIR scale on 1', () => {
    const area = (regionCode: string, smoothedSir: number | null): MapArea => ({
      regionCode,
      regionName: regionCode,
      cases: count(10),
      population: 1e5,
      crudeRate: 10,
      asr: 9,
      asrLower: 8,
      asrUpper: 10,
      expected: 9,
      sir: 1.1,
      sirLower: 0.5,
      sirUpper: 2,
      smoothedSir,
      smoothedLower: 0.8,
      smoothedUpper: 1.2,
    });
    const names = new Map([
      ['360100', '南昌市'],
      ['360200', '景德镇市'],
    ]);
    const option = mapOption(
      [area('360100', 1.3), area('360200', 0.9), area('999999', 5)],
      'jiangxi',
      names,
      'smoothedSir',
      { metric: 'SIR', noData: '—', save: '保存' },
    );
    expect((option.series as { data: unknown[] }[])[0]?.data).toEqual([
      { name: '南昌市', value: 1.3 },
      { name: '景德镇市', value: 0.9 },
    ]);
    expect(option.visualMap).toMatchObject({ min: 0.7, max: 1.3 });
    const crude = mapOption([area('360100', null)], 'jiangxi', names, 'crudeRate', {
      metric: '粗率',
      noData: '—',
      save: '保存',
    });
    expect(crude.visualMap).toMatchObject({ min: 0, max: 10 });
    // Rates span the areas' own range, so differences of a few per cent still show in colour.
    const spread = mapOption(
      [
        { ...area('360100', 1), crudeRate: 150 },
        { ...area('360200', 1), crudeRate: 220 },
      ],
      'jiangxi',
      names,
      'crudeRate',
      { metric: '粗率', noData: '—', save: '保存' },
    );
    expect(spread.visualMap).toMatchObject({ min: 150, max: 220 });
  });
});
