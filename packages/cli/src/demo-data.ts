import fs from 'node:fs';
import path from 'node:path';
import { AGE_GROUPS, ageGroupIndexOfLabel } from '@orca/codes';
import {
  CASES_COLUMNS,
  CASES_TRUTH_COLUMNS,
  type CaseRecord,
  DEATHS_COLUMNS,
  DEATHS_TRUTH_COLUMNS,
  DEMO_PASSWORD,
  demoUsers,
  generateCases,
  generateDeaths,
  generateInstitutions,
  generateLifeTable,
  generatePopulation,
  generateProvince,
  headerCells,
  INSTITUTIONS_COLUMNS,
  LIFE_TABLE_COLUMNS,
  POPULATION_COLUMNS,
  populationScale,
  resolveOptions,
  toCells,
} from '@orca/demo';
import type { SeedData } from '@orca/server';
import { csvWriter } from './csv-writer';

export interface DemoSize {
  cases: number;
  seed: number;
}

function seedCase(c: CaseRecord): SeedData['cases'][number] {
  return {
    // The contract's `id` is the reporter's record identifier: (institution, id) keeps re-imports idempotent.
    sourceId: c.id,
    institutionCode: c.institutionCode,
    name: c.name,
    sex: c.sex,
    birthDate: c.birthDate,
    idNumber: c.idNumber,
    regionCode: c.regionCode,
    diagnosisDate: c.diagnosisDate,
    icd10: c.icd10,
    topography: c.topography,
    morphology: c.morphology,
    basis: c.basis,
    stage: c.stage,
    vitalStatus: c.vitalStatus,
    lastContactDate: c.lastContactDate,
    causeOfDeath: c.causeOfDeath,
    reportDate: c.reportDate,
    phone: c.phone,
    address: c.address,
    ethnicity: c.ethnicity,
    occupation: c.occupation,
  };
}

/** The demo province mapped to what the server loads. */
export function demoSeedData(size: DemoSize = { cases: 100_000, seed: 2026 }): SeedData {
  const province = generateProvince({ cases: size.cases, seed: size.seed });
  return {
    institutions: province.institutions.map((i) => ({
      code: i.code,
      name: i.name,
      kind: i.kind,
      grade: i.grade,
      regionCode: i.regionCode,
    })),
    population: province.population.map((p) => {
      const ageGroup = ageGroupIndexOfLabel(p.ageGroup);
      if (ageGroup < 0)
        throw new Error(
          `demo population: unknown age group ${p.ageGroup} (expected one of ${AGE_GROUPS.map((g) => g.label).join(' ')})`,
        );
      return { regionCode: p.regionCode, year: p.year, sex: p.sex, ageGroup, population: p.population };
    }),
    lifeTable: province.lifeTable.map((l) => ({ year: l.year, sex: l.sex, age: l.age, qx: l.qx })),
    cases: province.cases.map(seedCase),
    deaths: province.deaths.map((d) => ({
      sourceId: d.id,
      name: d.name,
      sex: d.sex,
      birthDate: d.birthDate,
      idNumber: d.idNumber,
      regionCode: d.regionCode,
      deathDate: d.deathDate,
      causeOfDeath: d.causeOfDeath,
    })),
    users: province.users.map((u) => ({ ...u })),
    password: DEMO_PASSWORD,
  };
}

type Progress = (stage: string, done: number, total: number) => void;

/**
 * Writes the demo province as data-contract files, streaming cases and deaths so that 10 000 000
 * rows never sit in memory, plus truth files (person and tumour keys) for linkage and quality tests.
 */
export async function writeDemoFiles(
  dir: string,
  size: DemoSize,
  progress: Progress,
): Promise<Record<string, number>> {
  fs.mkdirSync(dir, { recursive: true });
  const options = { cases: size.cases, seed: size.seed };
  const resolved = resolveOptions(options);
  const counts: Record<string, number> = {};
  const writeAll = async (
    name: string,
    columns: Readonly<Record<string, string>>,
    rows: Iterable<object>,
    total?: number,
  ) => {
    const w = csvWriter(path.join(dir, name), headerCells(columns));
    let n = 0;
    for (const row of rows) {
      await w.write(toCells(row, columns));
      if (total && ++n % 10_000 === 0) progress(name, n, total);
    }
    if (total) progress(name, total, total);
    counts[name] = await w.close();
  };
  await writeAll('institutions.csv', INSTITUTIONS_COLUMNS, generateInstitutions());
  await writeAll(
    'population.csv',
    POPULATION_COLUMNS,
    generatePopulation(resolved.firstYear, resolved.lastYear, populationScale(options)),
  );
  await writeAll(
    'life_table.csv',
    LIFE_TABLE_COLUMNS,
    generateLifeTable(resolved.firstYear, Number(resolved.closeDate.slice(0, 4))),
  );
  await writeAll(
    'users.csv',
    {
      username: 'username',
      displayName: 'display_name',
      role: 'role',
      regionCode: 'region_code',
      institutionCode: 'institution_code',
    },
    demoUsers(),
  );
  const cases = csvWriter(path.join(dir, 'cases.csv'), headerCells(CASES_COLUMNS));
  const casesTruth = csvWriter(path.join(dir, 'cases-truth.csv'), headerCells(CASES_TRUTH_COLUMNS));
  let n = 0;
  for (const c of generateCases(options)) {
    await cases.write(toCells(c, CASES_COLUMNS));
    await casesTruth.write(toCells(c, CASES_TRUTH_COLUMNS));
    if (++n % 10_000 === 0) progress('cases.csv', n, size.cases);
  }
  counts['cases.csv'] = await cases.close();
  await casesTruth.close();
  const deaths = csvWriter(path.join(dir, 'deaths.csv'), headerCells(DEATHS_COLUMNS));
  const deathsTruth = csvWriter(path.join(dir, 'deaths-truth.csv'), headerCells(DEATHS_TRUTH_COLUMNS));
  for (const d of generateDeaths(options)) {
    await deaths.write(toCells(d, DEATHS_COLUMNS));
    await deathsTruth.write(toCells(d, DEATHS_TRUTH_COLUMNS));
  }
  counts['deaths.csv'] = await deaths.close();
  await deathsTruth.close();
  return counts;
}
