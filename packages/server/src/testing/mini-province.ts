import type { SeedData } from '../demo-load/seed-demo';
import type { CaseRecord } from '../registry/records';

/** Password of every mini-province user. */
export const TEST_PASSWORD = 'test-password-1';

const given = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛'];
const family = ['王', '李', '张', '刘', '陈'];

// GB 11643 check character, so the fixtures carry valid ID numbers.
function withCheck(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * w[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

function casesIn(regionCode: string, institutionCode: string, n: number, offset: number): CaseRecord[] {
  const sites = ['C34.1', 'C16.9', 'C22.0', 'C18.7', 'C50.9', 'C15.9'];
  return Array.from({ length: n }, (_, i) => {
    const k = offset + i;
    const sex = sites[i % sites.length] === 'C50.9' ? 2 : (k % 2) + 1;
    const birth = `19${50 + (k % 30)}-0${1 + (k % 9)}-1${k % 10}`;
    const seq = String(100 + k).padStart(3, '0') + (sex === 1 ? '1' : '2');
    return {
      sourceId: `${institutionCode}-${k}`,
      institutionCode,
      name:
        family[k % family.length]! +
        given[k % given.length]! +
        (k % 3 === 0 ? given[(k + 4) % given.length]! : ''),
      sex,
      birthDate: birth,
      idNumber: withCheck(`${regionCode}${birth.replaceAll('-', '')}${seq}`.slice(0, 17)),
      regionCode,
      diagnosisDate: `202${k % 4}-0${1 + (k % 9)}-15`,
      icd10: sites[i % sites.length]!,
      topography: sites[i % sites.length]!,
      morphology: '8140/3',
      basis: [7, 7, 2, 5, 0, 1][k % 6]!,
      stage: ['I', 'II', 'III', 'IV'][k % 4]!,
      vitalStatus: k % 4 === 0 ? 2 : 1,
      lastContactDate: '2024-06-30',
      causeOfDeath: k % 4 === 0 ? sites[i % sites.length]!.slice(0, 3) : null,
      phone: `1380000${String(1000 + k)}`,
      address: `江西省某县某路${k}号`,
    };
  });
}

/**
 * A small, hand-checkable province for tests: three counties in two prefectures, a hospital and a
 * registry in each, one user per role, a few tumours each.
 */
export function miniProvince(): SeedData {
  return {
    institutions: [
      { code: 'HC360000', name: '江西省卫生健康委员会', kind: 'health_commission', regionCode: '360000' },
      { code: 'H360102', name: '东湖区人民医院', kind: 'hospital', grade: '二级甲等', regionCode: '360102' },
      { code: 'H360121', name: '南昌县人民医院', kind: 'hospital', grade: '二级甲等', regionCode: '360121' },
      { code: 'H360202', name: '昌江区人民医院', kind: 'hospital', grade: '二级乙等', regionCode: '360202' },
      { code: 'R360102', name: '东湖区疾控中心肿瘤登记处', kind: 'registry', regionCode: '360102' },
      { code: 'R360121', name: '南昌县疾控中心肿瘤登记处', kind: 'registry', regionCode: '360121' },
    ],
    population: [],
    lifeTable: [],
    cases: [
      ...casesIn('360102', 'H360102', 8, 0),
      ...casesIn('360121', 'H360121', 8, 100),
      ...casesIn('360202', 'H360202', 4, 200),
    ],
    deaths: [
      {
        sourceId: 'D1',
        name: '赵六',
        sex: 1,
        birthDate: '1950-01-01',
        idNumber: null,
        regionCode: '360102',
        deathDate: '2023-03-01',
        causeOfDeath: 'C34',
      },
      {
        sourceId: 'D2',
        name: '钱七',
        sex: 2,
        birthDate: '1948-05-05',
        idNumber: null,
        regionCode: '360121',
        deathDate: '2023-04-01',
        causeOfDeath: 'C16',
      },
    ],
    users: [
      {
        username: 'admin',
        displayName: '系统管理员',
        role: 'administrator',
        regionCode: '360000',
        institutionCode: null,
      },
      {
        username: 'analyst',
        displayName: '省癌症中心分析员',
        role: 'provincial_analyst',
        regionCode: '360000',
        institutionCode: null,
      },
      {
        username: 'registry',
        displayName: '东湖区登记员',
        role: 'registry_staff',
        regionCode: '360102',
        institutionCode: 'R360102',
      },
      {
        username: 'registry2',
        displayName: '南昌县登记员',
        role: 'registry_staff',
        regionCode: '360121',
        institutionCode: 'R360121',
      },
      {
        username: 'reporter',
        displayName: '东湖区医院报告员',
        role: 'hospital_reporter',
        regionCode: '360102',
        institutionCode: 'H360102',
      },
      {
        username: 'screening',
        displayName: '南昌市筛查员',
        role: 'screening_staff',
        regionCode: '360100',
        institutionCode: null,
      },
      {
        username: 'qc',
        displayName: '省质控中心',
        role: 'qc_staff',
        regionCode: '360000',
        institutionCode: null,
      },
      {
        username: 'official',
        displayName: '省卫健委领导',
        role: 'official',
        regionCode: '360000',
        institutionCode: 'HC360000',
      },
      {
        username: 'auditor',
        displayName: '安全审计员',
        role: 'auditor',
        regionCode: '360000',
        institutionCode: null,
      },
    ],
    password: TEST_PASSWORD,
  };
}
