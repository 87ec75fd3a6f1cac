/** A reported tumour as it arrives from a file or the demo generator (data-contract fields, camelCase). */
export interface CaseRecord {
  sourceId: string;
  institutionCode?: string | null;
  name: string;
  sex: number;
  birthDate: string | null;
  idNumber: string | null;
  regionCode: string;
  diagnosisDate: string;
  icd10: string;
  topography?: string | null;
  morphology?: string | null;
  basis?: number | null;
  stage?: string | null;
  vitalStatus?: number | null;
  lastContactDate?: string | null;
  causeOfDeath?: string | null;
  /** When the hospital reported the card; timeliness is measured from the diagnosis to it. */
  reportDate?: string | null;
  phone?: string | null;
  address?: string | null;
  ethnicity?: string | null;
  occupation?: string | null;
}

export interface DeathRecord {
  sourceId: string;
  name: string;
  sex: number;
  birthDate: string | null;
  idNumber: string | null;
  regionCode: string;
  deathDate: string;
  causeOfDeath: string | null;
}

export interface PopulationRecord {
  regionCode: string;
  year: number;
  sex: number;
  /** Index 0…18 of the 19 age groups. */
  ageGroup: number;
  population: number;
}

export interface LifeTableRecord {
  year: number;
  sex: number;
  age: number;
  qx: number;
  regionCode?: string | null;
}

export interface InstitutionRecord {
  code: string;
  name: string;
  kind: string;
  grade?: string | null;
  regionCode: string;
}
