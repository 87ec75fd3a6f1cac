import type { QualityRow } from '@orca/contract';
import { describe, expect, it } from 'vitest';
import { formatIndex, LIGHT_COLOURS, qualityByYearOption } from './quality-view';

const row = (key: string, mvPct: number | null, dcoPct: number | null): QualityRow => ({
  key,
  label: key,
  cases: { value: 10, suppressed: false },
  mvPct,
  dcoPct,
  ubPct: 0,
  illDefinedPct: 0,
  unknownAgePct: 0,
  deaths: null,
  miRatio: null,
  timelinessMedianDays: null,
  timelinessWithin90Pct: null,
  timedCases: 0,
  lights: { mv: 'green', dco: 'green', mi: 'none' },
});

describe('quality view', () => {
  it('prints indices with two decimals and a dash for a missing one', () => {
    expect(formatIndex(62.5)).toBe('62.50');
    expect(formatIndex(0.125, 3)).toBe('0.125');
    expect(formatIndex(null)).toBe('—');
  });

  it('draws MV% and DCO% by year in year order with the thresholds and gaps for missing years', () => {
    const option = qualityByYearOption(
      [row('2021', 70, 2), row('2020', null, null)],
      { mvMinPct: 66, dcoMaxPct: 15 },
      {
        title: 't',
        mv: 'MV%',
        dco: 'DCO%',
        threshold: '达标线',
      },
    );
    expect(option.xAxis).toMatchObject({ data: ['2020', '2021'] });
    const series = option.series as { name: string; data: (number | null)[] }[];
    expect(series[0]!.data).toEqual([null, 70]);
    expect(series[1]!.data).toEqual([null, 2]);
    expect(series[2]).toMatchObject({ name: 'MV% 达标线', data: [66, 66] });
    expect(series[3]).toMatchObject({ name: 'DCO% 达标线', data: [15, 15] });
  });

  it('has a colour for every light', () => {
    expect(Object.keys(LIGHT_COLOURS).sort()).toEqual(['amber', 'green', 'none', 'red']);
  });
});
