import { QC_RECORD_KINDS, type QcRecordKind } from '@orca/contract';
import { generateQualityDemo, type QualityDemoOptions } from '@orca/demo';
import { asc, eq } from 'drizzle-orm';
import { createRequestContext, type RequestContext } from '../context/request-context';
import type { Sealer } from '../crypto/sealing';
import type { Db } from '../db/database';
import { institutions } from '../institutions/institutions.tables';
import { createDesignation, createReferral, registerCase, updateReferral } from '../pediatric';
import { pedCases } from '../pediatric/pediatric.tables';
import { intakeRecords } from './intake.service';
import { chinaToday } from './today';

/** What {@link seedQualityDemo} loaded. */
export interface QualityDemoReport {
  hospitals: number;
  records: Partial<Record<QcRecordKind, number>>;
  rejected: number;
  pediatricCases: number;
}

/**
 * Loads the seeded hospital quality demo (issue #8) for every hospital already in the database,
 * through the same intake as the API (so the same checks and prescription flags apply), plus
 * children's designations, cases and referrals. Call after the demo province is loaded. Idempotent:
 * quality records are upserted by source id; children's data is loaded only into an empty table.
 *
 * @param db - the database.
 * @param sealer - seals patient references and children's names.
 * @param options - seed, year, scale of {@link generateQualityDemo} (default scale 0.25).
 * @returns counts.
 */
export async function seedQualityDemo(
  db: Db,
  sealer: Sealer,
  options: QualityDemoOptions = {},
): Promise<QualityDemoReport> {
  const hospitals = await db
    .select({ code: institutions.code, grade: institutions.grade, regionCode: institutions.regionCode })
    .from(institutions)
    .where(eq(institutions.kind, 'hospital'))
    .orderBy(asc(institutions.code));
  const system = createRequestContext(
    {
      userId: 'system',
      username: 'system',
      displayName: 'demo loader',
      roles: ['administrator'],
      regionCode: '000000',
      institutionId: null,
    },
    db,
    sealer,
  );
  // Demo loading is a start-up step, not a user's action: it writes no audit entries.
  const ctx: RequestContext = { ...system, audit: async () => {} };
  // A quarter of the generator's full size keeps the demo start-up near 30 s on PGlite (345 hospitals,
  // ~33 000 records); pass `scale: 1` for a fuller data set.
  // By default the data describe last year and the prescriptions end last month, so the dashboard's
  // default period and the alert page's default month show them.
  const today = chinaToday();
  const [y, m] = today.split('-').map(Number) as [number, number];
  const lastMonth = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  const demo = generateQualityDemo(hospitals, {
    scale: 0.25,
    year: y - 1,
    prescriptionEndMonth: lastMonth,
    ...options,
  });
  const report: QualityDemoReport = {
    hospitals: hospitals.length,
    records: {},
    rejected: 0,
    pediatricCases: 0,
  };
  for (const kind of QC_RECORD_KINDS) {
    const rows = demo.records[kind];
    if (!rows?.length) continue;
    const result = await intakeRecords(
      ctx,
      kind,
      rows.map((values, i) => ({ line: i + 1, values })),
    );
    report.records[kind] = result.created + result.updated;
    report.rejected += result.rejected.length;
  }
  const rank = (grade: string | null) => (grade?.startsWith('三级') ? 3 : grade?.startsWith('二级') ? 2 : 1);
  const ranked = [...hospitals].sort((a, b) => rank(b.grade) - rank(a.grade) || a.code.localeCompare(b.code));
  const blood = ranked[0];
  const solid = ranked[1] ?? ranked[0];
  const [loaded] = await db.select({ id: pedCases.id }).from(pedCases).limit(1);
  // Children's cases are registered once: a second load leaves them (and the designations) alone.
  if (!blood || !solid || demo.pediatricCases.length === 0 || loaded) return report;
  const province = `${blood.regionCode.slice(0, 2)}0000`;
  const year = options.year ?? y - 1;
  await createDesignation(ctx, {
    hospitalCode: blood.code,
    regionCode: province,
    diseaseGroup: 'blood',
    role: 'designated',
    level: 'provincial',
    validFrom: `${year - 5}-01-01`,
  });
  await createDesignation(ctx, {
    hospitalCode: solid.code,
    regionCode: province,
    diseaseGroup: 'solid',
    role: 'group_lead',
    level: 'provincial',
    groupName: '省儿童实体肿瘤诊疗协作组',
    validFrom: `${year - 5}-01-01`,
  });
  for (const [i, c] of demo.pediatricCases.entries()) {
    const view = await registerCase(ctx, c);
    report.pediatricCases++;
    if (!view.needsReferral || i % 3 === 2) continue; // every third waits, so the list shows pending work
    const to = view.diseaseGroup === 'blood' ? blood.code : solid.code;
    const requested = c.diagnosisDate;
    const referred = await createReferral(ctx, view.id, { toHospitalCode: to, requestedDate: requested });
    const referral = referred.referrals?.[referred.referrals.length - 1];
    if (!referral || i % 3 === 1) continue;
    await updateReferral(ctx, referral.id, { status: 'accepted', date: requested });
    await updateReferral(ctx, referral.id, { status: 'arrived', date: requested });
  }
  return report;
}
