import {
  basisFromCard,
  type ConversionResult,
  completedAgeYears,
  findIcd10,
  findTopography,
  type Icd10Code,
  icdo3ToIcd10,
  normaliseIcd10,
  normaliseResidentId,
  type ParsedBasis,
  type ParsedMorphology,
  parseMorphology,
  parseSex,
  parseVitalStatus,
  type ResidentIdProblem,
  residentIdProblem,
  type SexCode,
  type TopographyCode,
  type VitalStatus,
} from '@orca/codes';
import type { RawRecord, RecordKind } from './types';

/** The date columns of cases.csv and deaths.csv. */
export const DATE_FIELDS = ['birth_date', 'diagnosis_date', 'last_contact_date', 'death_date'] as const;

/** One of {@link DATE_FIELDS}. */
export type DateField = (typeof DATE_FIELDS)[number];

/** An ICD-10 code as read: its canonical text and, when it exists in chapter II, the entry. */
export interface Icd10Fact {
  /** As written (trimmed). */
  readonly raw: string;
  /** `Lnn` or `Lnn.n`, or null when not ICD-10 shaped. */
  readonly code: string | null;
  /** Three-character category, or null. */
  readonly category: string | null;
  /** The chapter II entry of the code; undefined when absent or outside chapter II. */
  readonly entry: Icd10Code | undefined;
  /** The chapter II entry of the category; undefined when absent or outside chapter II. */
  readonly categoryEntry: Icd10Code | undefined;
}

/** A resident ID number as read. */
export interface ResidentIdFact {
  /** As written (trimmed). */
  readonly raw: string;
  /** Spaces removed, full-width folded, upper case (see `normaliseResidentId`). */
  readonly normalised: string;
  /** Why it is not a well-formed 18-character ID (null when it is), `today` bounding the birth date. */
  readonly problem: ResidentIdProblem | null;
  /** An old 15-digit number (GB 11643-1989). */
  readonly is15: boolean;
}

/**
 * Everything the rules need from one record, read once: values parsed leniently (codes as registries
 * write them), null when absent or unreadable. Rules never re-parse the raw strings for the values
 * held here, so a value is read the same way by every rule.
 */
export interface RecordFacts {
  readonly kind: RecordKind;
  /** `YYYY-MM-DD` of the check. */
  readonly today: string;
  /** Every column trimmed; '' when absent. */
  readonly text: (field: string) => string;
  readonly sex: SexCode | null;
  /** Valid dates by column (`YYYY-MM-DD`), null when absent or not a real date. */
  readonly dates: Readonly<Record<DateField, string | null>>;
  /** Age at diagnosis (cases) or death (deaths) in completed years: from the dates, else the `age` column. */
  readonly ageYears: number | null;
  /** The `age` column as an integer, null when absent or not a whole number. */
  readonly recordedAge: number | null;
  /** Age computed from birth date and the event date, null when either is missing. */
  readonly computedAge: number | null;
  readonly icd10: Icd10Fact;
  readonly causeOfDeath: Icd10Fact;
  /** A valid four-character ICD-O-3 topography, else undefined. */
  readonly topography: TopographyCode | undefined;
  readonly morphology: ParsedMorphology | null;
  readonly basis: ParsedBasis | null;
  readonly vitalStatus: VitalStatus | null;
  /** The ID number, or null when absent. */
  readonly residentId: ResidentIdFact | null;
  /** ICD-10 converted from topography and morphology, or null when either is absent or invalid. */
  readonly conversion: ConversionResult | null;
}

// YYYY-MM-DD, YYYY/M/D, YYYY.M.D, 2021年3月5日 and YYYYMMDD (data contract "Dates"): files read by the
// CLI arrive normalised, but the web form and the import may pass the text as typed.
const DATE_SHAPES = [/^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/, /^(\d{4})(\d{2})(\d{2})$/];

/**
 * Whether year, month and day form a real Gregorian date.
 *
 * @param year - four-digit year
 * @param month - 1–12
 * @param day - 1–31
 * @returns true when the date exists
 */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= lengths[month - 1]!;
}

/**
 * Read a date in any of the data contract's accepted forms.
 *
 * @param raw - the date as written
 * @returns `YYYY-MM-DD`, or null when it is not a real calendar date in an accepted form
 */
export function readDate(raw: string): string | null {
  const text = raw.normalize('NFKC').trim();
  for (const shape of DATE_SHAPES) {
    const m = shape.exec(text);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isRealDate(y, mo, d)) return null;
    return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return null;
}

// The Chinese clinical edition writes "no fourth character" as x: `C61.x00`, `C73.x01` (national
// extension of GB/T 14396). That is the three-character category.
const CLINICAL_NO_SUBDIVISION = /^([A-Z]\d{2})\.?X\d{0,3}(?:X\d{3})?$/;

/**
 * Read an ICD-10 code leniently (see `normaliseIcd10` of @orca/codes, plus the clinical edition's
 * `C61.x00` form) and look it up in chapter II.
 *
 * @param raw - the code as written
 * @returns the code, its category and the chapter II entries found
 */
export function readIcd10(raw: string): Icd10Fact {
  const text = raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  const clinical = CLINICAL_NO_SUBDIVISION.exec(text);
  const code = clinical ? clinical[1]! : text === '' ? null : normaliseIcd10(text);
  const category = code === null ? null : code.slice(0, 3);
  return {
    raw: raw.trim(),
    code,
    category,
    entry: code === null ? undefined : findIcd10(code),
    categoryEntry: category === null ? undefined : findIcd10(category),
  };
}

function readAge(raw: string): number | null {
  const text = raw.normalize('NFKC').trim().replace(/岁$/, '');
  return /^\d{1,3}$/.test(text) ? Number(text) : null;
}

/**
 * Read a record once for all rules.
 *
 * @param record - the record's columns as strings
 * @param kind - cases.csv or deaths.csv
 * @param today - `YYYY-MM-DD` of the check
 * @returns the facts the rules test
 */
export function readFacts(record: RawRecord, kind: RecordKind, today: string): RecordFacts {
  const text = (field: string): string => {
    const value = record[field];
    return typeof value === 'string' ? value.trim() : '';
  };
  const dates = {} as Record<DateField, string | null>;
  for (const field of DATE_FIELDS) dates[field] = text(field) === '' ? null : readDate(text(field));
  const eventDate = kind === 'case' ? dates.diagnosis_date : dates.death_date;
  const computedAge =
    dates.birth_date !== null && eventDate !== null ? completedAgeYears(dates.birth_date, eventDate) : null;
  const recordedAge = readAge(text('age'));
  const found = findTopography(text('topography'));
  const topography = found?.code.length === 5 ? found : undefined;
  const morphology = text('morphology') === '' ? null : parseMorphology(text('morphology'));
  const idRaw = text('id_number');
  const idNormalised = normaliseResidentId(idRaw);
  return {
    kind,
    today,
    text,
    sex: text('sex') === '' ? null : parseSex(text('sex')),
    dates,
    computedAge,
    recordedAge,
    ageYears: computedAge ?? recordedAge,
    icd10: readIcd10(text('icd10')),
    causeOfDeath: readIcd10(text('cause_of_death')),
    topography,
    morphology,
    basis: text('basis') === '' ? null : basisFromCard(text('basis')),
    vitalStatus: text('vital_status') === '' ? null : parseVitalStatus(text('vital_status')),
    residentId:
      idRaw === ''
        ? null
        : {
            raw: idRaw,
            normalised: idNormalised,
            problem: residentIdProblem(idRaw, today),
            is15: /^\d{15}$/.test(idNormalised),
          },
    conversion:
      topography !== undefined && morphology !== null
        ? icdo3ToIcd10(topography.code, text('morphology'))
        : null,
  };
}
