import { AGE_GROUPS } from '@orca/codes';
import type { CsvRow } from '@orca/epi';
import { loadDeaths, loadLifeTable, loadPopulation } from '../registry/bulk-load';
import type { DeathRecord, LifeTableRecord, PopulationRecord } from '../registry/records';
import type { TestApp } from '../testing/test-app';
import { refreshCounts } from './refresh-counts';

/** Counties and years of the mini province's tumours. */
export const FIXTURE_COUNTIES = ['360102', '360121', '360202'] as const;
export const FIXTURE_YEARS = [2020, 2021, 2022, 2023] as const;

/** Deterministic, unequal person-years so that the ASR differs from the crude rate. */
export function fixturePopulation(): PopulationRecord[] {
  const rows: PopulationRecord[] = [];
  FIXTURE_COUNTIES.forEach((regionCode, r) => {
    for (const year of FIXTURE_YEARS) {
      for (const sex of [1, 2]) {
        for (let ageGroup = 0; ageGroup < 19; ageGroup++) {
          const population =
            3000 + 150 * ageGroup * (ageGroup < 12 ? 1 : -0.5) + 700 * r + 40 * (year - 2020) + 90 * sex;
          rows.push({ regionCode, year, sex, ageGroup, population: Math.round(population) });
        }
      }
    }
  });
  return rows;
}

/** A Gompertz-like life table, 2019–2025, qx < 1. */
export function fixtureLifeTable(): LifeTableRecord[] {
  const rows: LifeTableRecord[] = [];
  for (let year = 2019; year <= 2025; year++) {
    for (const sex of [1, 2]) {
      for (let age = 0; age <= 100; age++) {
        rows.push({
          year,
          sex,
          age,
          qx: Math.min(0.6, (sex === 1 ? 0.0005 : 0.0003) * Math.exp(0.085 * age)),
        });
      }
    }
  }
  return rows;
}

/** Death records (mortality) beside the mini province's two: several causes, ages and years. */
export function fixtureDeaths(): DeathRecord[] {
  const causes = ['C34.9', 'C16.0', 'C22', 'C18.2', 'C50.9', 'I21.9', 'c34.1'];
  return Array.from({ length: 28 }, (_, i) => ({
    sourceId: `AX${i}`,
    name: `测试${i}`,
    sex: causes[i % causes.length] === 'C50.9' ? 2 : (i % 2) + 1,
    birthDate: i % 9 === 0 ? null : `19${40 + (i % 35)}-0${1 + (i % 9)}-2${i % 8}`,
    idNumber: null,
    regionCode: FIXTURE_COUNTIES[i % 3]!,
    deathDate: `202${i % 4}-1${i % 3}-0${1 + (i % 9)}`,
    causeOfDeath: causes[i % causes.length]!,
  }));
}

/**
 * Adds population, a life table and deaths to a test app's copy of the mini province and builds
 * the counts cube, so analytics tests have denominators without changing the shared template.
 */
export async function seedAnalytics(t: TestApp): Promise<void> {
  await loadPopulation(t.database.db, fixturePopulation());
  await loadLifeTable(t.database.db, fixtureLifeTable());
  await loadDeaths(t.database.db, t.sealer, fixtureDeaths());
  await refreshCounts(t.database.db);
}

/** The population rows as population.csv would carry them (data contract). */
export function populationCsv(rows: readonly PopulationRecord[]): CsvRow[] {
  return rows.map((r) => ({
    region_code: r.regionCode,
    year: String(r.year),
    sex: String(r.sex),
    age_group: AGE_GROUPS[r.ageGroup]!.label,
    population: String(r.population),
  }));
}

/** The accepted tumours as cases.csv rows: what `orca stats rates` reads from an extract. */
export async function casesCsv(t: TestApp): Promise<CsvRow[]> {
  const rows = await t.database.query<Record<string, string | null>>(
    `select t.region_code, p.sex::text as sex, p.birth_date, t.diagnosis_date, t.icd10, t.basis::text as basis,
       p.vital_status::text as vital_status, p.last_contact_date
     from tumours t join persons p on p.id = t.person_id where t.status = 'accepted'`,
  );
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v ?? undefined])));
}

/** The deaths as deaths.csv rows. */
export async function deathsCsv(t: TestApp): Promise<CsvRow[]> {
  const rows = await t.database.query<Record<string, string | null>>(
    `select region_code, sex::text as sex, birth_date, death_date, cause_of_death from deaths`,
  );
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v ?? undefined])));
}
