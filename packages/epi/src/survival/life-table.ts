/**
 * General-population hazards from a life table (data-contract `life_table.csv`, methods.md §3.3).
 */

/** Days in a survival year (methods.md §3.1); also the width of a single-year age cell. */
export const DAYS_PER_YEAR = 365.241;

/** Oldest age row of a life table: age 100 stands for 100 and over. */
export const LIFE_TABLE_MAX_AGE = 100;

const AGES = LIFE_TABLE_MAX_AGE + 1;

/** One row of `life_table.csv`: probability of dying within the year at single age `age`. */
export interface LifeTableRow {
  year: number;
  sex: 1 | 2;
  age: number;
  qx: number;
}

/**
 * A complete life table as constant daily hazards per (year, sex, single age) cell.
 * Build it with {@link buildLifeTable}; treat it as opaque.
 */
export interface LifeTable {
  readonly firstYear: number;
  readonly lastYear: number;
  /** λ per day, index {@link lifeTableCell}. */
  readonly hazardPerDay: Float64Array;
}

/**
 * Index of a (year, sex, age) cell in {@link LifeTable.hazardPerDay}, the year clamped to the table
 * ("a year outside the table uses the nearest year present", data contract).
 *
 * @param table - the life table.
 * @param year - calendar year (any).
 * @param sex - 1 male, 2 female.
 * @param age - single age 0…100 (100 = 100+).
 * @returns the cell index.
 */
export function lifeTableCell(table: LifeTable, year: number, sex: 1 | 2, age: number): number {
  const clamped = Math.min(Math.max(year, table.firstYear), table.lastYear);
  return ((clamped - table.firstYear) * 2 + (sex - 1)) * AGES + age;
}

/**
 * Build a life table from `year, sex, age, qx` rows. Within a cell the hazard is constant,
 * λ = −ln(1 − qx) / 365.241 per day (methods.md §3.3).
 *
 * @param rows - every year from the first to the last, both sexes, ages 0…100, each once.
 * @returns the table.
 * @throws RangeError naming the row when a value is out of range, a cell repeats or is missing;
 *   qx must lie in [0, 1) because qx = 1 gives an infinite hazard.
 */
export function buildLifeTable(rows: readonly LifeTableRow[]): LifeTable {
  if (rows.length === 0) throw new RangeError('life table: no rows');
  let firstYear = Number.POSITIVE_INFINITY;
  let lastYear = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    if (!Number.isInteger(row.year)) throw new RangeError(`life table: year ${row.year} is not an integer`);
    firstYear = Math.min(firstYear, row.year);
    lastYear = Math.max(lastYear, row.year);
  }
  const hazardPerDay = new Float64Array((lastYear - firstYear + 1) * 2 * AGES).fill(Number.NaN);
  const table: LifeTable = { firstYear, lastYear, hazardPerDay };
  for (const [index, row] of rows.entries()) {
    const where = `life table row ${index + 1} (year ${row.year}, sex ${row.sex}, age ${row.age})`;
    if (row.sex !== 1 && row.sex !== 2) throw new RangeError(`${where}: sex must be 1 or 2`);
    if (!Number.isInteger(row.age) || row.age < 0 || row.age > LIFE_TABLE_MAX_AGE) {
      throw new RangeError(`${where}: age must be an integer 0…${LIFE_TABLE_MAX_AGE}`);
    }
    if (!(row.qx >= 0 && row.qx < 1)) throw new RangeError(`${where}: qx ${row.qx} must be in [0, 1)`);
    const cell = lifeTableCell(table, row.year, row.sex, row.age);
    if (!Number.isNaN(hazardPerDay[cell]!)) throw new RangeError(`${where}: duplicate cell`);
    hazardPerDay[cell] = -Math.log1p(-row.qx) / DAYS_PER_YEAR;
  }
  const missing = hazardPerDay.findIndex((value) => Number.isNaN(value));
  if (missing >= 0) {
    const age = missing % AGES;
    const sex = Math.floor(missing / AGES) % 2 === 0 ? 1 : 2;
    const year = firstYear + Math.floor(missing / AGES / 2);
    throw new RangeError(`life table: no row for year ${year}, sex ${sex}, age ${age}`);
  }
  return table;
}

/**
 * Parse data-contract `life_table.csv` records (strings keyed by lower-case column name) into rows.
 *
 * @param records - parsed CSV rows with `year, sex, age, qx`; `age` may be written `100+`.
 * @returns typed rows for {@link buildLifeTable}.
 * @throws RangeError naming the row and column of the first unreadable value.
 */
export function parseLifeTableRecords(
  records: readonly Readonly<Record<string, string | undefined>>[],
): LifeTableRow[] {
  return records.map((record, index) => {
    const read = (column: string): number => {
      const raw = (record[column] ?? '').trim().replace(/\+$/, '');
      const value = raw === '' ? Number.NaN : Number(raw);
      if (!Number.isFinite(value))
        throw new RangeError(`life table row ${index + 1}: ${column} "${record[column] ?? ''}"`);
      return value;
    };
    const sex = read('sex');
    if (sex !== 1 && sex !== 2)
      throw new RangeError(`life table row ${index + 1}: sex "${record['sex'] ?? ''}"`);
    return { year: read('year'), sex, age: read('age'), qx: read('qx') };
  });
}
