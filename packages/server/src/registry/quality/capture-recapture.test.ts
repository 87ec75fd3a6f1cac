import { describe, expect, it } from 'vitest';
import {
  chapmanEstimate,
  lincolnPetersenEstimate,
  logLinearEstimate,
  type SourcePair,
  type ThreeSourceCounts,
} from './capture-recapture';
import fixture from './fixtures/capture-recapture.json';

// Fixture from `Rscript packages/server/src/registry/quality/fixtures/r/capture-recapture.R`.
const relativeError = (got: number, want: number) => Math.abs(got - want) / Math.max(1, Math.abs(want));

describe('two-source capture–recapture', () => {
  it('gives Chapman’s estimate checked by hand for 60 cases in both sources, 30 and 10 in one', () => {
    // n1 = 90, n2 = 70, m = 60: (91 × 71)/61 − 1 = 6461/61 − 1 = 104.9180…; completeness 100/104.918.
    const got = chapmanEstimate({ both: 60, onlyFirst: 30, onlySecond: 10 });
    expect(got?.observed).toBe(100);
    expect(got?.estimated).toBeCloseTo(6461 / 61 - 1, 12);
    expect(got?.completeness).toBeCloseTo(100 / (6461 / 61 - 1), 12);
    expect(got!.lower).toBeGreaterThanOrEqual(100);
  });

  it.each(fixture.twoSource)('matches the R reference for $name', (c) => {
    const chapman = chapmanEstimate(c.counts)!;
    expect(relativeError(chapman.estimated, c.chapman.estimated)).toBeLessThan(1e-9);
    expect(relativeError(chapman.lower, c.chapman.lower)).toBeLessThan(1e-9);
    expect(relativeError(chapman.upper, c.chapman.upper)).toBeLessThan(1e-9);
    const lp = lincolnPetersenEstimate(c.counts);
    if (!('lincolnPetersen' in c) || !c.lincolnPetersen) {
      expect(lp).toBeNull();
      return;
    }
    expect(relativeError(lp!.estimated, c.lincolnPetersen.estimated)).toBeLessThan(1e-9);
    expect(relativeError(lp!.lower, c.lincolnPetersen.lower)).toBeLessThan(1e-9);
    expect(relativeError(lp!.upper, c.lincolnPetersen.upper)).toBeLessThan(1e-9);
  });

  it('returns null when no case was seen and rejects negative counts', () => {
    expect(chapmanEstimate({ both: 0, onlyFirst: 0, onlySecond: 0 })).toBeNull();
    expect(() => chapmanEstimate({ both: -1, onlyFirst: 0, onlySecond: 0 })).toThrow(RangeError);
    expect(() => chapmanEstimate({ both: 1.5, onlyFirst: 0, onlySecond: 0 })).toThrow(/both/);
  });

  it('estimates no unseen case when one source lies inside the other', () => {
    const got = chapmanEstimate({ both: 8, onlyFirst: 20, onlySecond: 0 })!;
    expect(got).toMatchObject({ estimated: 28, lower: 28, upper: 28, completeness: 1 });
  });
});

describe('three-source log-linear capture–recapture', () => {
  it.each(fixture.threeSource)('matches R glm() for every model and the selection on $name', (c) => {
    const got = logLinearEstimate(c.counts as ThreeSourceCounts)!;
    expect(got.models).toHaveLength(c.models.length);
    let maxError = 0;
    for (const want of c.models) {
      const model = got.models.find(
        (m) => m.interactions.join() === (want.interactions as SourcePair[]).join(),
      )!;
      maxError = Math.max(
        maxError,
        relativeError(model.unseen, want.unseen),
        relativeError(model.interceptSe, want.interceptSe),
        Math.abs(model.deviance - want.deviance),
      );
      expect(model.dfResidual).toBe(want.dfResidual);
    }
    expect(maxError).toBeLessThan(1e-6); // IRLS to R's epsilon 1e-12 on both sides
    expect(got.selected.interactions).toEqual(c.selectedInteractions);
    expect(relativeError(got.estimated, c.estimated)).toBeLessThan(1e-6);
    expect(relativeError(got.lower, c.lower)).toBeLessThan(1e-6);
    expect(relativeError(got.upper, c.upper)).toBeLessThan(1e-6);
  });

  it('gives the closed-form independence estimate y100·y010·… when only main effects are fitted', () => {
    // Under independence with equal cells the unseen count equals any single-source cell divided by
    // the odds of capture: here every cell is 8, so μ(000) = 8 as well.
    const counts: ThreeSourceCounts = {
      '100': 8,
      '010': 8,
      '001': 8,
      '110': 8,
      '101': 8,
      '011': 8,
      '111': 8,
    };
    const got = logLinearEstimate(counts)!;
    const independence = got.models.find((m) => m.interactions.length === 0)!;
    expect(independence.unseen).toBeCloseTo(8, 9);
  });

  it('returns null when no case was seen', () => {
    const zero = { '100': 0, '010': 0, '001': 0, '110': 0, '101': 0, '011': 0, '111': 0 };
    expect(logLinearEstimate(zero)).toBeNull();
  });
});
