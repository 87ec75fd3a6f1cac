import type { RefreshCountsBody, RefreshCountsResult } from '@orca/contract';
import type { RequestContext } from '../context/request-context';
import { NATIONAL_REGION } from '../context/scope';
import { forbidden } from '../http/errors';
import { analyticsRegion } from './analytics-scope';
import { refreshCounts } from './refresh-counts';

/**
 * `POST /api/analytics/refresh`: rebuild the cube for the given regions (default the caller's own
 * region; each must lie in the caller's subtree) and years (default all), and audit it.
 */
export async function refreshCountsFor(
  ctx: RequestContext,
  body: RefreshCountsBody,
): Promise<RefreshCountsResult> {
  const regions = body.regions ?? [ctx.principal.regionCode];
  for (const code of regions) await analyticsRegion(ctx, code);
  if (regions.length === 0) throw forbidden('No region given');
  const scope = {
    ...(regions.includes(NATIONAL_REGION) ? {} : { regions }),
    ...(body.years ? { years: body.years } : {}),
  };
  const report = await refreshCounts(ctx.db, scope);
  await ctx.audit({ action: 'refresh', entity: 'analytics_counts', detail: { ...scope, ...report } });
  return report;
}
