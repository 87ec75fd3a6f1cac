import { describe, expect, it } from 'vitest';
import { monthsBefore, overNormal, usageControlLimit } from './drug-alerts';
import { DEFAULT_PRESCRIBING_AUTHORITY, DRUG_CATALOGUE } from './drug-catalogue';
import { prescriptionFlags } from './drug-rules';

describe('over-normal drug alerts', () => {
  it('lists the twelve months before a month across a year boundary', () => {
    expect(monthsBefore('2025-02', 3)).toEqual(['2024-11', '2024-12', '2025-01']);
    expect(monthsBefore('2025-01', 12)[0]).toBe('2024-01');
  });

  it('computes mean + 2 SD by hand', () => {
    // 10, 12, 14, 10, 12, 14: mean 12; squared deviations 4,0,4,4,0,4 = 16; var 16/5 = 3.2.
    const got = usageControlLimit([10, 12, 14, 10, 12, 14]);
    expect(got?.mean).toBe(12);
    expect(got?.sd).toBeCloseTo(Math.sqrt(3.2), 12);
    expect(got?.limit).toBeCloseTo(12 + 2 * Math.sqrt(3.2), 12);
    expect(overNormal(15.6, [10, 12, 14, 10, 12, 14])).not.toBeNull(); // limit 15.578
    expect(overNormal(15.5, [10, 12, 14, 10, 12, 14])).toBeNull();
  });

  it('raises nothing on a history with under three months of use', () => {
    expect(overNormal(100, [0, 0, 0, 0, 5, 6])).toBeNull();
  });
});

describe('prescription rules', () => {
  const drug = (code: string) => DRUG_CATALOGUE.find((d) => d.code === code)!;
  const ok = { pathologyConfirmed: true, targetTested: true, offLabel: false };

  it('lets senior titles prescribe restricted drugs and stops attending physicians', () => {
    expect(prescriptionFlags(drug('L01FF01'), { ...ok, prescriberTitle: 'associate_chief' })).toEqual([]);
    expect(prescriptionFlags(drug('L01FF01'), { ...ok, prescriberTitle: 'attending' })).toEqual([
      'unauthorised_prescriber',
    ]);
    expect(prescriptionFlags(drug('L01XA01'), { ...ok, prescriberTitle: 'resident' })).toEqual([
      'unauthorised_prescriber',
    ]);
  });

  it('takes a configured authority instead of the default', () => {
    const lenient = {
      ...DEFAULT_PRESCRIBING_AUTHORITY,
      ordinary: ['chief', 'associate_chief', 'attending', 'resident'] as const,
    };
    expect(prescriptionFlags(drug('L01XA01'), { ...ok, prescriberTitle: 'resident' }, lenient)).toEqual([]);
  });

  it('flags missing pathology, a missing target test and off-label use', () => {
    expect(
      prescriptionFlags(drug('L01EB04'), {
        prescriberTitle: 'chief',
        pathologyConfirmed: false,
        targetTested: null,
        offLabel: true,
      }),
    ).toEqual(['no_pathology', 'no_target_test', 'off_label']);
    // Bevacizumab needs no target test.
    expect(
      prescriptionFlags(drug('L01FG01'), { ...ok, targetTested: false, prescriberTitle: 'chief' }),
    ).toEqual([]);
  });
});
