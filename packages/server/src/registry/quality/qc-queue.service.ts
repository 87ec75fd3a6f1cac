import type { QcAgeBucket, QcQueue, QcQueueQuery } from '@orca/contract';
import { type SQL, sql } from 'drizzle-orm';
import type { RequestContext } from '../../context/request-context';
import { inRegion } from '../../context/scope';
import { queryRows } from '../../db/database';
import { institutions } from '../../institutions/institutions.tables';
import { reports } from '../registry.tables';

/** Roles that work the QC queue; a hospital reporter sees its own institution's cards. */
export const QC_QUEUE_ROLES = [
  'administrator',
  'provincial_analyst',
  'registry_staff',
  'qc_staff',
  'hospital_reporter',
] as const;

/** The calendar day of `now` in UTC, as the database compares dates. */
function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

// How long a card has waited: days since it last changed state (entering `submitted` is its last
// transition, as the report service stamps updated_at on every transition).
const waiting = (today: string) => sql`(${today}::date - (${reports.updatedAt} at time zone 'UTC')::date)`;

function bucketOf(today: string): SQL {
  const w = waiting(today);
  return sql`case when ${w} <= 7 then '0-7' when ${w} <= 30 then '8-30' when ${w} <= 90 then '31-90' else '91+' end`;
}

const hasFindings = sql`jsonb_typeof(${reports.findings}) = 'array' and jsonb_array_length(${reports.findings}) > 0`;
const hasWarning = sql`jsonb_typeof(${reports.findings}) = 'array' and ${reports.findings} @> '[{"severity":"warning"}]'::jsonb`;

/**
 * The QC queue (issue #3 part 5): submitted cards in the caller's scope with check findings — counts
 * by rule and severity, by reporting institution and by waiting time, and the list of cards, errors
 * first, longest waiting first. The list shows no identifiers (source id, site, dates only); the read
 * is audited all the same, as a list of person-level records.
 *
 * @param ctx - the caller; `ctx.scoped.reports()` limits the cards.
 * @param query - filters (severity, rule, institution, age bucket, region) and the page.
 * @param now - the clock (tests pass a fixed one).
 * @returns the counts and the page of cards.
 */
export async function qcQueue(ctx: RequestContext, query: QcQueueQuery, now = new Date()): Promise<QcQueue> {
  const today = dayOf(now);
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const base: SQL[] = [sql`${reports.status} = 'submitted'`, ctx.scoped.reports()];
  if (query.regionCode) base.push(inRegion(reports.regionCode, query.regionCode));
  const submittedWhere = sql.join(base, sql` and `);
  const filters: SQL[] = [...base, hasFindings];
  if (query.severity === 'error') filters.push(sql`${reports.hasErrors}`);
  if (query.severity === 'warning') filters.push(hasWarning);
  if (query.ruleId) {
    filters.push(sql`${reports.findings} @> ${JSON.stringify([{ ruleId: query.ruleId }])}::jsonb`);
  }
  if (query.institutionId) filters.push(sql`${reports.institutionId} = ${query.institutionId}`);
  if (query.age) filters.push(sql`${bucketOf(today)} = ${query.age}`);
  const listWhere = sql.join(filters, sql` and `);
  const findingsWhere = sql`${submittedWhere} and ${hasFindings}`;

  const [totals] = await queryRows<{ submitted: number; with_findings: number }>(
    ctx.db,
    sql`select count(*)::int as submitted, count(*) filter (where ${hasFindings})::int as with_findings
      from ${reports} where ${submittedWhere}`,
  );
  const byRule = await queryRows<{
    rule_id: string;
    severity: 'error' | 'warning';
    findings: number;
    cards: number;
  }>(
    ctx.db,
    sql`select f->>'ruleId' as rule_id, f->>'severity' as severity, count(*)::int as findings,
        count(distinct ${reports.id})::int as cards
      from ${reports} cross join lateral jsonb_array_elements(${reports.findings}) f
      where ${findingsWhere}
      group by 1, 2 order by 2, 4 desc, 1`,
  );
  const byInstitution = await queryRows<{
    institution_id: string;
    institution_name: string;
    cards: number;
    with_errors: number;
    with_warnings: number;
  }>(
    ctx.db,
    sql`select ${reports.institutionId}::text as institution_id, min(${institutions.name}) as institution_name,
        count(*)::int as cards, count(*) filter (where ${reports.hasErrors})::int as with_errors,
        count(*) filter (where ${hasWarning})::int as with_warnings
      from ${reports} join ${institutions} on ${institutions.id} = ${reports.institutionId}
      where ${findingsWhere} group by 1 order by 3 desc, 2`,
  );
  const byAge = await queryRows<{ bucket: QcAgeBucket; cards: number }>(
    ctx.db,
    sql`select ${bucketOf(today)} as bucket, count(*)::int as cards from ${reports} where ${findingsWhere} group by 1`,
  );
  const [listTotal] = await queryRows<{ n: number }>(
    ctx.db,
    sql`select count(*)::int as n from ${reports} where ${listWhere}`,
  );
  const items = await queryRows<{
    id: string;
    source_id: string;
    institution_id: string;
    institution_name: string;
    region_code: string;
    diagnosis_date: string;
    icd10: string;
    updated_at: string | Date;
    waiting_days: number;
    bucket: QcAgeBucket;
    findings: { ruleId: string; severity: string }[];
  }>(
    ctx.db,
    sql`select ${reports.id} as id, ${reports.sourceId} as source_id, ${reports.institutionId}::text as institution_id,
        ${institutions.name} as institution_name, ${reports.regionCode}::text as region_code,
        ${reports.diagnosisDate}::text as diagnosis_date, ${reports.icd10} as icd10, ${reports.updatedAt} as updated_at,
        ${waiting(today)}::int as waiting_days, ${bucketOf(today)} as bucket, ${reports.findings} as findings
      from ${reports} join ${institutions} on ${institutions.id} = ${reports.institutionId}
      where ${listWhere}
      order by ${reports.hasErrors} desc, ${reports.updatedAt} asc, ${reports.id}
      limit ${pageSize} offset ${(page - 1) * pageSize}`,
  );
  await ctx.audit({
    action: 'read',
    entity: 'qc_queue',
    detail: { ...query, returned: items.length },
  });
  const ages: QcAgeBucket[] = ['0-7', '8-30', '31-90', '91+'];
  return {
    submitted: totals?.submitted ?? 0,
    withFindings: totals?.with_findings ?? 0,
    byRule: byRule.map((r) => ({
      ruleId: r.rule_id,
      severity: r.severity,
      findings: r.findings,
      cards: r.cards,
    })),
    byInstitution: byInstitution.map((r) => ({
      institutionId: r.institution_id,
      institutionName: r.institution_name,
      cards: r.cards,
      withErrors: r.with_errors,
      withWarnings: r.with_warnings,
    })),
    byAge: ages.map((bucket) => ({ bucket, cards: byAge.find((a) => a.bucket === bucket)?.cards ?? 0 })),
    items: items.map((r) => {
      const findings = Array.isArray(r.findings) ? r.findings : [];
      return {
        reportId: r.id,
        sourceId: r.source_id,
        institutionId: r.institution_id,
        institutionName: r.institution_name,
        regionCode: r.region_code,
        diagnosisDate: r.diagnosis_date,
        icd10: r.icd10,
        submittedAt: new Date(r.updated_at).toISOString(),
        waitingDays: r.waiting_days,
        ageBucket: r.bucket,
        errors: findings.filter((f) => f.severity === 'error').length,
        warnings: findings.filter((f) => f.severity === 'warning').length,
        ruleIds: [...new Set(findings.map((f) => f.ruleId))],
      };
    }),
    total: listTotal?.n ?? 0,
    page,
    pageSize,
  };
}
