import { generateInstitutions, type Institution } from './institutions';

/** Roles of the platform, as `ROLES` in `@orca/contract` (domain guide §1.2). */
export type DemoRole =
  | 'administrator'
  | 'provincial_analyst'
  | 'registry_staff'
  | 'hospital_reporter'
  | 'screening_staff'
  | 'qc_staff'
  | 'official'
  | 'auditor';

/** A demo login. */
export interface DemoUser {
  readonly username: string;
  readonly displayName: string;
  readonly role: DemoRole;
  /** Root of the user's region scope. */
  readonly regionCode: string;
  /** The user's institution. */
  readonly institutionCode: string;
}

/**
 * Password of every demo user. It is public on purpose: the demo province is synthetic and the server
 * should refuse to create demo users outside demo mode.
 */
export const DEMO_PASSWORD = 'orca-demo-2026';

/** County of the county-level demo users: Nanchang County (南昌县), a rural registry near the capital. */
export const DEMO_COUNTY_CODE = '360121';

function find(predicate: (i: Institution) => boolean, what: string): Institution {
  const found = generateInstitutions().find(predicate);
  if (!found) throw new Error(`demoUsers: no institution for ${what}`);
  return found;
}

/**
 * One demo user per role: a provincial administrator and official at the health commission, an analyst
 * at the cancer centre, a QC expert at the provincial QC centre, an auditor, and a registry coder,
 * hospital reporter and screening coordinator in Nanchang County. All share `DEMO_PASSWORD`.
 *
 * @returns users in role order
 */
export function demoUsers(): DemoUser[] {
  const commission = find((i) => i.kind === 'health_commission' && i.level === 'province', 'the commission');
  const centre = find((i) => i.kind === 'cancer_centre', 'the cancer centre');
  const qc = find((i) => i.kind === 'qc_centre' && i.level === 'province', 'the QC centre');
  const registry = find(
    (i) => i.kind === 'registry' && i.regionCode === DEMO_COUNTY_CODE,
    'the county registry',
  );
  const hospital = find(
    (i) => i.kind === 'hospital' && i.regionCode === DEMO_COUNTY_CODE,
    'the county hospital',
  );
  const screening = find(
    (i) => i.kind === 'screening_site' && i.regionCode === DEMO_COUNTY_CODE,
    'the screening site',
  );
  return [
    {
      username: 'admin',
      displayName: '系统管理员',
      role: 'administrator',
      regionCode: '360000',
      institutionCode: commission.code,
    },
    {
      username: 'analyst',
      displayName: '省癌症中心分析员',
      role: 'provincial_analyst',
      regionCode: '360000',
      institutionCode: centre.code,
    },
    {
      username: 'registry',
      displayName: '南昌县肿瘤登记员',
      role: 'registry_staff',
      regionCode: DEMO_COUNTY_CODE,
      institutionCode: registry.code,
    },
    {
      username: 'reporter',
      displayName: '南昌县人民医院报卡员',
      role: 'hospital_reporter',
      regionCode: DEMO_COUNTY_CODE,
      institutionCode: hospital.code,
    },
    {
      username: 'screening',
      displayName: '南昌县筛查管理员',
      role: 'screening_staff',
      regionCode: DEMO_COUNTY_CODE,
      institutionCode: screening.code,
    },
    {
      username: 'qc',
      displayName: '省肿瘤质控专家',
      role: 'qc_staff',
      regionCode: '360000',
      institutionCode: qc.code,
    },
    {
      username: 'official',
      displayName: '省卫健委领导',
      role: 'official',
      regionCode: '360000',
      institutionCode: commission.code,
    },
    {
      username: 'auditor',
      displayName: '安全审计员',
      role: 'auditor',
      regionCode: '360000',
      institutionCode: commission.code,
    },
  ];
}
