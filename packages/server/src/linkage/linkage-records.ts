import { isValidResidentId } from '@orca/codes';
import type { RegistryRecord } from '@orca/linkage';
import { and, eq, isNull, type SQL } from 'drizzle-orm';
import type { Sealer } from '../crypto/sealing';
import type { Db } from '../db/database';
import { deaths, reports } from '../registry/registry.tables';
import { linkedReports } from './linkage.tables';

/** A report as the linker sees it, with its current person and whether a run has seen it. */
export interface ReportForLinkage extends RegistryRecord {
  readonly id: string;
  readonly personId: string;
  readonly regionCode: string;
  readonly seen: boolean;
}

/** A death as the linker sees it. */
export interface DeathForLinkage extends RegistryRecord {
  readonly id: string;
  readonly regionCode: string;
}

const sexOf = (s: number): 1 | 2 | null => (s === 1 ? 1 : s === 2 ? 2 : null);

/**
 * The accepted reports in scope, names and ID numbers unsealed in this process only: they are handed
 * to the linker in memory and never written or sent anywhere.
 *
 * @param db - database
 * @param sealer - unseals identifiers
 * @param scope - the caller's scope condition on reports (`ctx.scoped.reports()`)
 * @returns reports with person and seen flag
 */
export async function loadReportsForLinkage(db: Db, sealer: Sealer, scope: SQL): Promise<ReportForLinkage[]> {
  const rows = await db
    .select({
      id: reports.id,
      personId: reports.personId,
      regionCode: reports.regionCode,
      nameSealed: reports.nameSealed,
      idNumberSealed: reports.idNumberSealed,
      sex: reports.sex,
      birthDate: reports.birthDate,
      icd10: reports.icd10,
      diagnosisDate: reports.diagnosisDate,
      seen: linkedReports.reportId,
    })
    .from(reports)
    .leftJoin(linkedReports, eq(linkedReports.reportId, reports.id))
    .where(and(eq(reports.status, 'accepted'), scope))
    .orderBy(reports.id);
  const out: ReportForLinkage[] = [];
  for (const r of rows) {
    if (!r.personId) continue; // not consolidated yet: nothing to link
    out.push({
      id: r.id,
      personId: r.personId,
      regionCode: r.regionCode,
      name: sealer.unseal(r.nameSealed),
      residentId: sealer.unsealOrNull(r.idNumberSealed),
      sex: sexOf(r.sex),
      birthDate: r.birthDate,
      icd10: r.icd10,
      eventDate: r.diagnosisDate,
      seen: r.seen !== null,
    });
  }
  return out;
}

/**
 * The deaths in scope not yet linked to a person, identifiers unsealed in this process only.
 *
 * @param db - database
 * @param sealer - unseals identifiers
 * @param scope - the caller's scope condition on deaths (`ctx.scoped.deaths()`)
 * @returns deaths as linkage records (event date = death date, ICD-10 = underlying cause)
 */
export async function loadUnlinkedDeaths(db: Db, sealer: Sealer, scope: SQL): Promise<DeathForLinkage[]> {
  const rows = await db
    .select()
    .from(deaths)
    .where(and(isNull(deaths.personId), scope))
    .orderBy(deaths.id);
  return rows.map((d) => ({
    id: d.id,
    regionCode: d.regionCode,
    name: sealer.unseal(d.nameSealed),
    residentId: sealer.unsealOrNull(d.idNumberSealed),
    sex: sexOf(d.sex),
    birthDate: d.birthDate,
    icd10: d.causeOfDeath,
    eventDate: d.deathDate,
  }));
}

/** A resident ID valid by GB 11643 (check digit, date), normalised, or null. */
export function validResidentId(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const id = raw.trim().toUpperCase();
  return isValidResidentId(id) ? id : null;
}

/**
 * The key a pair's decision is remembered under, independent of the order of its records.
 *
 * @param kind - dedupe (two reports) or deaths (a report and a death)
 * @param leftId - the report
 * @param rightId - the other report, or the death
 * @returns `report:a|report:b` (sorted) or `report:a|death:d`
 */
export function pairKeyOf(kind: 'dedupe' | 'deaths', leftId: string, rightId: string): string {
  if (kind === 'deaths') return `report:${leftId}|death:${rightId}`;
  const [a, b] = leftId < rightId ? [leftId, rightId] : [rightId, leftId];
  return `report:${a}|report:${b}`;
}
