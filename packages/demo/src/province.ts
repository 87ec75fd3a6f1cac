import { type Region, regionsUnder } from '@orca/codes';
import { generateCases } from './cases';
import { generateDeaths } from './deaths';
import { populationScale } from './incidence';
import { generateInstitutions, type Institution } from './institutions';
import { generateLifeTable, type LifeTableRow } from './life-table';
import { type DemoOptions, type ResolvedOptions, resolveOptions } from './options';
import { generatePopulation, type PopulationRow, PROVINCE_CODE } from './population';
import type { CaseRecord, DeathRecord } from './records';
import { type DemoUser, demoUsers } from './users';

/** The whole synthetic province in memory. */
export interface DemoProvince {
  readonly options: ResolvedOptions;
  /** Jiangxi, its 11 prefectures and 100 counties (GB/T 2260 via `@orca/codes`). */
  readonly regions: readonly Region[];
  readonly institutions: readonly Institution[];
  /** County × year × sex × age group, for the diagnosis years. */
  readonly population: readonly PopulationRow[];
  /** Years from the first diagnosis year to the closing year. */
  readonly lifeTable: readonly LifeTableRow[];
  readonly cases: readonly CaseRecord[];
  readonly deaths: readonly DeathRecord[];
  readonly users: readonly DemoUser[];
}

/**
 * The synthetic province in memory: regions, institutions, population, life table, cases and deaths
 * (as `generateCases` / `generateDeaths` stream them) and demo users. The province itself (regions,
 * institutions, population, life table, users) is the same for every seed; the seed changes the
 * patients. For millions of cases stream `generateCases` instead.
 *
 * @param options - seed (2026), cases (100 000), years ([2015, 2024]), closeDate ('2025-06-30')
 * @returns the province; memory grows with `cases` (~1 KB per case and death)
 */
export function generateProvince(options: DemoOptions = {}): DemoProvince {
  const resolved = resolveOptions(options);
  return {
    options: resolved,
    regions: regionsUnder(PROVINCE_CODE),
    institutions: generateInstitutions(),
    population: generatePopulation(resolved.firstYear, resolved.lastYear, populationScale(options)),
    lifeTable: generateLifeTable(resolved.firstYear, Number(resolved.closeDate.slice(0, 4))),
    cases: Array.from(generateCases(options)),
    deaths: Array.from(generateDeaths(options)),
    users: demoUsers(),
  };
}
