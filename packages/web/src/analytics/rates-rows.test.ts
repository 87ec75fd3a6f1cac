import type { RateRow } from '@orca/contract';
import { describe, expect, it } from 'vitest';
import { rateExportRows } from './rates-rows';

describe('rateExportRows', () => {
  it('rounds statistics to 2 decimals, joins the CI and shows suppressed counts as <5', () => {
    const row: RateRow = {
      key: '1',
      sex: 1,
      year: null,
      regionCode: null,
      regionName: null,
      cases: { value: 120, suppressed: false },
      population: 500000,
      crudeRate: 24.0049,
      asr: 20.123,
      asrLower: 16.5,
      asrUpper: 24.456,
      cumRate074: 2.345,
      cumRisk074: 2.3177,
      truncRate3564: 40.1,
    };
    const hidden: RateRow = {
      ...row,
      key: '2',
      cases: { value: null, suppressed: true },
      crudeRate: null,
      asr: null,
      asrLower: null,
      asrUpper: null,
      cumRate074: null,
      cumRisk074: null,
      truncRate3564: null,
    };
    expect(rateExportRows([row, hidden], (r) => `g${r.key}`, '<5')).toEqual([
      ['g1', 120, 500000, 24, 20.12, '16.50–24.46', 2.35, 2.32, 40.1],
      ['g2', '<5', 500000, null, null, null, null, null, null],
    ]);
  });
});
