import type { QcIndicatorResult } from '@orca/contract';
import { describe, expect, it } from 'vitest';
import { formatPercent, formatTarget, funnelChartOption } from './funnel-chart';

const result: QcIndicatorResult = {
  definition: {
    code: 'gene_outsourcing_rate',
    nameZh: '基因检测样本外送率',
    nameEn: 'Gene-test sample outsourcing rate',
    numerator: 'sent out',
    denominator: 'samples',
    direction: 'lower',
    target: { comparator: '<=', value: 0.2, source: 'Jiangxi plan [S1]', by: '2027' },
  },
  overall: { numerator: 4, denominator: 15, proportion: 4 / 15, meetsTarget: false },
  hospitals: [
    {
      hospitalCode: 'A',
      hospitalName: '甲医院',
      regionCode: '360102',
      numerator: 3,
      denominator: 10,
      proportion: 0.3,
      meetsTarget: false,
      signal: 'alarm_high',
    },
    {
      hospitalCode: 'B',
      hospitalName: '乙医院',
      regionCode: '360121',
      numerator: null,
      denominator: null,
      proportion: null,
      meetsTarget: null,
      signal: null,
    },
  ],
  funnel: [
    { n: 1, lower95: 0, upper95: 0.9, lower998: 0, upper998: 1 },
    { n: 11, lower95: 0.05, upper95: 0.55, lower998: 0, upper998: 0.7 },
  ],
};
const texts = {
  title: 't',
  denominator: 'n',
  proportion: '%',
  overall: 'o',
  limit95: '95%',
  limit998: '99.8%',
  hospitals: 'h',
};

describe('funnel chart option', () => {
  it('draws four limit curves in percent, the overall line and one point per visible hospital', () => {
    const option = funnelChartOption(result, texts);
    const series = option.series as { name: string; data: unknown[] }[];
    expect(series).toHaveLength(6);
    expect(series[0]?.data).toEqual([
      [1, 90],
      [11, 55],
    ]);
    expect(series[4]?.data).toEqual([
      [0, (4 / 15) * 100],
      [11, (4 / 15) * 100],
    ]);
    // The suppressed hospital has no point; the alarm one is drawn in the alarm colour.
    expect(series[5]?.data).toEqual([{ value: [10, 30], name: '甲医院', itemStyle: { color: '#cf1322' } }]);
  });

  it('formats proportions and targets', () => {
    expect(formatPercent(0.2666)).toBe('26.7%');
    expect(formatPercent(null)).toBe('—');
    expect(formatTarget(result.definition.target)).toBe('≤ 20%');
    expect(formatTarget(null)).toBe('—');
  });
});
