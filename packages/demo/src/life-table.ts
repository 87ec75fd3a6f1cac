/** One row of life_table.csv: probability of dying within the year of age (data-contract.md). */
export interface LifeTableRow {
  readonly year: number;
  /** 1 male, 2 female. */
  readonly sex: 1 | 2;
  /** Completed years 0…100; 100 stands for 100 and over. */
  readonly age: number;
  readonly qx: number;
}

/** Highest single age in the table; it stands for that age and over. */
export const LIFE_TABLE_MAX_AGE = 100;

/**
 * Target life expectancy at birth. Jiangxi's 2020 figure is about 77 years for both sexes together;
 * the brief asks for ~77 (men) and ~82 (women) around 2020, rising about 0.2 year per calendar year,
 * close to China's national gain of 2015–2024 (76.3 → 79.0 both sexes, NHC statistical bulletins).
 *
 * @param year - calendar year
 * @param sex - 1 male, 2 female
 * @returns e0 in years
 */
export function targetLifeExpectancy(year: number, sex: 1 | 2): number {
  return (sex === 1 ? 77.0 : 82.2) + 0.2 * (year - 2020);
}

// Gompertz–Makeham shape μ(x) = A + B·e^(c·x) from age 1; c and A fixed, B solved to hit the target
// life expectancy. c ≈ 0.09–0.10 is the usual adult slope of Chinese period tables (mortality doubles
// every 7–8 years of age). Men get a small accident hump at 15–39, visible in Chinese tables.
const SLOPE = { 1: 0.088, 2: 0.098 } as const;
const MAKEHAM = { 1: 0.0003, 2: 0.00018 } as const;

function infantQ(year: number, sex: 1 | 2): number {
  // China's infant mortality fell from 8.1‰ (2015) to 4.5‰ (2024) (NHC bulletins): about −6 %/year.
  const both = 0.0081 * 0.935 ** (year - 2015);
  return sex === 1 ? both * 1.08 : both * 0.91;
}

function qxRow(year: number, sex: 1 | 2, gompertzB: number, maxAge: number): number[] {
  const c = SLOPE[sex];
  const out: number[] = [infantQ(year, sex)];
  for (let x = 1; x <= maxAge; x++) {
    const hump = sex === 1 && x >= 15 && x < 40 ? 0.0004 : 0;
    // Integrated hazard over [x, x+1) of the Gompertz–Makeham force.
    const cumHazard = MAKEHAM[sex] + hump + (gompertzB * Math.exp(c * x) * (Math.exp(c) - 1)) / c;
    out.push(Math.min(0.999, 1 - Math.exp(-cumHazard)));
  }
  return out;
}

function lifeExpectancy(qx: readonly number[]): number {
  let alive = 1;
  let e0 = 0;
  for (let x = 0; x < qx.length; x++) {
    const q = qx[x]!;
    // Deaths in the first year of life fall early (a0 ≈ 0.1); elsewhere at mid-year.
    e0 += alive * (1 - q * (x === 0 ? 0.9 : 0.5));
    alive *= 1 - q;
  }
  return e0;
}

/**
 * qx by single year of age 0…100 for one calendar year and sex, Gompertz–Makeham with the scale
 * solved by bisection so that e0 (computed to age 130) equals `targetLifeExpectancy`.
 *
 * @param year - calendar year
 * @param sex - 1 male, 2 female
 * @returns 101 probabilities, index = age
 */
export function lifeTableQx(year: number, sex: 1 | 2): readonly number[] {
  const key = year * 2 + sex;
  const cached = qxCache.get(key);
  if (cached) return cached;
  const target = targetLifeExpectancy(year, sex);
  let lo = 1e-7;
  let hi = 1e-3;
  for (let i = 0; i < 80; i++) {
    const mid = Math.sqrt(lo * hi); // bisect on the log scale: B spans orders of magnitude
    if (lifeExpectancy(qxRow(year, sex, mid, 130)) > target) lo = mid;
    else hi = mid;
  }
  const qx = qxRow(year, sex, Math.sqrt(lo * hi), LIFE_TABLE_MAX_AGE);
  qxCache.set(key, qx);
  return qx;
}

const qxCache = new Map<number, readonly number[]>();

/**
 * Life expectancy at birth of a qx column (ages 0…n, the last one closed by extrapolation is not
 * needed at the precision used here).
 *
 * @param qx - probabilities by single age from 0
 */
export function lifeExpectancyAtBirth(qx: readonly number[]): number {
  return lifeExpectancy(qx);
}

/**
 * The Jiangxi-like life table for a span of calendar years, both sexes, ages 0…100.
 *
 * @param firstYear - first calendar year
 * @param lastYear - last calendar year (included)
 * @returns rows ordered by year, sex, age
 */
export function generateLifeTable(firstYear: number, lastYear: number): LifeTableRow[] {
  const rows: LifeTableRow[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    for (const sex of [1, 2] as const) {
      const qx = lifeTableQx(year, sex);
      qx.forEach((q, age) => {
        rows.push({ year, sex, age, qx: Math.round(q * 1e6) / 1e6 });
      });
    }
  }
  return rows;
}

/**
 * A lookup of qx by (year, sex, age) for a span of years; years outside the span use the nearest
 * year, as data-contract.md prescribes for life_table.csv.
 */
export class LifeTableLookup {
  private readonly table: Float64Array;
  private readonly firstYear: number;
  private readonly lastYear: number;

  /**
   * @param firstYear - first calendar year held
   * @param lastYear - last calendar year held
   */
  constructor(firstYear: number, lastYear: number) {
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    const n = lastYear - firstYear + 1;
    this.table = new Float64Array(n * 2 * (LIFE_TABLE_MAX_AGE + 1));
    for (let y = 0; y < n; y++) {
      for (const sex of [1, 2] as const) {
        const qx = lifeTableQx(firstYear + y, sex);
        this.table.set(qx, (y * 2 + sex - 1) * (LIFE_TABLE_MAX_AGE + 1));
      }
    }
  }

  /**
   * qx for a calendar year, sex and completed age (ages over 100 use 100).
   *
   * @param year - calendar year
   * @param sex - 1 or 2
   * @param age - completed years
   */
  qx(year: number, sex: 1 | 2, age: number): number {
    const y = Math.min(this.lastYear, Math.max(this.firstYear, year)) - this.firstYear;
    const a = Math.min(LIFE_TABLE_MAX_AGE, Math.max(0, age));
    return this.table[(y * 2 + sex - 1) * (LIFE_TABLE_MAX_AGE + 1) + a]!;
  }
}
