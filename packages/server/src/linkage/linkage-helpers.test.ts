import { describe, expect, it } from 'vitest';
import { isCancerCause } from './dco.service';
import { fallbackDedupeModel, rescalePrior } from './fallback-model';
import { pairKeyOf, validResidentId } from './linkage-records';

describe('linkage helpers', () => {
  it('keys a report pair the same whichever record comes first, and a death pair by its sides', () => {
    expect(pairKeyOf('dedupe', 'b', 'a')).toBe(pairKeyOf('dedupe', 'a', 'b'));
    expect(pairKeyOf('deaths', 'r', 'd')).toBe('report:r|death:d');
  });

  it('counts C00–C97 as cancer deaths and nothing else', () => {
    expect(['C00', 'C34.1', 'c97', 'C50'].map(isCancerCause)).toEqual([true, true, true, true]);
    expect(['D09', 'C98', 'I21', '', null].map(isCancerCause)).toEqual([false, false, false, false, false]);
  });

  it('accepts only well-formed resident IDs as conflict keys', () => {
    expect(validResidentId('11010519491231002x')).toBe('11010519491231002X');
    expect(validResidentId('110105194912310021')).toBeNull(); // wrong check character
    expect(validResidentId(null)).toBeNull();
  });

  it('rescales the prior so that the expected matches per record stay the same', () => {
    const trained = fallbackDedupeModel();
    const model = rescalePrior(trained, (trained.trainingRecords - 1) / 10 + 1);
    expect(model.lambda).toBeCloseTo(trained.model.lambda * 10, 12);
    expect(model.priorWeight).toBeCloseTo(Math.log2(model.lambda / (1 - model.lambda)), 12);
    expect(model.comparisons).toBe(trained.model.comparisons);
  });
});
