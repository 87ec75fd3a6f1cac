import type { LinkageThresholds, RegionThresholds } from '@orca/contract';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { regionClosure } from '../institutions/institutions.tables';
import { linkageThresholds } from './linkage.tables';

/**
 * Built-in thresholds (the engine's): link at ≥ 6 bits (P ≈ 0.985), review from −4 bits (P ≈ 0.06);
 * see packages/linkage/README.md "Decisions".
 */
export const DEFAULT_THRESHOLDS: LinkageThresholds = { link: 6, review: -4 };

/**
 * The thresholds in force for a region: its own row, else the nearest ancestor's (a province may set
 * them for all its counties), else the defaults.
 *
 * @param db - database
 * @param regionCode - the registry's region
 * @returns thresholds and the region they come from
 */
export async function thresholdsFor(db: Db, regionCode: string): Promise<RegionThresholds> {
  const [row] = await db
    .select({ t: linkageThresholds, depth: regionClosure.depth })
    .from(linkageThresholds)
    .innerJoin(
      regionClosure,
      sql`${regionClosure.ancestorCode} = ${linkageThresholds.regionCode} and ${regionClosure.descendantCode} = ${regionCode}`,
    )
    .orderBy(regionClosure.depth)
    .limit(1);
  if (row) {
    return {
      regionCode,
      thresholds: { link: row.t.linkBits, review: row.t.reviewBits },
      fromRegionCode: row.t.regionCode,
    };
  }
  // The national code is not in the closure table; its own row still applies to itself.
  const [own] = await db.select().from(linkageThresholds).where(eq(linkageThresholds.regionCode, regionCode));
  if (own)
    return {
      regionCode,
      thresholds: { link: own.linkBits, review: own.reviewBits },
      fromRegionCode: regionCode,
    };
  return { regionCode, thresholds: DEFAULT_THRESHOLDS, fromRegionCode: null };
}

/**
 * Sets a region's thresholds (upsert).
 *
 * @param db - database
 * @param regionCode - the registry's region
 * @param thresholds - link and review bits, review ≤ link (checked by the caller)
 * @param userId - who set them
 */
export async function saveThresholds(
  db: Db,
  regionCode: string,
  thresholds: LinkageThresholds,
  userId: string,
): Promise<void> {
  const values = {
    regionCode,
    linkBits: thresholds.link,
    reviewBits: thresholds.review,
    updatedBy: userId,
    updatedAt: new Date(),
  };
  await db
    .insert(linkageThresholds)
    .values(values)
    .onConflictDoUpdate({ target: linkageThresholds.regionCode, set: values });
}
