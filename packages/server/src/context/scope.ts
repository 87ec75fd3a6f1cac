import { IDENTIFIED_DATA_ROLES, type Role } from '@orca/contract';
import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { type Db, queryRows } from '../db/database';
import { forbidden } from '../http/errors';

/** Whose person-level records a caller may see: the single definition every query goes through. */
export type Scope =
  | { kind: 'region'; regionCode: string }
  | { kind: 'institution'; institutionId: string }
  | { kind: 'none' };

export interface Principal {
  userId: string;
  username: string;
  displayName: string;
  roles: Role[];
  regionCode: string;
  institutionId: string | null;
}

/** National users carry this code and see every region. */
export const NATIONAL_REGION = '000000';

/**
 * Scope of identified data: a hospital reporter sees its own institution's records only; other
 * identified-data roles see their region subtree; officials and auditors see no person-level rows.
 */
export function scopeOf(principal: Principal): Scope {
  const roles = principal.roles;
  const regionRoles = roles.filter((r) => r !== 'hospital_reporter' && IDENTIFIED_DATA_ROLES.includes(r));
  if (regionRoles.length > 0) return { kind: 'region', regionCode: principal.regionCode };
  if (roles.includes('hospital_reporter') && principal.institutionId) {
    return { kind: 'institution', institutionId: principal.institutionId };
  }
  return { kind: 'none' };
}

/** True when aggregates shown to this caller must suppress cells under 5 cases. */
export function suppressesSmallCells(principal: Principal): boolean {
  return !principal.roles.some((r) => IDENTIFIED_DATA_ROLES.includes(r));
}

/** Rows whose region column lies in the region subtree (through the closure table, not code prefixes). */
export function inRegion(regionColumn: AnyPgColumn | SQL, regionCode: string): SQL {
  if (regionCode === NATIONAL_REGION) return sql`true`;
  return sql`${regionColumn} in (select descendant_code from region_closure where ancestor_code = ${regionCode})`;
}

/**
 * The scope condition for a table of person-level records. `institutionColumn` is the reporting
 * institution (null for tables without one: then institution scope sees nothing through this table).
 */
export function scopeCondition(
  scope: Scope,
  regionColumn: AnyPgColumn,
  institutionColumn: AnyPgColumn | null,
): SQL {
  switch (scope.kind) {
    case 'region':
      return inRegion(regionColumn, scope.regionCode);
    case 'institution':
      return institutionColumn ? sql`${institutionColumn} = ${scope.institutionId}` : sql`false`;
    case 'none':
      return sql`false`;
  }
}

/**
 * Refuses (403) a region outside the caller's region subtree, for aggregates asked by region code.
 * Through the closure table, so province-direct counties and municipalities are handled.
 */
export async function assertRegionInScope(db: Db, principal: Principal, regionCode: string): Promise<void> {
  const own = principal.regionCode;
  if (own === NATIONAL_REGION || regionCode === own) return;
  const rows = await queryRows(
    db,
    sql`select 1 from region_closure where ancestor_code = ${own} and descendant_code = ${regionCode}`,
  );
  if (rows.length === 0) throw forbidden('That region is outside your scope');
}
