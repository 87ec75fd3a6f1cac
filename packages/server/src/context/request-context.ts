import type { Role } from '@orca/contract';
import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { type AuditEvent, appendAudit } from '../audit/audit.service';
import type { Sealer } from '../crypto/sealing';
import type { Db } from '../db/database';
import { linkageReviewPairs } from '../linkage/linkage.tables';
import { pedCases } from '../pediatric/pediatric.tables';
import { qcRecords } from '../quality/quality.tables';
import { followUpTasks } from '../registry/follow-up/follow-up.tables';
import { deaths, persons, reports, tumours } from '../registry/registry.tables';
import { screeningParticipants } from '../screening/screening.tables';
import { inRegion, type Principal, type Scope, scopeCondition, scopeOf, suppressesSmallCells } from './scope';

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
    reports(): SQL;
    deaths(): SQL;
    /** Screening participants (and their exams and tasks): by the county of the participant's grid. */
    screeningParticipants(): SQL;
    /** Linkage review pairs: the caller must have scope for both records of the pair. */
    linkagePairs(): SQL;
    /** Hospital quality records (诊疗质控): region subtree, or a hospital user's own hospital. */
    qualityRecords(): SQL;
    /** Follow-up tasks: by the county of the person (registry work; hospitals see none). */
    followUpTasks(): SQL;
    /**
     * Children's cancer cases (S4): the child's region or a hospital of the region; a hospital sees
     * the cases it registered, manages, or was asked to take by referral.
     */
    pediatricCases(): SQL;
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
      // A hospital sees the tumours and persons it reported, wherever they live.
      tumours: () =>
        scope.kind === 'institution'
          ? sql`exists (select 1 from reports r where r.tumour_id = ${tumours.id} and r.institution_id = ${scope.institutionId})`
          : scopeCondition(scope, tumours.regionCode, null),
      persons: () =>
        scope.kind === 'institution'
          ? sql`exists (select 1 from reports r where r.person_id = ${persons.id} and r.institution_id = ${scope.institutionId})`
          : scopeCondition(scope, persons.regionCode, null),
      reports: () => scopeCondition(scope, reports.regionCode, reports.institutionId),
      deaths: () => scopeCondition(scope, deaths.regionCode, null),
      screeningParticipants: () => scopeCondition(scope, screeningParticipants.regionCode, null),
      linkagePairs: () =>
        sql`(${scopeCondition(scope, linkageReviewPairs.leftRegionCode, null)}) and (${scopeCondition(scope, linkageReviewPairs.rightRegionCode, null)})`,
      qualityRecords: () => scopeCondition(scope, qcRecords.regionCode, qcRecords.institutionId),
      pediatricCases: () =>
        scope.kind === 'institution'
          ? sql`(${pedCases.institutionId} = ${scope.institutionId} or ${pedCases.managingInstitutionId} = ${scope.institutionId} or exists (select 1 from ped_referrals pr where pr.case_id = ${pedCases.id} and pr.to_institution_id = ${scope.institutionId}))`
          : scope.kind === 'region'
            ? sql`(${inRegion(pedCases.regionCode, scope.regionCode)} or ${pedCases.institutionId} in (select i.id from institutions i where ${inRegion(sql`i.region_code`, scope.regionCode)}))`
            : sql`false`,
      followUpTasks: () => scopeCondition(scope, followUpTasks.regionCode, null),
    },
  };
}
