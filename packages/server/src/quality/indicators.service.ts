import type {
  QcDrillDown,
  QcIndicatorCell,
  QcIndicatorQuery,
  QcIndicatorResult,
  QcIndicatorsResponse,
  QcRecordKind,
} from '@orca/contract';
import { and, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { RequestContext } from '../context/request-context';
import { inRegion } from '../context/scope';
import { notFound } from '../http/errors';
import { institutions } from '../institutions/institutions.tables';
import { funnelCurve, funnelSignal } from './funnel';
import { INDICATOR_RULES, type IndicatorRule, meetsTarget, type QcFact } from './indicators';
import { submittableHospitals } from './intake.service';
import { qcRecords } from './quality.tables';

interface HospitalInfo {
  code: string;
  name: string;
  regionCode: string;
}

/**
 * Rows an indicator may count for this caller: the record scope for users of identified data; for
 * officials (aggregates only) their region, since only counts leave the server for them.
 */
function aggregateScope(ctx: RequestContext, regionCode: string | undefined): SQL {
  const base =
    ctx.scope.kind === 'none' && ctx.hasRole('official')
      ? inRegion(qcRecords.regionCode, ctx.principal.regionCode)
      : ctx.scoped.qualityRecords();
  return regionCode ? (and(base, inRegion(qcRecords.regionCode, regionCode)) as SQL) : base;
}

async function loadFacts(
  ctx: RequestContext,
  where: SQL,
  kinds: QcRecordKind[],
  from: string | undefined,
  to: string | undefined,
): Promise<{ facts: QcFact[]; mdtCases: QcFact[]; hospitals: Map<string, HospitalInfo> }> {
  const select = {
    id: qcRecords.id,
    kind: qcRecords.kind,
    sourceId: qcRecords.sourceId,
    institutionId: qcRecords.institutionId,
    eventDate: qcRecords.eventDate,
    payload: qcRecords.payload,
    flags: qcRecords.flags,
    code: institutions.code,
    name: institutions.name,
    regionCode: institutions.regionCode,
  };
  const period: SQL[] = [];
  if (from) period.push(gte(qcRecords.eventDate, from));
  if (to) period.push(lte(qcRecords.eventDate, to));
  const rows = await ctx.db
    .select(select)
    .from(qcRecords)
    .innerJoin(institutions, eq(institutions.id, qcRecords.institutionId))
    .where(and(where, inArray(qcRecords.kind, kinds), ...period));
  const mdt = await ctx.db
    .select(select)
    .from(qcRecords)
    .innerJoin(institutions, eq(institutions.id, qcRecords.institutionId))
    .where(and(where, eq(qcRecords.kind, 'mdt_case')));
  const hospitals = new Map<string, HospitalInfo>();
  for (const r of rows)
    hospitals.set(r.institutionId, { code: r.code, name: r.name, regionCode: r.regionCode });
  const fact = (r: (typeof rows)[number]): QcFact => ({ ...r, kind: r.kind as QcRecordKind });
  return { facts: rows.map(fact), mdtCases: mdt.map(fact), hospitals };
}

/** Counts of one indicator per hospital, with the records placed. */
function tally(rule: IndicatorRule, facts: readonly QcFact[], mdtCases: readonly QcFact[], today: string) {
  const byHospital = new Map<string, { numerator: number; denominator: number }>();
  const placed: { fact: QcFact; inNumerator: boolean }[] = [];
  for (const fact of facts) {
    if (fact.kind !== rule.kind) continue;
    const inNumerator = rule.classify(fact, { mdtCases, today });
    if (inNumerator === null) continue;
    placed.push({ fact, inNumerator });
    const cell = byHospital.get(fact.institutionId) ?? { numerator: 0, denominator: 0 };
    cell.denominator++;
    if (inNumerator) cell.numerator++;
    byHospital.set(fact.institutionId, cell);
  }
  return { byHospital, placed };
}

// Cells under 5 are hidden from aggregate-only callers (domain guide §7.2), as everywhere in ORCA.
const hidden = (numerator: number, denominator: number) =>
  denominator < 5 ||
  (numerator > 0 && numerator < 5) ||
  (denominator - numerator > 0 && denominator - numerator < 5);

/**
 * Every hospital quality indicator per hospital of the caller's scope and period, with the overall
 * rate, the target and the funnel limits around the overall rate (Spiegelhalter 2005).
 *
 * @param ctx - the caller; officials get suppressed aggregates.
 * @param query - region and period (event dates, inclusive).
 * @param today - the day restricted-technology deadlines are judged on.
 * @returns one result per indicator.
 */
export async function qualityIndicators(
  ctx: RequestContext,
  query: QcIndicatorQuery,
  today: string,
): Promise<QcIndicatorsResponse> {
  const kinds = [...new Set(INDICATOR_RULES.map((r) => r.kind))];
  const { facts, mdtCases, hospitals } = await loadFacts(
    ctx,
    aggregateScope(ctx, query.regionCode),
    kinds,
    query.from,
    query.to,
  );
  const indicators: QcIndicatorResult[] = INDICATOR_RULES.map((rule) => {
    const { byHospital } = tally(rule, facts, mdtCases, today);
    let numerator = 0;
    let denominator = 0;
    for (const c of byHospital.values()) {
      numerator += c.numerator;
      denominator += c.denominator;
    }
    const theta = denominator > 0 ? numerator / denominator : null;
    const cells: QcIndicatorCell[] = [...byHospital.entries()]
      .map(([id, c]) => {
        const h = hospitals.get(id) as HospitalInfo;
        const proportion = c.numerator / c.denominator;
        const base = { hospitalCode: h.code, hospitalName: h.name, regionCode: h.regionCode };
        if (ctx.suppressSmallCells && hidden(c.numerator, c.denominator)) {
          return {
            ...base,
            numerator: null,
            denominator: null,
            proportion: null,
            meetsTarget: null,
            signal: null,
          };
        }
        return {
          ...base,
          numerator: c.numerator,
          denominator: c.denominator,
          proportion,
          meetsTarget: meetsTarget(proportion, rule.definition.target),
          signal: theta === null ? null : funnelSignal(c.numerator, c.denominator, theta),
        };
      })
      .sort((a, b) => a.hospitalCode.localeCompare(b.hospitalCode));
    return {
      definition: rule.definition,
      overall:
        ctx.suppressSmallCells && hidden(numerator, denominator)
          ? { numerator: null, denominator: null, proportion: null, meetsTarget: null }
          : {
              numerator,
              denominator,
              proportion: theta,
              meetsTarget: meetsTarget(theta, rule.definition.target),
            },
      hospitals: cells,
      funnel:
        theta === null
          ? []
          : funnelCurve(
              theta,
              [...byHospital.values()].map((c) => c.denominator),
            ),
    };
  });
  await ctx.audit({ action: 'read', entity: 'qc_indicators', detail: { query } });
  return { from: query.from ?? null, to: query.to ?? null, indicators };
}

/**
 * The records behind one hospital's number: every denominator record, marked when it is in the
 * numerator (identified data: scoped and audited).
 *
 * @param ctx - the caller (record-level roles only).
 * @param code - indicator code.
 * @param hospitalCode - the hospital.
 * @param query - the period.
 * @param today - the day deadlines are judged on.
 * @returns the counts and the records.
 * @throws not_found for an unknown indicator or a hospital outside the caller's scope.
 */
export async function drillDown(
  ctx: RequestContext,
  code: string,
  hospitalCode: string,
  query: QcIndicatorQuery,
  today: string,
): Promise<QcDrillDown> {
  const rule = INDICATOR_RULES.find((r) => r.definition.code === code);
  if (!rule) throw notFound('indicator', code);
  // A hospital outside the caller's scope looks absent, not forbidden.
  if (!(await submittableHospitals(ctx)).has(hospitalCode)) throw notFound('hospital', hospitalCode);
  const where = and(ctx.scoped.qualityRecords(), eq(institutions.code, hospitalCode)) as SQL;
  const { facts, mdtCases } = await loadFacts(ctx, where, [rule.kind], query.from, query.to);
  const { placed } = tally(rule, facts, mdtCases, today);
  await ctx.audit({
    action: 'read',
    entity: 'qc_drill_down',
    entityId: null,
    detail: { code, hospitalCode, query },
  });
  const records = placed
    .map(({ fact, inNumerator }) => ({
      id: fact.id,
      kind: fact.kind,
      sourceId: fact.sourceId,
      eventDate: fact.eventDate,
      inNumerator,
      data: fact.payload,
    }))
    .sort((a, b) => a.sourceId.localeCompare(b.sourceId));
  return {
    code,
    hospitalCode,
    numerator: records.filter((r) => r.inNumerator).length,
    denominator: records.length,
    records,
  };
}
