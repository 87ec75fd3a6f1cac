import { AGE_GROUPS, countiesUnder, findRegion } from '@orca/codes';
import { LIFE_TABLE_MAX_AGE, lifeTableQx } from './life-table';

/** Code of the demo province, Jiangxi (江西省). */
export const PROVINCE_CODE = '360000';

/** One row of population.csv: persons in a county, year, sex and age group (data-contract.md). */
export interface PopulationRow {
  readonly regionCode: string;
  readonly year: number;
  /** 1 male, 2 female. */
  readonly sex: 1 | 2;
  /** Age-group label `0`, `1-4`, …, `85+`. */
  readonly ageGroup: string;
  readonly population: number;
}

// 2020 census (七普) resident population of Jiangxi's 11 prefecture-level cities, in persons (Jiangxi
// Statistics Bureau, May 2021); they sum to 45 188 635.
const PREFECTURE_2020: Readonly<Record<string, number>> = {
  '360100': 6_255_007,
  '360200': 1_618_979,
  '360300': 1_804_805,
  '360400': 4_600_276,
  '360500': 1_202_499,
  '360600': 1_154_223,
  '360700': 8_970_014,
  '360800': 4_469_176,
  '360900': 5_007_180,
  '361000': 3_614_866,
  '361100': 6_491_088,
};

// Relative county sizes (in 10 000, roughly the 2020 orders of magnitude; synthetic where our memory
// of the census is vague). Only the proportions matter: each prefecture is scaled to its census total.
const COUNTY_WEIGHT: Readonly<Record<string, number>> = {
  ...{ '360102': 50, '360103': 58, '360104': 40, '360111': 110, '360112': 80, '360113': 50 },
  ...{ '360121': 115, '360123': 22, '360124': 65, '360202': 27, '360203': 43, '360222': 25, '360281': 67 },
  ...{ '360302': 51, '360313': 33, '360321': 22, '360322': 42, '360323': 26, '360402': 35, '360403': 40 },
  ...{ '360404': 30, '360423': 33, '360424': 70, '360425': 33, '360426': 20, '360428': 60, '360429': 24 },
  ...{ '360430': 30, '360481': 40, '360482': 16, '360483': 24, '360502': 90, '360521': 30, '360602': 30 },
  ...{ '360603': 33, '360681': 52, '360702': 70, '360703': 80, '360704': 55, '360722': 65, '360723': 28 },
  ...{ '360724': 27, '360725': 18, '360726': 35, '360728': 18, '360729': 17, '360730': 65, '360731': 90 },
  ...{ '360732': 70, '360733': 45, '360734': 29, '360735': 27, '360781': 60, '360783': 30, '360802': 40 },
  ...{ '360803': 22, '360821': 45, '360822': 45, '360823': 15, '360824': 30, '360825': 38, '360826': 50 },
  ...{ '360827': 50, '360828': 27, '360829': 35, '360830': 40, '360881': 16, '360902': 95, '360921': 30 },
  ...{ '360922': 45, '360923': 33, '360924': 25, '360925': 15, '360926': 15, '360981': 100, '360982': 52 },
  ...{ '360983': 75, '361002': 100, '361003': 40, '361021': 30, '361022': 22, '361023': 28, '361024': 33 },
  ...{ '361025': 32, '361026': 20, '361027': 27, '361028': 15, '361030': 22, '361102': 50, '361103': 80 },
  ...{ '361104': 70, '361123': 55, '361124': 40, '361125': 19, '361126': 35, '361127': 85, '361128': 115 },
  ...{ '361129': 37, '361130': 33, '361181': 30 },
};

/** A county of the demo province with the facts the generator needs. */
export interface DemoCounty {
  readonly code: string;
  readonly name: string;
  readonly prefectureCode: string;
  readonly prefectureName: string;
  /** A city district (市辖区, code digits 5–6 in 01–20): younger, growing, more in-migration. */
  readonly urban: boolean;
  /** Resident population in the census year 2020. */
  readonly population2020: number;
}

let countyCache: DemoCounty[] | undefined;

/**
 * The 100 counties of Jiangxi (GB/T 2260 via `@orca/codes`) with their 2020 sizes: the prefecture's
 * census total shared in proportion to the county weights above.
 *
 * @returns counties in code order
 */
export function demoCounties(): readonly DemoCounty[] {
  if (countyCache) return countyCache;
  const counties = countiesUnder(PROVINCE_CODE);
  const weightByPrefecture = new Map<string, number>();
  for (const c of counties) {
    const w = COUNTY_WEIGHT[c.code];
    if (w === undefined) throw new Error(`demoCounties: no size weight for county ${c.code}`);
    const p = c.parentCode!;
    weightByPrefecture.set(p, (weightByPrefecture.get(p) ?? 0) + w);
  }
  countyCache = counties
    .map((c) => {
      const prefectureCode = c.parentCode!;
      const total = PREFECTURE_2020[prefectureCode];
      if (total === undefined) throw new Error(`demoCounties: no census total for ${prefectureCode}`);
      const suffix = Number(c.code.slice(4));
      return {
        code: c.code,
        name: c.name,
        prefectureCode,
        prefectureName: findRegion(prefectureCode)?.name ?? prefectureCode,
        urban: suffix >= 1 && suffix <= 20,
        population2020: Math.round(
          (total * COUNTY_WEIGHT[c.code]!) / weightByPrefecture.get(prefectureCode)!,
        ),
      };
    })
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  return countyCache;
}

/**
 * Relative number of births in a calendar year in Jiangxi. Shape of China's birth history: the
 * 1959–61 famine trough, the 1962–75 boom, the late-1970s decline, the 1985–91 echo boom, the
 * 1990s–2000s decline, the two-child bump of 2016–17 and the steep fall after 2018 (Jiangxi births
 * roughly 1.0 million around 1990, 0.63 million in 2016, 0.31 million in 2023 — provincial bulletins).
 */
export function relativeBirths(year: number): number {
  // Jiangxi had 16.8 million people in 1953 and 33 million in 1982, so pre-1950 cohorts were
  // small; their survivors are also thinned by worse mortality than today's period table shows.
  if (year < 1930) return 0.3;
  if (year < 1950) return 0.4;
  if (year < 1958) return 0.62;
  const table: Readonly<Record<number, number>> = { 1958: 0.6, 1959: 0.48, 1960: 0.4, 1961: 0.42, 1962: 0.9 };
  if (year <= 1962) return table[year]!;
  if (year <= 1975) return 1.1 - ((year - 1963) * 0.15) / 12;
  if (year <= 1984) return 0.82;
  if (year <= 1991) return 1.05;
  if (year <= 2000) return 1.0 - ((year - 1991) * 0.28) / 9;
  if (year <= 2013) return 0.72;
  const recent: Readonly<Record<number, number>> = {
    2014: 0.75,
    2015: 0.74,
    2016: 0.8,
    2017: 0.78,
    2018: 0.68,
    2019: 0.63,
    2020: 0.52,
    2021: 0.46,
    2022: 0.41,
    2023: 0.36,
  };
  return recent[year] ?? 0.35;
}

/** Male share of births: Jiangxi's sex ratio at birth was among China's highest (138 in the 2000 census, 122 in 2010). */
function maleShareAtBirth(year: number): number {
  const ratio = year < 1980 ? 1.06 : year < 1990 ? 1.1 : year < 2010 ? 1.22 : year < 2017 ? 1.15 : 1.1;
  return ratio / (1 + ratio);
}

/** Net migration factor by age: young adults leave rural Jiangxi for Guangdong and Zhejiang. */
function migrationFactor(age: number, urban: boolean): number {
  if (age >= 20 && age < 45) return urban ? 1.25 : 0.75;
  if (age >= 15 && age < 20) return urban ? 1.1 : 0.92;
  if (age >= 45 && age < 55) return urban ? 1.05 : 0.88;
  return 1;
}

/** County total in a calendar year: urban districts grow ~1.2 %/year, rural counties shrink ~0.6 %/year. */
function countyTotal(county: DemoCounty, year: number): number {
  return county.population2020 * (county.urban ? 1.012 : 0.994) ** (year - 2020);
}

/**
 * Population of one county and year by sex and single year of age (0…100+), before rounding:
 * births of the cohort × period survivorship × migration, scaled to the county total.
 *
 * @param county - the county
 * @param year - calendar year
 * @returns `[male, female]`, each 101 values
 */
export function countyPopulationBySingleAge(county: DemoCounty, year: number): [number[], number[]] {
  const out: [number[], number[]] = [[], []];
  let total = 0;
  for (const sex of [1, 2] as const) {
    const qx = lifeTableQx(year, sex);
    let alive = 1;
    for (let age = 0; age <= LIFE_TABLE_MAX_AGE; age++) {
      const cohort = year - age;
      const share = sex === 1 ? maleShareAtBirth(cohort) : 1 - maleShareAtBirth(cohort);
      const q = qx[age]!;
      // The open group 100+ holds everyone alive at 100: l(100)/q(100) person-years.
      const personYears = age === LIFE_TABLE_MAX_AGE ? alive / q : alive * (1 - q / 2);
      const n = relativeBirths(cohort) * share * personYears * migrationFactor(age, county.urban);
      out[sex - 1]!.push(n);
      total += n;
      alive *= 1 - q;
    }
  }
  const scale = countyTotal(county, year) / total;
  for (const column of out) for (let i = 0; i < column.length; i++) column[i]! *= scale;
  return out;
}

/**
 * Population by county × year × sex × 19 age groups, integers.
 *
 * @param firstYear - first calendar year
 * @param lastYear - last calendar year (included)
 * @param scale - multiplier of every count (see `populationScale`); default 1, the real province
 * @returns rows ordered by county, year, sex, age group
 */
export function generatePopulation(firstYear: number, lastYear: number, scale = 1): PopulationRow[] {
  const rows: PopulationRow[] = [];
  for (const county of demoCounties()) {
    for (let year = firstYear; year <= lastYear; year++) {
      const bySex = countyPopulationBySingleAge(county, year);
      for (const sex of [1, 2] as const) {
        const groups = toAgeGroups(bySex[sex - 1]!);
        groups.forEach((n, g) => {
          rows.push({
            regionCode: county.code,
            year,
            sex,
            ageGroup: AGE_GROUPS[g]!.label,
            population: Math.round(n * scale),
          });
        });
      }
    }
  }
  return rows;
}

/**
 * Sums single-year counts into the 19 report age groups.
 *
 * @param bySingleAge - counts for ages 0…100
 * @returns 19 sums
 */
export function toAgeGroups(bySingleAge: readonly number[]): number[] {
  const groups = new Array<number>(AGE_GROUPS.length).fill(0);
  bySingleAge.forEach((n, age) => {
    const g = age === 0 ? 0 : age < 5 ? 1 : Math.min(18, Math.floor(age / 5) + 1);
    groups[g]! += n;
  });
  return groups;
}
