import { type CivilDate, completedYears, dayNumberOf, parseCivilDate } from './calendar';
import type { SurvivalSubject } from './risk-set-sweep';

/** A cases.csv row as parsed: strings keyed by the data-contract column names (lower case). */
export type CaseRecord = Readonly<Record<string, string | undefined>>;

/** Why a tumour row is left out of the survival cohort (methods.md §3.1), first failing check wins. */
export type SurvivalExclusionReason =
  | 'icd10_not_c00_c97'
  | 'death_certificate_only'
  | 'diagnosis_date_invalid'
  | 'birth_date_unknown'
  | 'sex_unknown'
  | 'vital_status_unknown'
  | 'last_contact_date_invalid'
  | 'last_contact_before_diagnosis'
  | 'outside_period';

/** Reasons in the order they are checked (and reported). */
export const SURVIVAL_EXCLUSION_REASONS: readonly SurvivalExclusionReason[] = [
  'icd10_not_c00_c97',
  'death_certificate_only',
  'diagnosis_date_invalid',
  'birth_date_unknown',
  'sex_unknown',
  'vital_status_unknown',
  'last_contact_date_invalid',
  'last_contact_before_diagnosis',
  'outside_period',
];

/** A tumour in the survival cohort: the estimators' subject plus what the tables group by. */
export interface CohortSubject extends SurvivalSubject {
  sex: 1 | 2;
  ageDays: number;
  diagnosisDay: number;
  /** Completed years at diagnosis (methods.md §0). */
  ageYears: number;
  /** First three characters of the ICD-10 code, dot removed (`C16.9` → `C16`). */
  icd10_3: string;
  /** Position of the row in the input. */
  index: number;
  record: CaseRecord;
}

/**
 * Period window for period analysis (Brenner): only follow-up between `start` and `end` (inclusive
 * calendar dates) counts. A patient diagnosed before `start` enters at start − diagnosis − 1 days, the
 * end of the day before the window (so a death on `start` is in it); follow-up is censored at `end`.
 */
export interface SurvivalPeriod {
  start: string;
  end: string;
}

/** Result of {@link buildSurvivalCohort}. */
export interface SurvivalCohort {
  subjects: CohortSubject[];
  /** Count per reason, non-zero reasons only, in the order of {@link SURVIVAL_EXCLUSION_REASONS}. */
  excluded: { reason: SurvivalExclusionReason; count: number }[];
  /** Every excluded row: its input position and reason. */
  exclusions: { index: number; reason: SurvivalExclusionReason }[];
}

const MALIGNANT = /^C(\d\d)$/;

/**
 * The 3-character ICD-10 category of a code (`C16.9` → `C16`), or null when it is not of the form
 * letter + two digits.
 *
 * @param raw - the cell text.
 * @returns the category in upper case, or null.
 */
export function icd10Category(raw: string | undefined): string | null {
  const code = (raw ?? '').trim().toUpperCase().replace('.', '');
  const category = code.slice(0, 3);
  return /^[A-Z]\d\d$/.test(category) ? category : null;
}

function parsePeriod(period: SurvivalPeriod): { start: number; end: number } {
  const start = parseCivilDate(period.start);
  const end = parseCivilDate(period.end);
  if (!start) throw new RangeError(`period start "${period.start}" is not a valid date`);
  if (!end) throw new RangeError(`period end "${period.end}" is not a valid date`);
  const window = { start: dayNumberOf(start), end: dayNumberOf(end) };
  if (window.end < window.start)
    throw new RangeError(`period end ${period.end} is before start ${period.start}`);
  return window;
}

/**
 * Build the survival cohort from cases.csv rows (methods.md §3.1): include C00–C97, not DCO, known birth
 * date, sex 1/2, vital status 1/2, valid dates with last contact ≥ diagnosis; each tumour row on its
 * own. Follow-up T = last_contact − diagnosis days, T = 0 replaced by 0.5 day; A = diagnosis − birth days.
 * With `period`, the follow-up is restricted to the window (left truncation, see {@link SurvivalPeriod}).
 *
 * @param records - parsed rows with `icd10, basis, birth_date, sex, vital_status, diagnosis_date,
 *   last_contact_date`.
 * @param options - optional period window.
 * @returns the subjects and the exclusions with their reasons.
 * @throws RangeError for an invalid period window.
 */
export function buildSurvivalCohort(
  records: readonly CaseRecord[],
  options: { period?: SurvivalPeriod } = {},
): SurvivalCohort {
  const window = options.period ? parsePeriod(options.period) : null;
  const subjects: CohortSubject[] = [];
  const exclusions: SurvivalCohort['exclusions'] = [];
  records.forEach((record, index) => {
    const result = cohortSubject(record, index, window);
    if (typeof result === 'string') exclusions.push({ index, reason: result });
    else subjects.push(result);
  });
  const counts = new Map<SurvivalExclusionReason, number>();
  for (const { reason } of exclusions) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  const excluded = SURVIVAL_EXCLUSION_REASONS.filter((reason) => counts.has(reason)).map((reason) => ({
    reason,
    count: counts.get(reason)!,
  }));
  return { subjects, excluded, exclusions };
}

function cohortSubject(
  record: CaseRecord,
  index: number,
  window: { start: number; end: number } | null,
): CohortSubject | SurvivalExclusionReason {
  const category = icd10Category(record['icd10']);
  const chapter = category ? MALIGNANT.exec(category) : null;
  if (!category || !chapter || Number(chapter[1]) > 97) return 'icd10_not_c00_c97';
  if ((record['basis'] ?? '').trim() === '0') return 'death_certificate_only';
  const diagnosis = parseCivilDate(record['diagnosis_date']);
  if (!diagnosis) return 'diagnosis_date_invalid';
  const birth = parseCivilDate(record['birth_date']);
  const ageYears = birth ? completedYears(birth, diagnosis) : null;
  if (!birth || ageYears === null) return 'birth_date_unknown';
  const sex = (record['sex'] ?? '').trim();
  if (sex !== '1' && sex !== '2') return 'sex_unknown';
  const vital = (record['vital_status'] ?? '').trim();
  if (vital !== '1' && vital !== '2') return 'vital_status_unknown';
  const lastContact: CivilDate | null = parseCivilDate(record['last_contact_date']);
  if (!lastContact) return 'last_contact_date_invalid';
  const diagnosisDay = dayNumberOf(diagnosis);
  const lastDay = dayNumberOf(lastContact);
  if (lastDay < diagnosisDay) return 'last_contact_before_diagnosis';
  let exitDay = lastDay;
  let died = vital === '2';
  let entryDays = 0;
  if (window) {
    if (diagnosisDay > window.end || lastDay < window.start) return 'outside_period';
    if (lastDay > window.end) {
      exitDay = window.end;
      died = false; // alive at the end of the window, whatever happened later
    }
    entryDays = Math.max(0, window.start - diagnosisDay - 1);
  }
  const timeDays = exitDay - diagnosisDay || 0.5; // death on the day of diagnosis: event at 0.5 day
  return {
    timeDays,
    died,
    entryDays,
    sex: sex === '1' ? 1 : 2,
    ageDays: diagnosisDay - dayNumberOf(birth),
    diagnosisDay,
    ageYears,
    icd10_3: category,
    index,
    record,
  };
}
