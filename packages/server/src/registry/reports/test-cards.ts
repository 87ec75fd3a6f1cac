import type { ReportCard } from '@orca/contract';

// GB 11643 check character, so test cards carry valid ID numbers.
function withCheck(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * w[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

/** A valid resident ID for a county, birth date (YYYYMMDD), a three-digit sequence and sex. */
export function residentId(regionCode: string, birth: string, seq: number, sex: 1 | 2): string {
  const s = String(seq * 2 + (sex === 1 ? 1 : 0) + 100).slice(-3);
  return withCheck(`${regionCode}${birth}${s}`);
}

/**
 * A clean stomach-cancer card of a man living in 东湖区 (360102): no findings under the rule set, so
 * tests start from "acceptable" and change one thing.
 */
export function goodCard(overrides: Partial<ReportCard> = {}): ReportCard {
  return {
    sourceId: 'T-1',
    name: '周建国',
    sex: '1',
    birthDate: '1960-05-10',
    idNumber: residentId('360102', '19600510', 7, 1),
    regionCode: '360102',
    address: '江西省南昌市东湖区八一大道1号',
    phone: '13900000001',
    ethnicity: '01',
    occupation: '农民',
    diagnosisDate: '2023-03-01',
    icd10: 'C16.9',
    topography: 'C16.9',
    morphology: '8140/3',
    basis: '7',
    stage: 'II',
    tnmT: 'T2',
    tnmN: 'N0',
    tnmM: 'M0',
    vitalStatus: '1',
    lastContactDate: '2024-01-10',
    reportingDoctor: '李医生',
    reportDate: '2023-03-05',
    ...overrides,
  };
}
