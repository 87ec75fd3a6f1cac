import { residentIdConsistency, upgradeResidentId15 } from '@orca/codes';
import type { RecordFacts } from '../facts';
import { hitIf, type Rule } from '../rule';

// A resident ID problem never blocks a case: the number lowers linkage weight only (domain guide §2.3,
// "A failed check … must not reject the case"). Every identity rule is therefore a warning.

const idText = (f: RecordFacts) => f.residentId?.raw ?? '';
const is15 = (f: RecordFacts) => f.residentId?.is15 === true;
const problem = (f: RecordFacts) => f.residentId?.problem ?? null;

/** The ID number usable for comparisons: a well-formed 18-character ID, or a 15-digit one. */
function comparableId(f: RecordFacts): string | null {
  const id = f.residentId;
  if (id === null) return null;
  return id.problem === null || id.is15 ? id.normalised : null;
}

/** Resident identity number checks (GB 11643-1999; domain guide §2.3). */
export const IDENTITY_RULES: readonly Rule[] = [
  {
    id: 'id_number_format',
    severity: 'warning',
    kinds: ['case', 'death'],
    fields: ['id_number'],
    message: {
      zh: '身份证号“{value}”格式不符（应为 18 位，末位可为 X）',
      en: 'ID number "{value}" is malformed (18 characters expected, the last may be X)',
    },
    source: 'GB 11643-1999',
    test: (f) => {
      const p = problem(f);
      return hitIf((p === 'length' || p === 'characters') && !is15(f), 'id_number', { value: idText(f) });
    },
  },
  {
    id: 'id_number_15_digit',
    severity: 'warning',
    kinds: ['case', 'death'],
    fields: ['id_number'],
    message: {
      zh: '身份证号为 15 位旧号码，可升级为 18 位：{upgraded}',
      en: 'ID number is an old 15-digit number; its 18-character form is {upgraded}',
    },
    source: 'GB 11643-1989 → GB 11643-1999 upgrade (domain guide §2.3)',
    test: (f) => hitIf(is15(f), 'id_number', { upgraded: upgradeResidentId15(idText(f)) ?? '' }),
  },
  {
    id: 'id_check_digit',
    severity: 'warning',
    kinds: ['case', 'death'],
    fields: ['id_number'],
    message: {
      zh: '身份证号校验码错误（ISO 7064 MOD 11-2），号码可能录入有误',
      en: 'ID number check character is wrong (ISO 7064 MOD 11-2): the number is probably mistyped',
    },
    source: 'GB 11643-1999 §6',
    test: (f) => hitIf(problem(f) === 'check_digit', 'id_number'),
  },
  {
    id: 'id_number_birth_date',
    severity: 'warning',
    kinds: ['case', 'death'],
    fields: ['id_number'],
    message: {
      zh: '身份证号中的出生日期不是有效日期或晚于核查日期',
      en: 'The birth date inside the ID number is not a real date or lies after the day of the check',
    },
    source: 'GB 11643-1999 (positions 7–14)',
    test: (f) => hitIf(problem(f) === 'birth_date', 'id_number'),
  },
  {
    id: 'id_number_region',
    severity: 'warning',
    kinds: ['case', 'death'],
    fields: ['id_number'],
    message: {
      zh: '身份证号前两位“{prefix}”不是已知的省级代码',
      en: 'ID number prefix "{prefix}" is not a known province code',
    },
    source: 'GB 11643-1999 (positions 1–6), GB/T 2260',
    test: (f) =>
      hitIf(problem(f) === 'region', 'id_number', { prefix: f.residentId?.normalised.slice(0, 2) ?? '' }),
  },
  {
    id: 'id_birth_date_mismatch',
    severity: 'warning',
    kinds: ['case', 'death'],
    fields: ['id_number', 'birth_date'],
    message: {
      zh: '出生日期 {birth_date} 与身份证号中的出生日期不符',
      en: 'Birth date {birth_date} does not agree with the birth date in the ID number',
    },
    source: 'domain guide §2.2 (birth date must equal the ID date), §2.3',
    test: (f) => {
      const id = comparableId(f);
      const birthDate = f.dates.birth_date;
      if (id === null || birthDate === null) return [];
      return hitIf(residentIdConsistency(id, { birthDate }).includes('birth_date'), 'birth_date', {
        birth_date: birthDate,
      });
    },
  },
  {
    id: 'id_sex_mismatch',
    severity: 'warning',
    kinds: ['case', 'death'],
    fields: ['id_number', 'sex'],
    message: {
      zh: '性别与身份证号第 17 位（奇数为男，偶数为女）不符',
      en: 'Sex does not agree with the ID number (17th digit odd = male, even = female)',
    },
    source: 'GB 11643-1999 §5.3; domain guide §2.3',
    test: (f) => {
      const id = comparableId(f);
      if (id === null || f.sex === null) return [];
      return hitIf(residentIdConsistency(id, { sex: f.sex }).includes('sex'), 'sex');
    },
  },
];
