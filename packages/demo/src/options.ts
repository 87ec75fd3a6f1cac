import { parseIsoDate } from './dates';

/** Options of the demo generators; every field has a default. */
export interface DemoOptions {
  /** Seed of the pseudo-random generator (32-bit integer); default 2026. */
  readonly seed?: number;
  /**
   * Number of distinct tumours in cases.csv (duplicate reports come on top, ~8 %); default 100 000.
   * `'realistic'` uses the count the rate model expects for Jiangxi's population (about 1.3 million
   * for 2015–2024), so that crude rates match a real province; 100 000 gives rates ~13 times lower.
   */
  readonly cases?: number | 'realistic';
  /** First and last diagnosis year, inclusive; default [2015, 2024]. */
  readonly years?: readonly [number, number];
  /** Closing date of follow-up, `YYYY-MM-DD`; no date in the output is later. Default `2025-06-30`. */
  readonly closeDate?: string;
  /** Proportion of tumours reported a second time by another hospital; default 0.08. */
  readonly duplicateProportion?: number;
  /**
   * Non-cancer deaths of people without cancer in deaths.csv per tumour; default 0.5. (Jiangxi's
   * real ratio is about 1.7: ~290 000 deaths, ~215 000 of them not from cancer, per ~130 000 cases.)
   */
  readonly otherDeathsPerCase?: number;
}

/** Options with defaults applied and dates as day numbers. */
export interface ResolvedOptions {
  readonly seed: number;
  /** Requested count, or null for the rate model's expectation. */
  readonly cases: number | null;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly closeDate: string;
  readonly closeDay: number;
  readonly duplicateProportion: number;
  readonly otherDeathsPerCase: number;
}

/** Defaults of `DemoOptions`. */
export const DEFAULT_OPTIONS = {
  seed: 2026,
  cases: 100_000,
  years: [2015, 2024] as const,
  closeDate: '2025-06-30',
  duplicateProportion: 0.08,
  otherDeathsPerCase: 0.5,
} as const;

/**
 * Applies defaults and checks the options.
 *
 * @param options - caller's options
 * @returns resolved options
 * @throws RangeError naming the option when a value is out of range
 */
export function resolveOptions(options: DemoOptions = {}): ResolvedOptions {
  const seed = options.seed ?? DEFAULT_OPTIONS.seed;
  if (!Number.isInteger(seed)) throw new RangeError(`demo: seed must be an integer, got ${seed}`);
  const cases = options.cases ?? DEFAULT_OPTIONS.cases;
  if (cases !== 'realistic' && (!Number.isInteger(cases) || cases < 0)) {
    throw new RangeError(`demo: cases must be a whole number ≥ 0 or 'realistic', got ${cases}`);
  }
  const [firstYear, lastYear] = options.years ?? DEFAULT_OPTIONS.years;
  if (!Number.isInteger(firstYear) || !Number.isInteger(lastYear) || firstYear > lastYear) {
    throw new RangeError(`demo: years must be two whole years in order, got ${firstYear}–${lastYear}`);
  }
  if (firstYear < 1990 || lastYear > 2100) {
    throw new RangeError(`demo: years must lie in 1990–2100, got ${firstYear}–${lastYear}`);
  }
  const closeDate = options.closeDate ?? DEFAULT_OPTIONS.closeDate;
  const closeDay = parseIsoDate(closeDate);
  if (closeDate < `${firstYear}-12-31`) {
    throw new RangeError(`demo: closeDate ${closeDate} must be on or after ${firstYear}-12-31`);
  }
  const duplicateProportion = options.duplicateProportion ?? DEFAULT_OPTIONS.duplicateProportion;
  if (!(duplicateProportion >= 0 && duplicateProportion <= 1)) {
    throw new RangeError(`demo: duplicateProportion must be in [0, 1], got ${duplicateProportion}`);
  }
  const otherDeathsPerCase = options.otherDeathsPerCase ?? DEFAULT_OPTIONS.otherDeathsPerCase;
  if (!(otherDeathsPerCase >= 0 && Number.isFinite(otherDeathsPerCase))) {
    throw new RangeError(`demo: otherDeathsPerCase must be ≥ 0, got ${otherDeathsPerCase}`);
  }
  return {
    seed,
    cases: cases === 'realistic' ? null : cases,
    firstYear,
    lastYear,
    closeDate,
    closeDay,
    duplicateProportion,
    otherDeathsPerCase,
  };
}
