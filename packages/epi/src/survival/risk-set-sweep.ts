import {
  advanceHazardCursor,
  type ExpectedHazardPerson,
  expectedCumulativeHazard,
  HAZARD_CURSOR_CELL,
  HAZARD_CURSOR_HAZARD,
  HAZARD_CURSOR_SIZE,
  hazardCursorEnd,
  openHazardCursor,
} from './expected-hazard';
import type { LifeTable } from './life-table';

/**
 * One patient (one tumour) for the survival estimators. Times are days since diagnosis.
 * `sex`, `ageDays` and `diagnosisDay` are needed only for relative and net survival.
 */
export interface SurvivalSubject extends Partial<ExpectedHazardPerson> {
  /** End of follow-up T (> 0): the death or the censoring time. */
  timeDays: number;
  /** δ: true when the follow-up ended by death (any cause). */
  died: boolean;
  /** Delayed entry (left truncation, period analysis): at risk only on (entryDays, timeDays]. Default 0. */
  entryDays?: number;
}

/**
 * Counts and sums at each distinct time tⱼ that the estimators need (methods.md §3.1–3.5). The risk
 * set is Rⱼ = {i : entryᵢ < tⱼ ≤ Tᵢ}; the times are every distinct exit time (death or censoring)
 * and, with delayed entry, every distinct entry time, so that Rⱼ is constant on (tⱼ₋₁, tⱼ].
 */
export interface RiskSetTable {
  time: Float64Array;
  /** nⱼ = |Rⱼ|. */
  atRisk: Float64Array;
  /** dⱼ = deaths at tⱼ. */
  deaths: Float64Array;
  /** Eⱼ = Σ_{Rⱼ} [Λᵢ(tⱼ) − Λᵢ(tⱼ₋₁)] (with a life table). */
  expectedDeaths?: Float64Array;
  /** Wⱼ = Σ_{Rⱼ} exp(Λᵢ(tⱼ)) (with `weights`). */
  weightedAtRisk?: Float64Array;
  /** W⁻ⱼ = Σ_{Rⱼ} exp(Λᵢ(tⱼ₋₁)) (with `weights`). */
  weightedAtRiskBefore?: Float64Array;
  /** Dⱼ = Σ_{deaths at tⱼ} exp(Λᵢ(tⱼ)) (with `weights`). */
  weightedDeaths?: Float64Array;
  /** Qⱼ = Σ_{deaths at tⱼ} exp(2Λᵢ(tⱼ)) (with `weights`). */
  weightedDeathsSquared?: Float64Array;
}

/** Options of {@link riskSetSweep}. */
export interface RiskSetSweepOptions {
  /** Give it to get the expected deaths Eⱼ (Ederer II); needs sex, ageDays, diagnosisDay. */
  lifeTable?: LifeTable;
  /** Also the Pohar Perme sums Wⱼ, W⁻ⱼ, Dⱼ, Qⱼ (needs `lifeTable`). */
  weights?: boolean;
}

/** Index of the first element ≥ value in a sorted array (lower bound). */
function lowerBound(sorted: Float64Array, value: number, from = 0): number {
  let low = from;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function distinctSorted(values: Float64Array): Float64Array {
  values.sort();
  let m = 0;
  for (let k = 0; k < values.length; k++) {
    if (k === 0 || values[k] !== values[m - 1]) values[m++] = values[k]!;
  }
  return values.slice(0, m);
}

/** Subjects grouped by a grid index: members of group j are order[start[j]] … order[start[j+1] − 1]. */
function bucketBy(index: Int32Array, m: number): { start: Int32Array; order: Int32Array } {
  const start = new Int32Array(m + 2);
  let members = 0;
  for (const j of index) {
    if (j >= 0) {
      start[j + 2]! += 1;
      members += 1;
    }
  }
  for (let j = 2; j < m + 2; j++) start[j]! += start[j - 1]!;
  const order = new Int32Array(members);
  for (let i = 0; i < index.length; i++) {
    const j = index[i]!;
    if (j >= 0) order[start[j + 1]!++] = i;
  }
  return { start, order };
}

function assertSubject(subject: SurvivalSubject, i: number, needsPerson: boolean): void {
  const { timeDays, entryDays = 0 } = subject;
  if (!(timeDays > 0 && Number.isFinite(timeDays))) {
    throw new RangeError(`subject ${i}: timeDays ${timeDays} must be > 0 (T = 0 is replaced by 0.5 day)`);
  }
  if (!(entryDays >= 0 && entryDays < timeDays)) {
    throw new RangeError(`subject ${i}: entryDays ${entryDays} must be in [0, timeDays ${timeDays})`);
  }
  if (needsPerson) {
    if (subject.sex !== 1 && subject.sex !== 2)
      throw new RangeError(`subject ${i}: sex ${subject.sex} must be 1 or 2`);
    if (!(typeof subject.ageDays === 'number' && subject.ageDays >= 0)) {
      throw new RangeError(`subject ${i}: ageDays ${subject.ageDays} must be ≥ 0`);
    }
    if (!Number.isInteger(subject.diagnosisDay)) {
      throw new RangeError(
        `subject ${i}: diagnosisDay ${subject.diagnosisDay} must be an integer day number`,
      );
    }
  }
}

/**
 * Sweep the distinct times once, in O(n log n + total cells crossed + m × occupied cells), keeping
 * each patient's Λᵢ(t) with a cursor over its life-table cells and summing the at-risk patients per
 * cell: within a cell Λᵢ(t) = cᵢ + λ t, so Σ exp(Λᵢ(t)) = Σ_cells exp(λ t) Σ exp(cᵢ). This avoids the
 * O(n × m) loop over patients and times (methods.md §3.4–3.5 need Λᵢ at every tⱼ).
 *
 * @param subjects - the cohort; see {@link SurvivalSubject}.
 * @param options - life table for expected deaths, `weights` for Pohar Perme.
 * @returns the per-time table, time ascending.
 * @throws RangeError naming the first invalid subject.
 */
export function riskSetSweep(
  subjects: readonly SurvivalSubject[],
  options: RiskSetSweepOptions = {},
): RiskSetTable {
  const { lifeTable } = options;
  const weights = options.weights === true;
  if (weights && !lifeTable) throw new RangeError('weights need a lifeTable');
  const n = subjects.length;
  const exitTime = new Float64Array(n);
  const entryTime = new Float64Array(n);
  let delayed = 0;
  for (let i = 0; i < n; i++) {
    const subject = subjects[i]!;
    assertSubject(subject, i, lifeTable !== undefined);
    exitTime[i] = subject.timeDays;
    entryTime[i] = subject.entryDays ?? 0;
    if (entryTime[i]! > 0) delayed += 1;
  }
  const candidates = new Float64Array(n + delayed);
  candidates.set(exitTime);
  let k = n;
  for (let i = 0; i < n; i++) if (entryTime[i]! > 0) candidates[k++] = entryTime[i]!;
  const time = distinctSorted(candidates);
  const m = time.length;
  const exitIndex = new Int32Array(n);
  const entryIndex = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    exitIndex[i] = lowerBound(time, exitTime[i]!);
    entryIndex[i] = entryTime[i]! > 0 ? lowerBound(time, entryTime[i]!) : -1;
  }
  const exits = bucketBy(exitIndex, m);
  const entries = bucketBy(entryIndex, m);

  const atRisk = new Float64Array(m);
  const deaths = new Float64Array(m);
  const table: RiskSetTable = { time, atRisk, deaths };
  const expected = lifeTable ? new ExpectedState(lifeTable, subjects, exitTime, time, weights) : undefined;
  if (expected) {
    table.expectedDeaths = new Float64Array(m);
    if (weights) {
      table.weightedAtRisk = new Float64Array(m);
      table.weightedAtRiskBefore = new Float64Array(m);
      table.weightedDeaths = new Float64Array(m);
      table.weightedDeathsSquared = new Float64Array(m);
    }
  }
  let current = 0;
  for (let i = 0; i < n; i++) {
    if (entryTime[i] === 0) {
      current += 1;
      expected?.enter(i, 0, 0);
    }
  }
  for (let j = 0; j < m; j++) {
    const t = time[j]!;
    atRisk[j] = current;
    if (expected) {
      const before = j === 0 ? 0 : time[j - 1]!;
      const step = expected.step(j, before, t);
      table.expectedDeaths![j] = step.expectedDeaths;
      if (weights) {
        table.weightedAtRisk![j] = step.weightedAtRisk;
        table.weightedAtRiskBefore![j] = step.weightedAtRiskBefore;
      }
    }
    let weightedDeaths = 0;
    let weightedDeathsSquared = 0;
    for (let p = exits.start[j]!; p < exits.start[j + 1]!; p++) {
      const i = exits.order[p]!;
      if (subjects[i]!.died) {
        deaths[j]! += 1;
        if (weights) {
          const weight = Math.exp(expected!.cumulativeHazard(i, t));
          weightedDeaths += weight;
          weightedDeathsSquared += weight * weight;
        }
      }
      expected?.leave(i);
      current -= 1;
    }
    if (weights) {
      table.weightedDeaths![j] = weightedDeaths;
      table.weightedDeathsSquared![j] = weightedDeathsSquared;
    }
    for (let p = entries.start[j]!; p < entries.start[j + 1]!; p++) {
      const i = entries.order[p]!;
      current += 1;
      expected?.enter(i, t, j + 1);
    }
  }
  return table;
}

// Per patient, after its hazard cursor: where it entered its cell, Λ there, and its weight share.
const CELL_START = HAZARD_CURSOR_SIZE;
const CUMULATIVE_AT_START = HAZARD_CURSOR_SIZE + 1;
const CONTRIBUTION = HAZARD_CURSOR_SIZE + 2;
const STRIDE = HAZARD_CURSOR_SIZE + 3;

/** Per-patient cursors and per-cell sums for the expected hazard part of the sweep. */
class ExpectedState {
  private readonly person: ExpectedHazardPerson = { sex: 1, ageDays: 0, diagnosisDay: 0 };
  /** Patient i's cursor and bookkeeping at [i·STRIDE, (i + 1)·STRIDE). */
  private readonly state: Float64Array;
  // Patients whose next cell boundary falls in (tⱼ₋₁, tⱼ], as linked lists per j.
  private readonly pendingHead: Int32Array;
  private readonly pendingNext: Int32Array;
  // Per cell: patients at risk in it, Σ contributions, and the list of occupied cells.
  private readonly cellCount: Int32Array;
  private readonly cellWeight: Float64Array;
  private readonly occupied: Int32Array;
  private readonly occupiedPosition: Int32Array;
  private occupiedCount = 0;

  constructor(
    private readonly lifeTable: LifeTable,
    private readonly subjects: readonly SurvivalSubject[],
    private readonly exitTime: Float64Array,
    private readonly time: Float64Array,
    private readonly weights: boolean,
  ) {
    const n = subjects.length;
    this.state = new Float64Array(n * STRIDE);
    this.pendingHead = new Int32Array(time.length).fill(-1);
    this.pendingNext = new Int32Array(n);
    const cells = lifeTable.hazardPerDay.length;
    this.cellCount = new Int32Array(cells);
    this.cellWeight = new Float64Array(cells);
    this.occupied = new Int32Array(cells);
    this.occupiedPosition = new Int32Array(cells);
  }

  private addToCell(o: number): void {
    const state = this.state;
    const cell = state[o + HAZARD_CURSOR_CELL]!;
    if (this.cellCount[cell] === 0) {
      this.occupiedPosition[cell] = this.occupiedCount;
      this.occupied[this.occupiedCount++] = cell;
    }
    this.cellCount[cell]! += 1;
    if (this.weights) {
      const share = Math.exp(
        state[o + CUMULATIVE_AT_START]! - state[o + HAZARD_CURSOR_HAZARD]! * state[o + CELL_START]!,
      );
      state[o + CONTRIBUTION] = share;
      this.cellWeight[cell]! += share;
    }
  }

  private removeFromCell(o: number): void {
    const cell = this.state[o + HAZARD_CURSOR_CELL]!;
    this.cellCount[cell]! -= 1;
    if (this.weights) this.cellWeight[cell]! -= this.state[o + CONTRIBUTION]!;
    if (this.cellCount[cell] === 0) {
      // An empty cell restarts from an exact 0, not from the rounding left by the subtractions.
      this.cellWeight[cell] = 0;
      const position = this.occupiedPosition[cell]!;
      const last = this.occupied[--this.occupiedCount]!;
      this.occupied[position] = last;
      this.occupiedPosition[last] = position;
    }
  }

  private schedule(i: number, from: number): void {
    const boundary = hazardCursorEnd(this.state, i * STRIDE);
    if (!(boundary < this.exitTime[i]!)) return; // leaves the risk set first
    const j = lowerBound(this.time, boundary, from);
    this.pendingNext[i] = this.pendingHead[j]!;
    this.pendingHead[j] = i;
  }

  /** Λᵢ(t) for a patient at risk whose cursor is in the cell containing t. */
  cumulativeHazard(i: number, t: number): number {
    const o = i * STRIDE;
    const state = this.state;
    return state[o + CUMULATIVE_AT_START]! + state[o + HAZARD_CURSOR_HAZARD]! * (t - state[o + CELL_START]!);
  }

  /** Start a patient's cursor at its entry time s₀ (Λ from diagnosis, methods.md §3.5 weights). */
  enter(i: number, entry: number, from: number): void {
    const subject = this.subjects[i]!;
    const person = this.person;
    person.sex = subject.sex!;
    person.ageDays = subject.ageDays!;
    person.diagnosisDay = subject.diagnosisDay!;
    const o = i * STRIDE;
    openHazardCursor(this.lifeTable, person, entry, this.state, o);
    this.state[o + CELL_START] = entry;
    this.state[o + CUMULATIVE_AT_START] =
      entry === 0 ? 0 : expectedCumulativeHazard(this.lifeTable, person, entry);
    this.addToCell(o);
    this.schedule(i, from);
  }

  leave(i: number): void {
    this.removeFromCell(i * STRIDE);
  }

  /**
   * Interval (before, t] of grid step j: W⁻ⱼ from the cells valid at tⱼ₋₁, then move every patient
   * whose cell boundary falls in the interval, then Wⱼ and Eⱼ.
   */
  step(
    j: number,
    before: number,
    t: number,
  ): { expectedDeaths: number; weightedAtRisk: number; weightedAtRiskBefore: number } {
    const hazardPerDay = this.lifeTable.hazardPerDay;
    let hazardRate = 0; // Σ_{Rⱼ} λᵢ just after tⱼ₋₁
    let weightedAtRiskBefore = 0;
    for (let k = 0; k < this.occupiedCount; k++) {
      const cell = this.occupied[k]!;
      const lambda = hazardPerDay[cell]!;
      hazardRate += lambda * this.cellCount[cell]!;
      if (this.weights) weightedAtRiskBefore += this.cellWeight[cell]! * Math.exp(lambda * before);
    }
    let expectedDeaths = hazardRate * (t - before);
    let i = this.pendingHead[j]!;
    while (i >= 0) {
      const next = this.pendingNext[i]!;
      expectedDeaths += this.crossBoundaries(i, t);
      this.schedule(i, j + 1);
      i = next;
    }
    let weightedAtRisk = 0;
    if (this.weights) {
      for (let k = 0; k < this.occupiedCount; k++) {
        const cell = this.occupied[k]!;
        weightedAtRisk += this.cellWeight[cell]! * Math.exp(hazardPerDay[cell]! * t);
      }
    }
    return { expectedDeaths, weightedAtRisk, weightedAtRiskBefore };
  }

  /** Move patient i across every cell boundary ≤ t; returns the change in ∫λ over (boundary, t]. */
  private crossBoundaries(i: number, t: number): number {
    const state = this.state;
    const o = i * STRIDE;
    let correction = 0;
    this.removeFromCell(o);
    while (hazardCursorEnd(state, o) <= t) {
      const oldHazard = state[o + HAZARD_CURSOR_HAZARD]!;
      const boundary = advanceHazardCursor(this.lifeTable, state, o);
      state[o + CUMULATIVE_AT_START] =
        state[o + CUMULATIVE_AT_START]! + oldHazard * (boundary - state[o + CELL_START]!);
      state[o + CELL_START] = boundary;
      correction += (state[o + HAZARD_CURSOR_HAZARD]! - oldHazard) * (t - boundary);
    }
    this.addToCell(o);
    return correction;
  }
}
