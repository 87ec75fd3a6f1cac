import { IDENTIFIED_DATA_ROLES, ROLES, type Role } from '@orca/contract';

/** The pages of the shell. */
export type PageKey =
  | 'dashboard'
  | 'reports'
  | 'reportCards'
  | 'dataImport'
  | 'linkage'
  | 'qcQueue'
  | 'followUp'
  | 'dataQuality'
  | 'analytics'
  | 'screeningProgrammes'
  | 'screeningParticipants'
  | 'screeningTasks'
  | 'screeningIndicators'
  | 'qcDashboard'
  | 'qcDrugAlerts'
  | 'qcFilings'
  | 'pediatricCases'
  | 'audit';

/** The menu groups a page sits in (a page without a group is a top-level item). */
export type MenuGroup = 'registry' | 'screening' | 'qualityControl' | 'admin';

/** One page: its route, menu label key, menu group and the roles that may open it. */
export interface PageDefinition {
  key: PageKey;
  path: string;
  labelKey: `menu.${PageKey}`;
  group: MenuGroup | null;
  roles: readonly Role[];
}

// Domain guide §1.2: the auditor sees audit data only; officials see aggregates, never person-level
// lists; identified lists go to the roles of the contract's IDENTIFIED_DATA_ROLES.
const AGGREGATE_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'auditor');
// The registry's person-level pages: screening staff hold identified data of their own programme,
// not the registry's (the server answers 403 to them).
const REGISTRY_ROLES: readonly Role[] = IDENTIFIED_DATA_ROLES.filter((role) => role !== 'screening_staff');

/** Every page, in menu order. */
export const PAGES: readonly PageDefinition[] = [
  { key: 'dashboard', path: '/', labelKey: 'menu.dashboard', group: null, roles: AGGREGATE_ROLES },
  {
    key: 'reports',
    path: '/registry/tumours',
    labelKey: 'menu.reports',
    group: 'registry',
    roles: REGISTRY_ROLES,
  },
  {
    // 报告卡: the server's report-card read roles (writers and reviewers, and quality control).
    key: 'reportCards',
    path: '/registry/reports',
    labelKey: 'menu.reportCards',
    group: 'registry',
    roles: ['administrator', 'provincial_analyst', 'registry_staff', 'hospital_reporter', 'qc_staff'],
  },
  {
    // 数据导入: hospitals load their own cards; deaths and population are the registry's (server REPORTING_ROLES).
    key: 'dataImport',
    path: '/registry/import',
    labelKey: 'menu.dataImport',
    group: 'registry',
    roles: ['administrator', 'provincial_analyst', 'registry_staff', 'hospital_reporter'],
  },
  {
    // Clerical review shows both records identified and merges persons: registry staff and the
    // provincial centre only (the server's LINKAGE_ROLES).
    key: 'linkage',
    path: '/registry/linkage',
    labelKey: 'menu.linkage',
    group: 'registry',
    roles: ['administrator', 'provincial_analyst', 'registry_staff'],
  },
  {
    // The server's QC_QUEUE_ROLES: a hospital sees its own cards' findings.
    key: 'qcQueue',
    path: '/registry/qc',
    labelKey: 'menu.qcQueue',
    group: 'registry',
    roles: ['administrator', 'provincial_analyst', 'registry_staff', 'qc_staff', 'hospital_reporter'],
  },
  {
    key: 'followUp',
    path: '/registry/follow-up',
    labelKey: 'menu.followUp',
    group: 'registry',
    roles: ['administrator', 'provincial_analyst', 'registry_staff'],
  },
  {
    // Aggregates: officials included (small cells suppressed by the server).
    key: 'dataQuality',
    path: '/registry/quality',
    labelKey: 'menu.dataQuality',
    group: 'registry',
    roles: [
      'administrator',
      'provincial_analyst',
      'registry_staff',
      'hospital_reporter',
      'qc_staff',
      'official',
    ],
  },
  { key: 'analytics', path: '/analytics', labelKey: 'menu.analytics', group: null, roles: AGGREGATE_ROLES },
  // 筛查 (issue #7): person-level pages for the server's SCREENING_READ_ROLES; indicators also for
  // officials (aggregates, small cells suppressed by the server).
  ...(
    [
      ['screeningProgrammes', '/screening/programmes'],
      ['screeningParticipants', '/screening/participants'],
      ['screeningTasks', '/screening/tasks'],
    ] as const
  ).map(([key, path]) => ({
    key,
    path,
    labelKey: `menu.${key}` as const,
    group: 'screening' as const,
    roles: ['screening_staff', 'administrator', 'provincial_analyst'] as const,
  })),
  {
    key: 'screeningIndicators',
    path: '/screening/indicators',
    labelKey: 'menu.screeningIndicators',
    group: 'screening',
    roles: ['screening_staff', 'administrator', 'provincial_analyst', 'official'],
  },
  // 诊疗质控 (issue #8): indicators also for officials (aggregates, small cells hidden by the server);
  // record-level pages for the server's QC_READ_ROLES (a hospital sees its own hospital).
  {
    key: 'qcDashboard',
    path: '/quality/indicators',
    labelKey: 'menu.qcDashboard',
    group: 'qualityControl',
    roles: ['qc_staff', 'administrator', 'provincial_analyst', 'hospital_reporter', 'official'],
  },
  ...(
    [
      ['qcDrugAlerts', '/quality/drug-alerts'],
      ['qcFilings', '/quality/filings'],
      ['pediatricCases', '/pediatric/cases'],
    ] as const
  ).map(([key, path]) => ({
    key,
    path,
    labelKey: `menu.${key}` as const,
    group: 'qualityControl' as const,
    roles: ['qc_staff', 'administrator', 'provincial_analyst', 'hospital_reporter'] as const,
  })),
  {
    key: 'audit',
    path: '/admin/audit',
    labelKey: 'menu.audit',
    group: 'admin',
    roles: ['administrator', 'auditor'],
  },
];

/**
 * Whether a user holding `roles` may open a page (a user may hold several roles; any one suffices).
 *
 * @param key - the page.
 * @param roles - the session user's roles.
 * @returns true if one of the roles is allowed. The server checks again: this only hides what would 403.
 */
export function canOpen(key: PageKey, roles: readonly Role[]): boolean {
  const page = PAGES.find((p) => p.key === key);
  return page !== undefined && roles.some((role) => page.roles.includes(role));
}

/** One entry of the side menu: a page, or a group with its visible pages. */
export type MenuEntry =
  | { kind: 'page'; page: PageDefinition }
  | { kind: 'group'; group: MenuGroup; pages: PageDefinition[] };

/**
 * The side menu for a user: pages the roles may open, grouped, empty groups dropped, in `PAGES` order.
 *
 * @param roles - the session user's roles.
 * @returns menu entries, top to bottom.
 */
export function menuFor(roles: readonly Role[]): MenuEntry[] {
  const entries: MenuEntry[] = [];
  for (const page of PAGES) {
    if (!canOpen(page.key, roles)) continue;
    if (page.group === null) {
      entries.push({ kind: 'page', page });
      continue;
    }
    const existing = entries.find((e) => e.kind === 'group' && e.group === page.group);
    if (existing?.kind === 'group') existing.pages.push(page);
    else entries.push({ kind: 'group', group: page.group, pages: [page] });
  }
  return entries;
}

/**
 * Where a user lands when the page they asked for is not theirs (e.g. an auditor at `/`).
 *
 * @param roles - the session user's roles.
 * @returns the path of the first page they may open, or null if none.
 */
export function landingPath(roles: readonly Role[]): string | null {
  return PAGES.find((page) => canOpen(page.key, roles))?.path ?? null;
}

/**
 * The page a location belongs to, for the selected menu item.
 *
 * @param pathname - `location.pathname`.
 * @returns the page whose path is the longest prefix of it, or null.
 */
export function pageForPath(pathname: string): PageDefinition | null {
  let best: PageDefinition | null = null;
  for (const page of PAGES) {
    const matches =
      page.path === '/' ? pathname === '/' : pathname === page.path || pathname.startsWith(`${page.path}/`);
    if (matches && (best === null || page.path.length > best.path.length)) best = page;
  }
  return best;
}

/**
 * A post-login return path that stays inside the app (no open redirect to another site).
 *
 * @param raw - the `redirect` query parameter, untrusted.
 * @returns the path if it is app-relative (`/…`, not `//…`, not the login page), else `/`.
 */
export function safeRedirect(raw: string | null | undefined): string {
  if (!raw?.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  if (raw === '/login' || raw.startsWith('/login?')) return '/';
  return raw;
}
