import { checkCharacter } from '@orca/codes';
import type { RawRecord } from './types';

// Factories for tests (style.md §8: data from factories). Not exported from the package index.

/** An 18-character ID with a correct check character for the given first 17 digits. */
export function residentId(first17: string): string {
  return first17 + checkCharacter(first17);
}

/** The day every test checks on. */
export const TODAY = '2025-07-01';

/**
 * A well-formed, consistent case: a man of Donghu district, Nanchang, with adenocarcinoma of the
 * upper lobe of the lung, histologically verified, alive at last contact.
 */
export function goodCase(overrides: Readonly<Record<string, string>> = {}): RawRecord {
  return {
    id: 'C0001',
    name: '张伟',
    sex: '1',
    birth_date: '1958-03-14',
    id_number: residentId('36010219580314123'), // 17th digit 3: male
    region_code: '360102',
    diagnosis_date: '2021-06-02',
    icd10: 'C34.1',
    topography: 'C34.1',
    morphology: '8140/3',
    basis: '7',
    stage: 'II',
    vital_status: '1',
    last_contact_date: '2024-12-31',
    cause_of_death: '',
    ...overrides,
  };
}

/** A well-formed death-surveillance record: a woman who died of stomach cancer. */
export function goodDeath(overrides: Readonly<Record<string, string>> = {}): RawRecord {
  return {
    id: 'D0001',
    name: '李芳',
    sex: '2',
    birth_date: '1950-07-01',
    id_number: residentId('36012119500701124'), // 17th digit 4: female
    region_code: '360121',
    death_date: '2023-05-06',
    cause_of_death: 'C16.9',
    ...overrides,
  };
}
