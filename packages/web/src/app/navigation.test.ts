import { ROLES } from '@orca/contract';
import { describe, expect, it } from 'vitest';
import { canOpen, landingPath, menuFor, pageForPath, safeRedirect } from './navigation';

const menuKeys = (roles: Parameters<typeof menuFor>[0]) =>
  menuFor(roles).map((e) =>
    e.kind === 'page' ? e.page.key : `${e.group}:${e.pages.map((p) => p.key).join(',')}`,
  );

describe('menuFor', () => {
  it('gives the administrator every page, with reports under registry and audit under admin', () => {
    expect(menuKeys(['administrator'])).toEqual([
      'dashboard',
      'registry:reports,reportCards,dataImport,linkage,qcQueue,followUp,dataQuality',
      'analytics',
      'screening:screeningProgrammes,screeningParticipants,screeningTasks,screeningIndicators',
      'qualityControl:qcDashboard,qcDrugAlerts,qcFilings,pediatricCases',
      'admin:audit',
    ]);
  });

  it('hides the audit log from every role but administrator and auditor', () => {
    for (const role of ROLES) {
      expect(canOpen('audit', [role]), role).toBe(role === 'administrator' || role === 'auditor');
    }
  });

  it('never offers the person-level report list to an official, only the aggregate quality page', () => {
    expect(menuKeys(['official'])).toEqual([
      'dashboard',
      'registry:dataQuality',
      'analytics',
      'screening:screeningIndicators',
      'qualityControl:qcDashboard',
    ]);
  });

  it('shows the auditor the audit log only', () => {
    expect(menuKeys(['auditor'])).toEqual(['admin:audit']);
  });

  it('lets any one of several roles open a page', () => {
    expect(canOpen('audit', ['official', 'auditor'])).toBe(true);
    expect(menuKeys(['registry_staff', 'qc_staff'])).toEqual([
      'dashboard',
      'registry:reports,reportCards,dataImport,linkage,qcQueue,followUp,dataQuality',
      'analytics',
      'qualityControl:qcDashboard,qcDrugAlerts,qcFilings,pediatricCases',
    ]);
  });
});

describe('landingPath', () => {
  it('sends an auditor to the audit log and everyone else home', () => {
    expect(landingPath(['auditor'])).toBe('/admin/audit');
    expect(landingPath(['hospital_reporter'])).toBe('/');
    expect(landingPath([])).toBeNull();
  });
});

describe('pageForPath', () => {
  it('matches nested paths to their page and the root only to the dashboard', () => {
    expect(pageForPath('/')?.key).toBe('dashboard');
    expect(pageForPath('/registry/tumours')?.key).toBe('reports');
    expect(pageForPath('/registry/tumours/abc')?.key).toBe('reports');
    expect(pageForPath('/nowhere')).toBeNull();
  });
});

describe('safeRedirect', () => {
  it('keeps an app path with its query string', () => {
    expect(safeRedirect('/registry/tumours?page=3&year=2020')).toBe('/registry/tumours?page=3&year=2020');
  });

  it('refuses other sites, protocol-relative URLs and the login page itself', () => {
    expect(safeRedirect('https://evil.example')).toBe('/');
    expect(safeRedirect('//evil.example')).toBe('/');
    expect(safeRedirect('/\\evil.example')).toBe('/');
    expect(safeRedirect('/login?redirect=/x')).toBe('/');
    expect(safeRedirect(null)).toBe('/');
  });
});
