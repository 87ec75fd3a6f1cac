import type { Role } from '@orca/contract';
import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { type AuditEvent, appendAudit } from '../audit/audit.service';
import type { Sealer } from '../crypto/sealing';
import type { Db } from '../db/database';
import { deaths, persons, tumours } from '../registry/registry.tables';
import { type Principal, type Scope, scopeCondition, scopeOf, suppressesSmallCells } from './scope';

/**
 * What a service gets for one request: who is calling, the scope conditions to put on every
 * person-level query, the audit trail, and the sealer. Services never build scope themselves.
 */
export interface RequestContext {
  principal: Principal;
  scope: Scope;
  /** Aggregates for this caller hide cells under 5 cases. */
  suppressSmallCells: boolean;
  db: Db;
  sealer: Sealer;
  hasRole(...roles: Role[]): boolean;
  audit(event: AuditEvent): Promise<void>;
  /** Conditions limiting each person-level table to the caller's scope. */
  scoped: {
    tumours(): SQL;
    persons(): SQL;
    deaths(): SQL;
  };
}

export function createRequestContext(principal: Principal, db: Db, sealer: Sealer): RequestContext {
  const scope = scopeOf(principal);
  const actor = { userId: principal.userId, username: principal.username };
  return {
    principal,
    scope,
    suppressSmallCells: suppressesSmallCells(principal),
    db,
    sealer,
    hasRole: (...roles) => roles.some((r) => principal.roles.includes(r)),
    audit: (event) => appendAudit(db, actor, event),
    scoped: {
      tumours: () => scopeCondition(scope, tumours.regionCode, tumours.institutionId),
      persons: () =>
        scope.kind === 'institution'
          ? // A hospital sees the persons it reported, wherever they live.
            sql`exists (select 1 from tumours t where t.person_id = ${persons.id} and t.institution_id = ${scope.institutionId})`
          : scopeCondition(scope, persons.regionCode, null),
      deaths: () => scopeCondition(scope, deaths.regionCode, null),
    },
  };
}
