import { dayNumberOfCivilDate, yearOfDayNumber } from './calendar';
import { DAYS_PER_YEAR, LIFE_TABLE_MAX_AGE, type LifeTable, lifeTableCell } from './life-table';

/** What the expected hazard of a patient depends on (methods.md §3.3). */
export interface ExpectedHazardPerson {
  sex: 1 | 2;
  /** Exact age at diagnosis in days, A = diagnosis_date − birth_date. */
  ageDays: number;
  /** Diagnosis date as a day number (days since 1970-01-01). */
  diagnosisDay: number;
}

// A hazard cursor is HAZARD_CURSOR_SIZE numbers in a Float64Array, so that a million of them sit in
// one contiguous block (the risk-set sweep moves ~13 million of them across cells; separate objects or
// arrays per field cost a cache miss per field).
const AGE_INDEX = 0;
const YEAR = 1;
/** Follow-up day at which the next single year of age starts (∞ once at 100+). */
const AGE_END = 2;
/** Follow-up day at which the next calendar year starts. */
const YEAR_END = 3;
const CELL = 4;
const HAZARD = 5;
const SEX = 6;
const AGE_DAYS = 7;
const DIAGNOSIS_DAY = 8;

/** Numbers one hazard cursor occupies; see {@link openHazardCursor}. */
export const HAZARD_CURSOR_SIZE = 9;

/** Offset of the current cell's daily hazard within a cursor. */
export const HAZARD_CURSOR_HAZARD = HAZARD;

/** Offset of the current life-table cell index within a cursor. */
export const HAZARD_CURSOR_CELL = CELL;

/**
 * Place a cursor at follow-up time `s` days (methods.md §3.3): age index min(⌊(A + s)/365.241⌋, 100),
 * calendar year of the date diagnosis_date + ⌊s⌋ (clamped to the table when looked up), and the times
 * of the next birthday (k·365.241 days of age) and the next 1 January.
 *
 * @param table - the life table.
 * @param person - sex, age at diagnosis in days, diagnosis day number.
 * @param s - follow-up time in days (≥ 0).
 * @param cursor - storage; the cursor occupies [offset, offset + HAZARD_CURSOR_SIZE).
 * @param offset - where the cursor starts.
 */
export function openHazardCursor(
  table: LifeTable,
  person: ExpectedHazardPerson,
  s: number,
  cursor: Float64Array,
  offset: number,
): void {
  const ageIndex = Math.min(Math.floor((person.ageDays + s) / DAYS_PER_YEAR), LIFE_TABLE_MAX_AGE);
  const year = yearOfDayNumber(person.diagnosisDay + Math.floor(s));
  cursor[offset + AGE_INDEX] = ageIndex;
  cursor[offset + YEAR] = year;
  cursor[offset + AGE_END] =
    ageIndex < LIFE_TABLE_MAX_AGE
      ? (ageIndex + 1) * DAYS_PER_YEAR - person.ageDays
      : Number.POSITIVE_INFINITY;
  cursor[offset + YEAR_END] = dayNumberOfCivilDate(year + 1, 1, 1) - person.diagnosisDay;
  cursor[offset + SEX] = person.sex;
  cursor[offset + AGE_DAYS] = person.ageDays;
  cursor[offset + DIAGNOSIS_DAY] = person.diagnosisDay;
  const cell = lifeTableCell(table, year, person.sex, ageIndex);
  cursor[offset + CELL] = cell;
  cursor[offset + HAZARD] = table.hazardPerDay[cell]!;
}

/**
 * Follow-up time at which the cursor's current cell ends.
 *
 * @param cursor - storage holding the cursor.
 * @param offset - where the cursor starts.
 * @returns the next age or calendar-year boundary, in days since diagnosis.
 */
export function hazardCursorEnd(cursor: Float64Array, offset: number): number {
  return Math.min(cursor[offset + AGE_END]!, cursor[offset + YEAR_END]!);
}

/**
 * Move a cursor into the next cell (a birthday and 1 January may coincide).
 *
 * @param table - the life table.
 * @param cursor - storage holding the cursor; mutated.
 * @param offset - where the cursor starts.
 * @returns the boundary crossed, in days since diagnosis.
 */
export function advanceHazardCursor(table: LifeTable, cursor: Float64Array, offset: number): number {
  const ageEnd = cursor[offset + AGE_END]!;
  const yearEnd = cursor[offset + YEAR_END]!;
  const boundary = Math.min(ageEnd, yearEnd);
  // Compare with the stored boundaries, never recompute ⌊(A + s)/Y⌋ at a boundary: rounding could
  // put s on the wrong side of it.
  if (ageEnd === boundary) {
    const ageIndex = cursor[offset + AGE_INDEX]! + 1;
    cursor[offset + AGE_INDEX] = ageIndex;
    cursor[offset + AGE_END] =
      ageIndex < LIFE_TABLE_MAX_AGE
        ? (ageIndex + 1) * DAYS_PER_YEAR - cursor[offset + AGE_DAYS]!
        : Number.POSITIVE_INFINITY;
  }
  if (yearEnd === boundary) {
    const year = cursor[offset + YEAR]! + 1;
    cursor[offset + YEAR] = year;
    cursor[offset + YEAR_END] = dayNumberOfCivilDate(year + 1, 1, 1) - cursor[offset + DIAGNOSIS_DAY]!;
  }
  const sex = cursor[offset + SEX] === 1 ? 1 : 2;
  const cell = lifeTableCell(table, cursor[offset + YEAR]!, sex, cursor[offset + AGE_INDEX]!);
  cursor[offset + CELL] = cell;
  cursor[offset + HAZARD] = table.hazardPerDay[cell]!;
  return boundary;
}

/**
 * Expected (population) cumulative hazard Λ(t) = ∫₀ᵗ λ(s) ds of a patient, integrated exactly by
 * splitting [0, t] at every age boundary and every 1 January (methods.md §3.3; equals
 * `survival::survexp` with a ratetable of the same qx).
 *
 * @param table - the life table.
 * @param person - sex, age at diagnosis in days, diagnosis day number.
 * @param timeDays - follow-up time t in days (≥ 0).
 * @returns Λ(t); the expected survival is exp(−Λ(t)).
 * @throws RangeError when t is negative or not finite.
 * @example expectedCumulativeHazard(table, { sex: 1, ageDays: 23_000, diagnosisDay: 18_000 }, 365.241)
 */
export function expectedCumulativeHazard(
  table: LifeTable,
  person: ExpectedHazardPerson,
  timeDays: number,
): number {
  if (!(timeDays >= 0 && Number.isFinite(timeDays))) throw new RangeError(`timeDays ${timeDays} must be ≥ 0`);
  const cursor = new Float64Array(HAZARD_CURSOR_SIZE);
  openHazardCursor(table, person, 0, cursor, 0);
  let cumulative = 0;
  let start = 0;
  while (hazardCursorEnd(cursor, 0) < timeDays) {
    const hazard = cursor[HAZARD]!;
    const boundary = advanceHazardCursor(table, cursor, 0);
    cumulative += hazard * (boundary - start);
    start = boundary;
  }
  return cumulative + cursor[HAZARD]! * (timeDays - start);
}
