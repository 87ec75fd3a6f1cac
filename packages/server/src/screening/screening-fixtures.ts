import type { Client } from '../testing/test-app';

// GB 11643 check character, so fixtures carry valid resident IDs.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A valid 18-character resident ID for a county, birth date (YYYY-MM-DD), sequence and sex. */
export function residentId(regionCode: string, birthDate: string, seq: number, sex: 1 | 2): string {
  const order = String(seq * 2 + (sex === 1 ? 1 : 0))
    .padStart(3, '0')
    .slice(-3);
  const first17 = `${regionCode}${birthDate.replaceAll('-', '')}${order}`;
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * WEIGHTS[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

/** Creates a grid through the API and returns its id (test helper). */
export async function makeGrid(client: Client, regionCode: string, village: string): Promise<string> {
  const res = await client.post('/api/screening/grids', {
    regionCode,
    township: '城关镇',
    village,
    doctorName: '王医生',
  });
  if (res.statusCode !== 201) throw new Error(`grid: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

/** An enrolment body for the urban programme, overridable field by field (test helper). */
export function enrolment(gridId: string, over: Record<string, unknown> = {}) {
  const birthDate = (over.birthDate as string | undefined) ?? '1960-03-15';
  const sex = (over.sex as 1 | 2 | undefined) ?? 1;
  return {
    programmeCode: 'urban',
    name: '测试居民',
    idNumber: residentId('360102', birthDate, 7, sex),
    sex,
    birthDate,
    phone: '13800001234',
    residence: 'urban',
    gridId,
    consentDate: '2024-03-01',
    enrolledOn: '2024-03-01',
    ...over,
  };
}
