import type {
  CaptureSource,
  CompletenessEstimateView,
  CompletenessQuery,
  CompletenessReport,
  Count,
} from '@orca/contract';
import { sql } from 'drizzle-orm';
import type { RequestContext } from '../../context/request-context';
import { inRegion } from '../../context/scope';
import { queryRows } from '../../db/database';
import { deaths, persons, tumours } from '../registry.tables';
import {
  type CompletenessEstimate,
  chapmanEstimate,
  lincolnPetersenEstimate,
  logLinearEstimate,
  type ThreeSourceCounts,
} from './capture-recapture';
import { isMalignant, yearsBetween } from './quality.queries';
import { periodOf, resolveRegion } from './quality.service';
import { SMALL_CELL } from './quality-indices';

// Institution kinds whose reports are the "hospital" source; reports of every other kind (screening
// sites, township health centres, CDC active case finding) are the third, "other", source.
const HOSPITAL_KINDS = sql`('hospital', 'cancer_centre')`;

/** Capture histories as three flags (hospital, death, other) → number of cases. */
export type Histories = Map<string, number>;

/**
 * Estimates from capture histories: Chapman and Lincoln–Petersen on hospital × death, and the
 * log-linear model on all three sources when the third found anything. Cases no source found
 * (`outside`) are known cases: they are added to the estimated total. Completeness = registered /
 * total, its interval from the total's.
 *
 * @param histories - 'hdo' flags ('110' = hospital and death, not other) → cases; '000' = outside.
 * @param registered - registry tumours in scope and period.
 * @returns the estimates that are defined.
 */
export function completenessEstimates(histories: Histories, registered: number): CompletenessEstimateView[] {
  const n = (p: string) => histories.get(p) ?? 0;
  const out: CompletenessEstimateView[] = [];
  const view = (
    e: CompletenessEstimate,
    sources: CaptureSource[],
    outside: number,
    interactions?: string[],
  ) => {
    const total = e.estimated + outside;
    const lower = e.lower + outside;
    const upper = e.upper + outside;
    out.push({
      method: e.method,
      sources,
      observed: e.observed + outside,
      estimated: total,
      lower,
      upper,
      completenessPct: (100 * registered) / total,
      completenessLowerPct: (100 * registered) / upper,
      completenessUpperPct: (100 * registered) / lower,
      ...(interactions ? { interactions } : {}),
    });
  };
  // Two sources: cases found by neither hospital nor death (other only, or none) lie outside.
  const two = {
    both: n('110') + n('111'),
    onlyFirst: n('100') + n('101'),
    onlySecond: n('010') + n('011'),
  };
  const outsideTwo = n('001') + n('000');
  const chapman = chapmanEstimate(two);
  if (chapman) view(chapman, ['hospital', 'death'], outsideTwo);
  const lp = lincolnPetersenEstimate(two);
  if (lp) view(lp, ['hospital', 'death'], outsideTwo);
  const thirdFound = ['001', '101', '011', '111'].some((p) => n(p) > 0);
  if (thirdFound) {
    const cells: ThreeSourceCounts = {
      '100': n('100'),
      '010': n('010'),
      '001': n('001'),
      '110': n('110'),
      '101': n('101'),
      '011': n('011'),
      '111': n('111'),
    };
    const ll = logLinearEstimate(cells);
    if (ll) view(ll, ['hospital', 'death', 'other'], n('000'), [...ll.selected.interactions]);
  }
  return out;
}

function count(value: number, suppress: boolean): Count {
  return suppress && value > 0 && value < SMALL_CELL
    ? { value: null, suppressed: true }
    : { value, suppressed: false };
}

/**
 * Completeness of case ascertainment by capture–recapture between the registry's sources (domain guide
 * §2.1, issue #3 part 8). Each C00–C97 tumour diagnosed in the period gets a capture history: found by
 * a hospital report, by the death records (a linked death with a cancer cause, or a DCO
 * registration), by another kind of reporting institution. Cancer deaths in the period that are linked
 * to no person are cases the death records alone found. The estimates assume the sources find cases
 * independently and every case is equally findable — violated in practice (fatal cancers appear in
 * both hospital and death records), which biases the two-source total down: read the two-source
 * completeness as an upper bound; the log-linear model absorbs pairwise dependence when a third
 * source exists. Brenner H, Eur J Cancer 1995;31A:1281; Silcocks PBS, Robinson D, J Public Health Med
 * 2004;26:9 (cancer registries).
 *
 * @param ctx - the caller (region scope; officials get small cells hidden).
 * @param query - region and period.
 * @returns the capture histories and estimates.
 */
export async function completenessReport(
  ctx: RequestContext,
  query: CompletenessQuery,
): Promise<CompletenessReport> {
  const root = await resolveRegion(ctx, query.regionCode);
  const { from, to } = periodOf(query);
  const result = await queryRows<{ h: boolean; d: boolean; o: boolean; n: number }>(
    ctx.db,
    sql`
    select h, d, o, count(*)::int as n from (
      select
        exists (select 1 from reports r join institutions i on i.id = r.institution_id
          where r.tumour_id = ${tumours.id} and r.status = 'accepted' and i.kind in ${HOSPITAL_KINDS}) as h,
        (${tumours.basis} is not distinct from 0 or exists (select 1 from deaths dd
          where dd.person_id = ${tumours.personId} and ${isMalignant(sql`dd.cause_of_death`)})) as d,
        exists (select 1 from reports r join institutions i on i.id = r.institution_id
          where r.tumour_id = ${tumours.id} and r.status = 'accepted' and i.kind not in ${HOSPITAL_KINDS}) as o
      from ${tumours} join ${persons} on ${persons.id} = ${tumours.personId}
      where ${inRegion(tumours.regionCode, root)} and ${yearsBetween(tumours.diagnosisDate, from, to)}
        and ${isMalignant(tumours.icd10)}) x
    group by 1, 2, 3`,
  );
  const histories: Histories = new Map();
  let registered = 0;
  for (const r of result) {
    const pattern = `${r.h ? 1 : 0}${r.d ? 1 : 0}${r.o ? 1 : 0}`;
    histories.set(pattern, (histories.get(pattern) ?? 0) + r.n);
    registered += r.n;
  }
  const unlinked = await queryRows<{ n: number }>(
    ctx.db,
    sql`
    select count(*)::int as n from ${deaths}
    where ${deaths.personId} is null and ${inRegion(deaths.regionCode, root)}
      and ${yearsBetween(deaths.deathDate, from, to)} and ${isMalignant(deaths.causeOfDeath)}`,
  );
  const unlinkedDeaths = unlinked[0]?.n ?? 0;
  if (unlinkedDeaths > 0) histories.set('010', (histories.get('010') ?? 0) + unlinkedDeaths);
  const small = ctx.suppressSmallCells;
  const hideEstimates = small && registered < SMALL_CELL;
  await ctx.audit({
    action: 'read',
    entity: 'quality_completeness',
    detail: { regionCode: root, yearFrom: from, yearTo: to },
  });
  const order = ['111', '110', '101', '100', '011', '010', '001', '000'];
  return {
    regionCode: root,
    yearFrom: from,
    yearTo: to,
    sources: ['hospital', 'death', 'other'],
    histories: order
      .filter((p) => histories.has(p))
      .map((pattern) => ({ pattern, cases: count(histories.get(pattern) ?? 0, small) })),
    registered: count(registered, small),
    outsideSources: count(histories.get('000') ?? 0, small),
    unlinkedDeaths: count(unlinkedDeaths, small),
    estimates: hideEstimates ? [] : completenessEstimates(histories, registered),
  };
}
