/** How a finding affects acceptance: `error` blocks it; `warning` needs a confirmation with a reason. */
export type Severity = 'error' | 'warning';

/** A text in Chinese (shown first) and English. */
export interface LocalisedText {
  readonly zh: string;
  readonly en: string;
}

/** Values interpolated into a rule's message, kept for display and audit. */
export type FindingValues = Readonly<Record<string, string | number>>;

/** One problem found in one record by one rule. */
export interface Finding {
  /** Stable rule id, e.g. `sex_site` (see {@link RULES}). */
  readonly ruleId: string;
  readonly severity: Severity;
  /** The data-contract column the finding is attached to (where a form shows it). */
  readonly field: string;
  /** The rule's message with `values` interpolated. */
  readonly message: LocalisedText;
  readonly values: FindingValues;
}

/** A finding of a file-level run, with the record it concerns. */
export interface RowFinding extends Finding {
  /** 0-based position of the record in the input. */
  readonly row: number;
  /** The record's `id` column as written ('' when missing). */
  readonly id: string;
}

/**
 * A record as read from a data-contract CSV (cases.csv or deaths.csv): snake_case column names,
 * plain strings; missing columns and empty cells are both "absent". Unknown columns are ignored.
 */
export type RawRecord = Readonly<Record<string, string | undefined>>;

/** Which data-contract file a record comes from. */
export type RecordKind = 'case' | 'death';

/** Options of a check run. */
export interface CheckOptions {
  /** The day of the check, `YYYY-MM-DD`: no date may lie after it (the package reads no clock). */
  readonly today: string;
}
