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

/**
 * Where a patient stands in the life table at follow-up time `start`: the cell, its hazard, and the
 * follow-up times of the next age birthday (k·365.241 days of age) and the next 1 January.
 * Mutated by {@link advanceHazardCell}.
 */
export interface HazardCellPosition {
  ageIndex: number;
  year: number;
  /** Follow-up day at which the next single year of age starts (∞ once at 100+). */
  ageEnd: number;
  /** Follow-up day at which the next calendar year starts. */
  yearEnd: number;
  /** Life-table cell and its daily hazard. */
  cell: number;
  hazardPerDay: number;
}

function cellEnd(position: HazardCellPosition): number {
  return Math.min(position.ageEnd, position.yearEnd);
}

/**
 * The cell a patient occupies at follow-up time `s` days (methods.md §3.3): age index
 * min(⌊(A + s)/365.241⌋, 100) and the calendar year of the date diagnosis_date + ⌊s⌋, clamped to the
 * table.
 *
 * @param table - the life table.
 * @param person - sex, age at diagnosis in days, diagnosis day number.
 * @param s - follow-up time in days (≥ 0).
 * @returns the position, to be moved on with {@link advanceHazardCell}.
 */
export function hazardCellAt(table: LifeTable, person: ExpectedHazardPerson, s: number): HazardCellPosition {
  const ageIndex = Math.min(Math.floor((person.ageDays + s) / DAYS_PER_YEAR), LIFE_TABLE_MAX_AGE);
  const year = yearOfDayNumber(person.diagnosisDay + Math.floor(s));
  const position: HazardCellPosition = {
    ageIndex,
    year,
    ageEnd:
      ageIndex < LIFE_TABLE_MAX_AGE
        ? (ageIndex + 1) * DAYS_PER_YEAR - person.ageDays
        : Number.POSITIVE_INFINITY,
    yearEnd: dayNumberOfCivilDate(year + 1, 1, 1) - person.diagnosisDay,
    cell: 0,
    hazardPerDay: 0,
  };
  position.cell = lifeTableCell(table, year, person.sex, ageIndex);
  position.hazardPerDay = table.hazardPerDay[position.cell]!;
  return position;
}

/**
 * Move a position into the next cell (the birthday and 1 January may coincide) and return the
 * follow-up time of the boundary crossed.
 *
 * @param table - the life table.
 * @param person - as for {@link hazardCellAt}.
 * @param position - mutated in place.
 * @returns the boundary time, in days since diagnosis.
 */
export function advanceHazardCell(
  table: LifeTable,
  person: ExpectedHazardPerson,
  position: HazardCellPosition,
): number {
  const boundary = cellEnd(position);
  // Compare with the stored boundaries, never recompute ⌊(A + s)/Y⌋ at a boundary: rounding could
  // put s on the wrong side of it.
  if (position.ageEnd === boundary) {
    position.ageIndex += 1;
    position.ageEnd =
      position.ageIndex < LIFE_TABLE_MAX_AGE
        ? (position.ageIndex + 1) * DAYS_PER_YEAR - person.ageDays
        : Number.POSITIVE_INFINITY;
  }
  if (position.yearEnd === boundary) {
    position.year += 1;
    position.yearEnd = dayNumberOfCivilDate(position.year + 1, 1, 1) - person.diagnosisDay;
  }
  position.cell = lifeTableCell(table, position.year, person.sex, position.ageIndex);
  position.hazardPerDay = table.hazardPerDay[position.cell]!;
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
  const position = hazardCellAt(table, person, 0);
  let cumulative = 0;
  let start = 0;
  while (cellEnd(position) < timeDays) {
    const hazard = position.hazardPerDay;
    const boundary = advanceHazardCell(table, person, position);
    cumulative += hazard * (boundary - start);
    start = boundary;
  }
  return cumulative + position.hazardPerDay * (timeDays - start);
}
