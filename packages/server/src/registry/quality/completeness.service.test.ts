import { describe, expect, it } from 'vitest';
import { completenessEstimates, type Histories } from './completeness.service';
import fixture from './fixtures/capture-recapture.json';

describe('completenessEstimates', () => {
  it('adds the cases no source found to the estimated total and divides the registered cases by it', () => {
    // hospital × death: both 60, hospital only 30, death only 10; 5 cases from other sources only.
    const histories: Histories = new Map([
      ['110', 60],
      ['100', 30],
      ['010', 10],
      ['000', 5],
    ]);
    const [chapman] = completenessEstimates(histories, 95);
    const n = 6461 / 61 - 1; // Chapman on (60, 30, 10), by hand
    expect(chapman).toMatchObject({ method: 'chapman', sources: ['hospital', 'death'], observed: 105 });
    expect(chapman!.estimated).toBeCloseTo(n + 5, 10);
    expect(chapman!.completenessPct).toBeCloseTo((100 * 95) / (n + 5), 10);
    expect(chapman!.completenessLowerPct).toBeLessThan(chapman!.completenessPct);
  });

  it('fits the log-linear model when the third source found cases, matching R', () => {
    const ref = fixture.threeSource[1]!; // dependent-12
    const c = ref.counts as Record<string, number>;
    const histories: Histories = new Map(Object.entries(c));
    const estimates = completenessEstimates(histories, 200);
    const ll = estimates.find((e) => e.method === 'log_linear')!;
    expect(ll.interactions).toEqual(ref.selectedInteractions);
    expect(Math.abs(ll.estimated - ref.estimated) / ref.estimated).toBeLessThan(1e-6);
    // The two-source estimate ignores the cases only the third source found: they are added as known.
    const chapman = estimates.find((e) => e.method === 'chapman')!;
    expect(chapman.observed).toBe(Object.values(c).reduce((s, x) => s + x, 0));
  });

  it('gives no log-linear estimate without a third source', () => {
    const estimates = completenessEstimates(
      new Map([
        ['110', 3],
        ['100', 2],
      ]),
      5,
    );
    expect(estimates.map((e) => e.method)).toEqual(['chapman', 'lincoln_petersen']);
  });
});
