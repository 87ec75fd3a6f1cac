import type { Role } from '@orca/contract';
import { eq } from 'drizzle-orm';
import { createUser } from '../auth/auth.service';
import { users } from '../auth/auth.tables';
import type { Sealer } from '../crypto/sealing';
import type { Db } from '../db/database';
import { analyzeTables } from '../db/maintenance';
import { settings } from '../db/settings.tables';
import {
  loadAcceptedCases,
  loadDeaths,
  loadInstitutions,
  loadLifeTable,
  loadPopulation,
  type Progress,
} from '../registry/bulk-load';
import type {
  CaseRecord,
  DeathRecord,
  InstitutionRecord,
  LifeTableRecord,
  PopulationRecord,
} from '../registry/records';

export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  regionCode: string;
  institutionCode: string | null;
}

/** What the server needs of a synthetic province: the demo package's output, mapped. */
export interface SeedData {
  institutions: readonly InstitutionRecord[];
  population: readonly PopulationRecord[];
  cases: readonly CaseRecord[];
  deaths: readonly DeathRecord[];
  lifeTable: readonly LifeTableRecord[];
  users: readonly DemoUser[];
  password: string;
}

export interface SeedReport {
  persons: number;
  tumours: number;
  reports: number;
  mergedReports: number;
  deaths: number;
  users: number;
}

export async function isSeeded(db: Db): Promise<boolean> {
  const [row] = await db.select().from(settings).where(eq(settings.key, 'demo_loaded'));
  return Boolean(row);
}

/** Loads a synthetic province into an empty database; marks it so a restart does not load it twice. */
export async function seedDemo(
  db: Db,
  sealer: Sealer,
  data: SeedData,
  progress?: (stage: string, done: number, total: number) => void,
): Promise<SeedReport> {
  const step =
    (stage: string): Progress =>
    (d, t) =>
      progress?.(stage, d, t);
  const institutionIds = await loadInstitutions(db, data.institutions);
  await loadPopulation(db, data.population);
  await loadLifeTable(db, data.lifeTable);
  const cases = await loadAcceptedCases(db, sealer, data.cases, institutionIds, step('cases'));
  const deathCount = await loadDeaths(db, sealer, data.deaths, step('deaths'));
  let userCount = 0;
  for (const u of data.users) {
    const [exists] = await db.select({ id: users.id }).from(users).where(eq(users.username, u.username));
    if (exists) continue;
    await createUser(db, { ...u, roles: [u.role], password: data.password });
    userCount++;
  }
  await analyzeTables(db);
  await db
    .insert(settings)
    .values({ key: 'demo_loaded', value: { at: new Date().toISOString(), tumours: cases.tumours } })
    .onConflictDoNothing();
  return { ...cases, deaths: deathCount, users: userCount };
}
