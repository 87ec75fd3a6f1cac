/**
 * A person-level record as the Chinese registry links it: a hospital's tumour report, or a death
 * certificate (then `eventDate` is the death date and `icd10` the underlying cause). Every field but
 * `id` may be missing (death surveillance carries fewer fields).
 */
export interface RegistryRecord {
  readonly id: string;
  /** Name as written (normalised for matching; homophones compared by pinyin). */
  readonly name?: string | null;
  /** GB/T 2261.1: 1 male, 2 female. */
  readonly sex?: 1 | 2 | null;
  /** ISO date `YYYY-MM-DD`. */
  readonly birthDate?: string | null;
  /** 18-character resident ID (GB 11643), possibly mistyped; 15-digit numbers are upgraded. */
  readonly residentId?: string | null;
  /** GB/T 2260 county of residence. */
  readonly regionCode?: string | null;
  /** ICD-10 of the tumour (reports) or of the underlying cause of death (deaths). */
  readonly icd10?: string | null;
  /** Diagnosis date (reports) or death date (deaths), `YYYY-MM-DD`. */
  readonly eventDate?: string | null;
}
