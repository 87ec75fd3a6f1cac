import { findRegion } from '@orca/codes';
import type { AnalyticsMeasure, AnalyticsSex, Count } from '@orca/contract';
import type { RequestContext } from '../context/request-context';
import { assertRegionInScope } from '../context/scope';
import { badRequest, forbidden } from '../http/errors';
import { SMALL_CELL } from '../registry/summary.service';
import { MEASURE_INCIDENCE, MEASURE_MORTALITY } from './refresh-counts';

/**
 * The region an analytics query covers, checked against the caller: every role with a region may
 * ask for its region or any region below it. Hospital reporters get 403: their scope is their
 * institution's reports, and a hospital's case list has no population denominator, so rates over
 * it would be neither population-based nor within that scope (documented in the analytics README).
 *
 * @param ctx - the request context.
 * @param regionCode - the asked region, default the caller's own.
 * @returns the region code and its name.
 * @throws AppError forbidden for hospital reporters and regions outside the caller's subtree.
 */
export async function analyticsRegion(
  ctx: RequestContext,
  regionCode: string | undefined,
): Promise<{ code: string; name: string }> {
  if (ctx.scope.kind === 'institution') {
    throw forbidden('Population statistics are not available to hospital reporters');
  }
  const code = regionCode ?? ctx.principal.regionCode;
  await assertRegionInScope(ctx.db, ctx.principal, code);
  return { code, name: findRegion(code)?.name ?? code };
}

/** Year range check: from ≤ to, at most 60 years. */
export function assertYears(yearFrom: number, yearTo: number): void {
  if (yearFrom > yearTo) {
    throw badRequest('yearFrom must not be after yearTo', [{ field: 'yearFrom', reason: 'after_year_to' }]);
  }
  if (yearTo - yearFrom >= 60) {
    throw badRequest('at most 60 years at once', [{ field: 'yearTo', reason: 'range_too_long' }]);
  }
}

/** The cube's measure code. */
export function measureCode(measure: AnalyticsMeasure | undefined): number {
  return measure === 'mortality' ? MEASURE_MORTALITY : MEASURE_INCIDENCE;
}

/** Sexes pooled by a sex selector. */
export function sexesOf(sex: AnalyticsSex | undefined): number[] {
  return sex === '1' ? [1] : sex === '2' ? [2] : [1, 2];
}

/**
 * Whether a cell computed from `cases` events is hidden from this caller: officials (and every role
 * without identified-data access) see no count or rate from 1–4 events (re-identification risk).
 */
export function isSuppressed(ctx: RequestContext, cases: number): boolean {
  return ctx.suppressSmallCells && cases > 0 && cases < SMALL_CELL;
}

/** A count as the contract carries it, suppressed where {@link isSuppressed}. */
export function countFor(ctx: RequestContext, cases: number): Count {
  return isSuppressed(ctx, cases) ? { value: null, suppressed: true } : { value: cases, suppressed: false };
}

/** A rate or statistic from `cases` events: null when suppressed. */
export function valueFor(
  ctx: RequestContext,
  cases: number,
  value: number | null | undefined,
): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return isSuppressed(ctx, cases) ? null : value;
}
