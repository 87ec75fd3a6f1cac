/**
 * Field → column maps for writing the demo data as data-contract files (data-contract.md). Keys are the
 * camelCase fields of the records, values the CSV column names, in the order a file should have them:
 * contract columns first, then extra columns (which importers keep). Ground-truth fields are in the
 * separate `*_TRUTH_COLUMNS` maps, for a truth file that linkage and quality tests score against.
 */

/** cases.csv: contract columns, then reporting details and contact fields. */
export const CASES_COLUMNS = {
  id: 'id',
  name: 'name',
  sex: 'sex',
  birthDate: 'birth_date',
  idNumber: 'id_number',
  regionCode: 'region_code',
  diagnosisDate: 'diagnosis_date',
  icd10: 'icd10',
  topography: 'topography',
  morphology: 'morphology',
  basis: 'basis',
  stage: 'stage',
  vitalStatus: 'vital_status',
  lastContactDate: 'last_contact_date',
  causeOfDeath: 'cause_of_death',
  institutionCode: 'institution_code',
  sourceId: 'source_id',
  reportDate: 'report_date',
  phone: 'phone',
  address: 'address',
  ethnicity: 'ethnicity',
  occupation: 'occupation',
} as const;

/** Ground truth of cases.csv rows (cases-truth.csv), keyed by `id`. */
export const CASES_TRUTH_COLUMNS = {
  id: 'id',
  personKey: 'person_key',
  tumourKey: 'tumour_key',
  duplicateOf: 'duplicate_of',
  idNumberStatus: 'id_number_status',
} as const;

/** deaths.csv. */
export const DEATHS_COLUMNS = {
  id: 'id',
  name: 'name',
  sex: 'sex',
  birthDate: 'birth_date',
  idNumber: 'id_number',
  regionCode: 'region_code',
  deathDate: 'death_date',
  causeOfDeath: 'cause_of_death',
} as const;

/** Ground truth of deaths.csv rows (deaths-truth.csv), keyed by `id`. */
export const DEATHS_TRUTH_COLUMNS = {
  id: 'id',
  personKey: 'person_key',
  tumourKey: 'tumour_key',
  caseId: 'case_id',
  source: 'source',
  idNumberStatus: 'id_number_status',
} as const;

/** population.csv. */
export const POPULATION_COLUMNS = {
  regionCode: 'region_code',
  year: 'year',
  sex: 'sex',
  ageGroup: 'age_group',
  population: 'population',
} as const;

/** life_table.csv (without the optional region_code: one table for the province). */
export const LIFE_TABLE_COLUMNS = { year: 'year', sex: 'sex', age: 'age', qx: 'qx' } as const;

/** institutions.csv (not in the contract; for `orca demo --out` and the server's seed). */
export const INSTITUTIONS_COLUMNS = {
  code: 'code',
  name: 'name',
  kind: 'kind',
  grade: 'grade',
  regionCode: 'region_code',
  level: 'level',
  parentCode: 'parent_code',
} as const;

/** users.csv (not in the contract). */
export const USERS_COLUMNS = {
  username: 'username',
  displayName: 'display_name',
  role: 'role',
  regionCode: 'region_code',
  institutionCode: 'institution_code',
} as const;

/** A field → column map as above. */
export type ColumnMap = Readonly<Record<string, string>>;

/**
 * The values of a record in the order of a column map, with null written as the empty string — one
 * CSV line's cells, ready for quoting.
 *
 * @param record - a record with (at least) the map's fields
 * @param columns - the column map
 * @returns cell texts in column order
 */
export function toCells(record: object, columns: ColumnMap): string[] {
  const r = record as Readonly<Record<string, unknown>>;
  return Object.keys(columns).map((field) => {
    const v = r[field];
    return v === null || v === undefined ? '' : String(v);
  });
}

/**
 * The header line's cells of a column map.
 *
 * @param columns - the column map
 */
export function headerCells(columns: ColumnMap): string[] {
  return Object.values(columns);
}
