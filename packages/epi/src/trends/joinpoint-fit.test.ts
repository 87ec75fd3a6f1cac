import { describe, expect, it } from 'vitest';
import fixture from '../../fixtures/trend-joinpoint.json';
import { admissiblePositions, minimumObservations, prepareSeries, type TrendPoint } from './joinpoint-design';
import { type JoinpointFit, joinpointFit } from './joinpoint-fit';
import { gridSearchJoinpoints } from './joinpoint-grid';

// Fixture from `Rscript fixtures/r/trend-joinpoint.R`: an independent grid search over lm(weights =
// count). Tolerances (methods.md §5): joinpoint years exact, everything else 1e-9 relative. The t and
// normal quantiles are good to ~1e-13, so the intervals are held to 1e-9 too. Quantities that can be
// 0 (a slope of a mirror-symmetric series, an off-diagonal covariance) are compared on the scale of
// their standard error: max(|expected|, se), and √(VᵢᵢVⱼⱼ) for covariances.
const relativeError = (got: number, expected: number, scale = Math.abs(expected)) =>
  scale === 0 ? Math.abs(got) : Math.abs(got - expected) / scale;

type Series = (typeof fixture.series)[number];
type FittedReference = Extract<Series['fits'][number], { sse: number }>;
const isFitted = (f: Series['fits'][number]): f is FittedReference => 'sse' in f;

const cases = fixture.series.flatMap((series) =>
  series.fits.map((fit) => ({ name: `${series.name}, k = ${fit.k}`, points: series.points, reference: fit })),
);

describe('joinpointFit against an independent R grid search', () => {
  it.each(cases)('matches R for $name', ({ points, reference }) => {
    const got = joinpointFit(points as TrendPoint[], reference.k);
    if (!isFitted(reference)) {
      expect(got).toMatchObject({ status: 'model_does_not_exist', k: reference.k });
      return;
    }
    expect(got.status).toBe('fitted');
    const fit = got as JoinpointFit;
    expect(fit.joinpoints).toEqual(reference.joinpoints);
    expect(fit.positions).toEqual(reference.positions);
    expect(fit.df).toBe(reference.df);
    let worst = 0;
    const track = (g: number, e: number, scale?: number) => {
      worst = Math.max(worst, relativeError(g, e, scale));
    };
    track(fit.sse, reference.sse);
    track(fit.sigma2, reference.sigma2);
    const p = fit.coefficients.length;
    fit.coefficients.forEach((b, i) => {
      const e = reference.coefficients[i]!;
      track(b, e, Math.max(Math.abs(e), Math.sqrt(reference.covariance[i * p + i]!)));
    });
    fit.covariance.forEach((v, index) => {
      const i = Math.floor(index / p);
      const j = index % p;
      const scale = Math.sqrt(reference.covariance[i * p + i]! * reference.covariance[j * p + j]!);
      track(v, reference.covariance[index]!, scale);
    });
    fit.segments.forEach((segment, s) => {
      const r = reference.segments[s]!;
      expect([segment.startYear, segment.endYear]).toEqual([r.start_year, r.end_year]);
      const apcScale = (e: number) => Math.max(Math.abs(e), 100 * r.slope_se);
      track(segment.slope, r.slope, Math.max(Math.abs(r.slope), r.slope_se));
      track(segment.slopeSe, r.slope_se);
      track(segment.apc, r.apc, apcScale(r.apc));
      track(segment.apcLower, r.apc_lci, apcScale(r.apc_lci));
      track(segment.apcUpper, r.apc_uci, apcScale(r.apc_uci));
    });
    const a = reference.aapc;
    const aapcScale = (e: number) => Math.max(Math.abs(e), 100 * a.slope_se);
    track(fit.aapc.slope, a.slope, Math.max(Math.abs(a.slope), a.slope_se));
    track(fit.aapc.slopeSe, a.slope_se);
    track(fit.aapc.aapc, a.aapc, aapcScale(a.aapc));
    track(fit.aapc.lower, a.lower, aapcScale(a.lower));
    track(fit.aapc.upper, a.upper, aapcScale(a.upper));
    fit.fittedRatePer100k.forEach((v, i) => {
      track(v, reference.fitted_rate_per_100k[i]!);
    });
    expect(worst).toBeLessThan(1e-9);
  });

  it('evaluates as many position sets as R for every series and k', () => {
    for (const series of fixture.series) {
      const prepared = prepareSeries(series.points);
      for (const reference of series.fits.filter(isFitted)) {
        expect(gridSearchJoinpoints(prepared, reference.k)?.evaluated).toBe(reference.evaluated);
      }
    }
  });
});

describe('joinpoint grid rules', () => {
  it('uses the Joinpoint minimum numbers of observations 3, 5, 8 and 11', () => {
    expect([0, 1, 2, 3].map(minimumObservations)).toEqual([3, 5, 8, 11]);
  });

  it('admits only joinpoints with two observations before, after and between them', () => {
    expect(admissiblePositions(5, 1)).toEqual([[2]]);
    expect(admissiblePositions(8, 2)).toEqual([[2, 5]]);
    expect(admissiblePositions(9, 2)).toEqual([
      [2, 5],
      [2, 6],
      [3, 6],
    ]);
    expect(admissiblePositions(10, 3)).toEqual([]);
  });

  it('reports that the model does not exist one observation below the minimum', () => {
    const points = [2015, 2016, 2017, 2018].map((year, i) => ({ year, count: 10 + i, population: 1000 }));
    expect(joinpointFit(points, 1)).toEqual({
      status: 'model_does_not_exist',
      k: 1,
      n: 4,
      minimumObservations: 5,
    });
  });

  it('keeps the lexicographically first of two mirror-image joinpoints with equal SSE', () => {
    const counts = [400, 300, 200, 190, 185, 200, 185, 190, 200, 300, 400];
    const points = counts.map((count, i) => ({ year: 1990 + i, count, population: 1e6 }));
    const fit = joinpointFit(points, 1) as JoinpointFit;
    expect(fit.joinpoints).toEqual([1994]);
    // Reversed input order changes nothing: the series is sorted by year first.
    expect((joinpointFit([...points].reverse(), 1) as JoinpointFit).joinpoints).toEqual([1994]);
  });

  it('rejects a zero count, a zero population and a repeated year, naming the point', () => {
    const base = [2015, 2016, 2017, 2018, 2019].map((year) => ({ year, count: 20, population: 1e5 }));
    expect(() =>
      joinpointFit(
        base.map((p, i) => (i === 2 ? { ...p, count: 0 } : p)),
        0,
      ),
    ).toThrow(/point 2/);
    expect(() =>
      joinpointFit(
        base.map((p, i) => (i === 3 ? { ...p, population: 0 } : p)),
        0,
      ),
    ).toThrow(/point 3/);
    expect(() => joinpointFit([...base, { year: 2016, count: 3, population: 10 }], 0)).toThrow(
      /repeats year 2016/,
    );
  });

  it('uses a t interval for the AAPC without joinpoints and a z interval with them', () => {
    const series = fixture.series.find((s) => s.name === 'one_joinpoint')!;
    const k0 = joinpointFit(series.points, 0) as JoinpointFit;
    const k1 = joinpointFit(series.points, 1) as JoinpointFit;
    expect(k0.aapc.interval).toBe('t');
    expect(k0.aapc.aapc).toBeCloseTo(k0.segments[0]!.apc, 12);
    expect(k0.aapc.lower).toBeCloseTo(k0.segments[0]!.apcLower, 12);
    expect(k1.aapc.interval).toBe('z');
  });
});

describe('joinpointFit beside segmented', () => {
  // segmented::segmented estimates a continuous breakpoint (Muggeo 2003), the grid search an observed
  // year, so only nearness is expected: within one year wherever segmented's estimate is informative.
  const withSegmented = fixture.series.filter((s) => s.segmented !== null);
  it.each(withSegmented)('puts the joinpoint of $name within a year of segmented’s breakpoint', (series) => {
    const fit = joinpointFit(series.points, 1) as JoinpointFit;
    const segmented = series.segmented!;
    expect(fit.joinpoints[0]).toBe(segmented.grid_joinpoint);
    expect(Math.abs(fit.joinpoints[0]! - segmented.psi)).toBeLessThanOrEqual(1);
  });
});
