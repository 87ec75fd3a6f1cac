import { describe, expect, it } from 'vitest';
import {
  CASES_COLUMNS,
  CASES_TRUTH_COLUMNS,
  DEATHS_COLUMNS,
  headerCells,
  LIFE_TABLE_COLUMNS,
  POPULATION_COLUMNS,
  toCells,
} from './columns';
import { expectedCaseCount } from './incidence';
import { generateProvince } from './province';
import { DEMO_PASSWORD, demoUsers } from './users';

const province = generateProvince({ seed: 3, cases: 2_000 });

describe('generateProvince', () => {
  it('holds Jiangxi with its 11 prefectures and 100 counties', () => {
    expect(province.regions.filter((r) => r.level === 'province').map((r) => r.code)).toEqual(['360000']);
    expect(province.regions.filter((r) => r.level === 'prefecture')).toHaveLength(11);
    expect(province.regions.filter((r) => r.level === 'county')).toHaveLength(100);
  });

  it('holds population, life table, institutions, cases, deaths and users for the options', () => {
    expect(province.population).toHaveLength(100 * 10 * 2 * 19);
    expect(province.lifeTable).toHaveLength(11 * 2 * 101); // 2015–2025: the closing year included
    expect(province.institutions.length).toBeGreaterThan(1000);
    expect(province.cases.filter((c) => c.duplicateOf === null)).toHaveLength(2_000);
    expect(province.deaths.length).toBeGreaterThan(1_000);
    expect(province.users).toEqual(demoUsers());
  });

  it('gives the same data for the same seed and other patients for another seed', () => {
    const again = generateProvince({ seed: 3, cases: 2_000 });
    expect(again.cases).toEqual(province.cases);
    expect(again.deaths).toEqual(province.deaths);
    const other = generateProvince({ seed: 4, cases: 2_000 });
    expect(other.cases).not.toEqual(province.cases);
    expect(other.population).toEqual(province.population); // the place is the same for every seed
  });

  it('expects about 1.2–1.5 million tumours for 2015–2024 at real Jiangxi rates', () => {
    const n = expectedCaseCount(2015, 2024);
    expect(n).toBeGreaterThan(1_200_000);
    expect(n).toBeLessThan(1_500_000);
  });
});

describe('demo users', () => {
  it('has one user per role, each in an existing institution', () => {
    const users = demoUsers();
    expect(new Set(users.map((u) => u.role)).size).toBe(users.length);
    expect(users.map((u) => u.role)).toEqual(
      expect.arrayContaining([
        'administrator',
        'provincial_analyst',
        'registry_staff',
        'hospital_reporter',
        'screening_staff',
        'qc_staff',
        'official',
      ]),
    );
    const codes = new Set(province.institutions.map((i) => i.code));
    for (const u of users) expect(codes.has(u.institutionCode)).toBe(true);
    expect(DEMO_PASSWORD).toBe('orca-demo-2026');
  });
});

describe('column maps', () => {
  it('start with the contract columns of cases.csv in the contract order', () => {
    expect(headerCells(CASES_COLUMNS).slice(0, 15)).toEqual([
      'id',
      'name',
      'sex',
      'birth_date',
      'id_number',
      'region_code',
      'diagnosis_date',
      'icd10',
      'topography',
      'morphology',
      'basis',
      'stage',
      'vital_status',
      'last_contact_date',
      'cause_of_death',
    ]);
    expect(headerCells(DEATHS_COLUMNS)).toEqual([
      'id',
      'name',
      'sex',
      'birth_date',
      'id_number',
      'region_code',
      'death_date',
      'cause_of_death',
    ]);
    expect(headerCells(POPULATION_COLUMNS)).toEqual([
      'region_code',
      'year',
      'sex',
      'age_group',
      'population',
    ]);
    expect(headerCells(LIFE_TABLE_COLUMNS)).toEqual(['year', 'sex', 'age', 'qx']);
  });

  it('name only fields the records have', () => {
    const c = province.cases[0]!;
    for (const field of Object.keys({ ...CASES_COLUMNS, ...CASES_TRUTH_COLUMNS }))
      expect(field in c).toBe(true);
    const d = province.deaths[0]!;
    for (const field of Object.keys(DEATHS_COLUMNS)) expect(field in d).toBe(true);
  });

  it('turn a record into cells, null as empty', () => {
    const c = province.cases.find((r) => r.idNumber === null)!;
    const cells = toCells(c, CASES_COLUMNS);
    expect(cells[4]).toBe('');
    expect(cells[2]).toBe(String(c.sex));
    expect(cells).toHaveLength(Object.keys(CASES_COLUMNS).length);
  });
});
