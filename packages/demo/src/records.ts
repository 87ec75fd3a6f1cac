/** One row of cases.csv (one reported tumour), camelCase; `CASES_COLUMNS` maps it to the contract. */
export interface CaseRecord {
  /** Row identifier, unique in the file (`C` + 10 digits). */
  readonly id: string;
  readonly name: string;
  /** GB/T 2261.1: 1 male, 2 female. */
  readonly sex: 1 | 2;
  readonly birthDate: string;
  /** 18-character resident ID; null when the report has none (~5 %); ~1 % carry a keying error. */
  readonly idNumber: string | null;
  /** County of residence at diagnosis. */
  readonly regionCode: string;
  readonly diagnosisDate: string;
  readonly icd10: string;
  readonly topography: string;
  readonly morphology: string;
  /** IARC basis of diagnosis: 0 DCO, 1 clinical, 2 clinical investigation, 4 markers, 5 cytology, 6, 7 histology, 9 unknown. */
  readonly basis: number;
  /** TNM stage group I–IV, or null when unknown or not staged. */
  readonly stage: string | null;
  /** 1 alive, 2 dead at last contact. */
  readonly vitalStatus: 1 | 2;
  readonly lastContactDate: string;
  /** ICD-10 underlying cause when dead. */
  readonly causeOfDeath: string | null;
  /** Code of the reporting institution (a hospital, or the county registry for DCO). */
  readonly institutionCode: string;
  /** The reporter's own record number (inpatient number, death-certificate number). */
  readonly sourceId: string;
  readonly reportDate: string;
  readonly phone: string | null;
  readonly address: string;
  /** GB/T 3304 ethnicity code (`01` Han). */
  readonly ethnicity: string;
  /** GB/T 2261.4 employment-status code. */
  readonly occupation: string;
  /** Ground truth, not in the contract: the person (shared by duplicate reports). */
  readonly personKey: string;
  /** Ground truth: the tumour (shared by duplicate reports). */
  readonly tumourKey: string;
  /** Ground truth: id of the first report of this tumour when this row is a duplicate, else null. */
  readonly duplicateOf: string | null;
  /** Ground truth: whether `idNumber` is the person's true ID, absent or mistyped. */
  readonly idNumberStatus: 'valid' | 'missing' | 'typo';
}

/** One row of deaths.csv (death surveillance), camelCase; `DEATHS_COLUMNS` maps it to the contract. */
export interface DeathRecord {
  /** Row identifier (`D` + 10 digits). */
  readonly id: string;
  readonly name: string;
  readonly sex: 1 | 2;
  readonly birthDate: string;
  readonly idNumber: string | null;
  readonly regionCode: string;
  readonly deathDate: string;
  /** ICD-10 underlying cause of death. */
  readonly causeOfDeath: string;
  /** Ground truth: the person; equals the cases' `personKey` when the person has a case. */
  readonly personKey: string;
  /** Ground truth: the tumour of a person with cancer, else null. */
  readonly tumourKey: string | null;
  /** Ground truth: id of the (first) case row of this person, or null when none is in cases.csv. */
  readonly caseId: string | null;
  /**
   * Ground truth: `case` a registered patient; `unregistered` a cancer death no hospital reported
   * (follow-back material); `pre_window` a patient diagnosed before the first year; `other` a person
   * without cancer.
   */
  readonly source: 'case' | 'unregistered' | 'pre_window' | 'other';
  /** Ground truth: whether `idNumber` is the person's true ID, absent or mistyped. */
  readonly idNumberStatus: 'valid' | 'missing' | 'typo';
}

/**
 * A row identifier that does not reveal which rows belong together: an invertible 32-bit mix of the
 * ordinal (so ids stay unique) written as 10 digits.
 *
 * @param prefix - `C` for cases, `D` for deaths
 * @param ordinal - 0 ≤ ordinal < 2^32
 */
export function rowId(prefix: string, ordinal: number): string {
  let x = ordinal >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b) >>> 0;
  x = (x ^ (x >>> 16)) >>> 0;
  return prefix + String(x).padStart(10, '0');
}
