import type { QcDrugAlert, QcFilingStatus } from '@orca/contract';
import { and, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { RequestContext } from '../context/request-context';
import { inRegion } from '../context/scope';
import { institutions } from '../institutions/institutions.tables';
import { ALERT_HISTORY_MONTHS, monthsBefore, overNormal } from './drug-alerts';
import { catalogueByCode } from './drug-catalogue';
import { qcRecords } from './quality.tables';
import { filingStatus } from './restricted-tech';

const DRUGS = catalogueByCode();

function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

function scoped(ctx: RequestContext, regionCode: string | undefined): SQL {
  const base = ctx.scoped.qualityRecords();
  return regionCode ? (and(base, inRegion(qcRecords.regionCode, regionCode)) as SQL) : base;
}

/**
 * Over-normal alerts of the key-monitoring catalogue for one month: per hospital and key-monitored
 * drug, this month's use (summed quantity, or prescriptions when no quantity is given) above the
 * drug's own limit from the previous 12 months (see drug-alerts.ts).
 *
 * @param ctx - the caller (scope of its records).
 * @param month - `YYYY-MM`.
 * @param regionCode - optional narrowing to a region.
 * @returns alerts, largest excess first.
 */
export async function drugAlerts(
  ctx: RequestContext,
  month: string,
  regionCode?: string,
): Promise<QcDrugAlert[]> {
  const history = monthsBefore(month, ALERT_HISTORY_MONTHS);
  const rows = await ctx.db
    .select({
      institutionId: qcRecords.institutionId,
      code: institutions.code,
      name: institutions.name,
      eventDate: qcRecords.eventDate,
      payload: qcRecords.payload,
    })
    .from(qcRecords)
    .innerJoin(institutions, eq(institutions.id, qcRecords.institutionId))
    .where(
      and(
        scoped(ctx, regionCode),
        eq(qcRecords.kind, 'prescription'),
        gte(qcRecords.eventDate, `${history[0]}-01`),
        lte(qcRecords.eventDate, lastDayOf(month)),
      ),
    );
  const usage = new Map<string, { code: string; name: string; drug: string; byMonth: Map<string, number> }>();
  for (const r of rows) {
    const drug = String(r.payload.drugCode);
    if (!DRUGS.get(drug)?.keyMonitored || !r.eventDate) continue;
    const key = `${r.institutionId}|${drug}`;
    const entry = usage.get(key) ?? { code: r.code, name: r.name, drug, byMonth: new Map() };
    const m = r.eventDate.slice(0, 7);
    const q = typeof r.payload.quantity === 'number' ? r.payload.quantity : 1;
    entry.byMonth.set(m, (entry.byMonth.get(m) ?? 0) + q);
    usage.set(key, entry);
  }
  const alerts: QcDrugAlert[] = [];
  for (const e of usage.values()) {
    const now = e.byMonth.get(month) ?? 0;
    const hit = overNormal(
      now,
      history.map((m) => e.byMonth.get(m) ?? 0),
    );
    if (hit)
      alerts.push({
        hospitalCode: e.code,
        hospitalName: e.name,
        drugCode: e.drug,
        month,
        usage: now,
        ...hit,
        historyMonths: ALERT_HISTORY_MONTHS,
      });
  }
  await ctx.audit({ action: 'read', entity: 'qc_drug_alerts', detail: { month, regionCode } });
  return alerts.sort((a, b) => b.usage - b.limit - (a.usage - a.limit));
}

/**
 * Restricted-technology filings with their 15-working-day deadline and state; overdue first, then
 * pending by days left, then filed.
 *
 * @param ctx - the caller.
 * @param today - the day of evaluation.
 * @param regionCode - optional narrowing.
 * @returns the filings.
 */
export async function filingStatuses(
  ctx: RequestContext,
  today: string,
  regionCode?: string,
): Promise<QcFilingStatus[]> {
  const rows = await ctx.db
    .select({
      id: qcRecords.id,
      code: institutions.code,
      name: institutions.name,
      payload: qcRecords.payload,
    })
    .from(qcRecords)
    .innerJoin(institutions, eq(institutions.id, qcRecords.institutionId))
    .where(and(scoped(ctx, regionCode), eq(qcRecords.kind, 'restricted_tech_filing')));
  const order = { overdue: 0, pending: 1, late: 2, on_time: 3 } as const;
  return rows
    .map((r) => {
      const firstUseDate = String(r.payload.firstUseDate);
      const filedDate = typeof r.payload.filedDate === 'string' ? r.payload.filedDate : null;
      return {
        id: r.id,
        hospitalCode: r.code,
        hospitalName: r.name,
        technologyCode: String(r.payload.technologyCode),
        firstUseDate,
        filedDate,
        ...filingStatus(firstUseDate, filedDate, today),
      };
    })
    .sort(
      (a, b) =>
        order[a.status] - order[b.status] ||
        (a.workdaysLeft ?? 0) - (b.workdaysLeft ?? 0) ||
        a.firstUseDate.localeCompare(b.firstUseDate),
    );
}
