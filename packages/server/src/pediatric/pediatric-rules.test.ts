import { describe, expect, it } from 'vitest';
import { ageInYears, canMoveReferral, followUpPlan, isDesignated, median } from './pediatric-rules';

describe('children’s case rules', () => {
  it('counts completed years of age', () => {
    expect(ageInYears('2010-06-15', '2025-06-14')).toBe(14);
    expect(ageInYears('2010-06-15', '2025-06-15')).toBe(15);
  });

  it('honours the validity period and the disease group of a designation', () => {
    const d = [
      {
        institutionId: 'H',
        diseaseGroup: 'blood',
        role: 'designated',
        validFrom: '2020-01-01',
        validTo: '2024-12-31',
      },
    ];
    expect(isDesignated(d, 'H', 'blood', '2024-06-01')).toBe(true);
    expect(isDesignated(d, 'H', 'blood', '2025-01-01')).toBe(false);
    expect(isDesignated(d, 'H', 'solid', '2024-06-01')).toBe(false);
  });

  it('moves referrals only forward', () => {
    expect(canMoveReferral('requested', 'accepted')).toBe(true);
    expect(canMoveReferral('requested', 'arrived')).toBe(false);
    expect(canMoveReferral('arrived', 'cancelled')).toBe(false);
  });

  it('plans review visits and family-doctor tasks, clamping month ends', () => {
    const plan = followUpPlan('2025-01-31');
    expect(plan.filter((p) => p.kind === 'review_visit').map((p) => p.dueDate)).toEqual([
      '2025-02-28',
      '2025-04-30',
      '2025-07-31',
      '2026-01-31',
    ]);
    expect(plan.filter((p) => p.kind === 'family_doctor')).toHaveLength(6);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
