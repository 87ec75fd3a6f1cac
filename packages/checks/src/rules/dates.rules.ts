import { DATE_FIELDS, type RecordFacts } from '../facts';
import { hitIf, type Rule, type RuleHit } from '../rule';

// Oldest documented human lifespans are about 120 years; registry checks (IARCcrgTools) query ages
// above about 110 as almost always a date error (domain guide §2.10).
const MAX_AGE_YEARS = 110;

const DATE_LABELS: Readonly<Record<string, string>> = {
  birth_date: '出生日期',
  diagnosis_date: '诊断日期',
  last_contact_date: '最后随访日期',
  death_date: '死亡日期',
};

function datesPresent(f: RecordFacts): { field: string; iso: string }[] {
  const out: { field: string; iso: string }[] = [];
  for (const field of DATE_FIELDS) {
    const iso = f.dates[field];
    if (iso !== null) out.push({ field, iso });
  }
  return out;
}

function order(
  f: RecordFacts,
  earlier: keyof RecordFacts['dates'],
  later: keyof RecordFacts['dates'],
): RuleHit[] {
  const a = f.dates[earlier];
  const b = f.dates[later];
  return a !== null && b !== null && a > b ? [{ field: later, values: { [earlier]: a, [later]: b } }] : [];
}

/** Dates: real calendar dates, in order, none after the day of the check; age in range (domain guide §2.10). */
export const DATE_RULES: readonly Rule[] = [
  {
    id: 'date_invalid',
    severity: 'error',
    kinds: ['case', 'death'],
    fields: [...DATE_FIELDS],
    message: {
      zh: '{label}“{value}”不是有效日期（应为 YYYY-MM-DD）',
      en: '{field} "{value}" is not a valid date (YYYY-MM-DD expected)',
    },
    source: 'data contract (dates)',
    test: (f) =>
      DATE_FIELDS.filter((field) => f.text(field) !== '' && f.dates[field] === null).map((field) => ({
        field,
        values: { field, label: DATE_LABELS[field] ?? field, value: f.text(field) },
      })),
  },
  {
    id: 'date_future',
    severity: 'error',
    kinds: ['case', 'death'],
    fields: [...DATE_FIELDS],
    message: {
      zh: '{label} {value} 晚于核查日期 {today}',
      en: '{field} {value} is after the day of the check, {today}',
    },
    source: 'IARC check "no future dates" (domain guide §2.10)',
    test: (f) =>
      datesPresent(f)
        .filter((d) => d.iso > f.today)
        .map((d) => ({
          field: d.field,
          values: { field: d.field, label: DATE_LABELS[d.field] ?? d.field, value: d.iso, today: f.today },
        })),
  },
  {
    id: 'date_order_birth_diagnosis',
    severity: 'error',
    kinds: ['case'],
    fields: ['birth_date', 'diagnosis_date'],
    message: {
      zh: '诊断日期 {diagnosis_date} 早于出生日期 {birth_date}',
      en: 'Diagnosis date {diagnosis_date} is before the birth date {birth_date}',
    },
    source: 'IARC date-order check (domain guide §2.10)',
    test: (f) => order(f, 'birth_date', 'diagnosis_date'),
  },
  {
    id: 'date_order_diagnosis_last_contact',
    severity: 'error',
    kinds: ['case'],
    fields: ['diagnosis_date', 'last_contact_date'],
    message: {
      zh: '最后随访（或死亡）日期 {last_contact_date} 早于诊断日期 {diagnosis_date}',
      en: 'Last contact (or death) date {last_contact_date} is before the diagnosis date {diagnosis_date}',
    },
    source: 'IARC date-order check (domain guide §2.10)',
    test: (f) => order(f, 'diagnosis_date', 'last_contact_date'),
  },
  {
    id: 'date_order_birth_death',
    severity: 'error',
    kinds: ['case', 'death'],
    fields: ['birth_date', 'death_date'],
    message: {
      zh: '死亡日期 {death_date} 早于出生日期 {birth_date}',
      en: 'Death date {death_date} is before the birth date {birth_date}',
    },
    source: 'IARC date-order check (domain guide §2.10)',
    test: (f) => order(f, 'birth_date', 'death_date'),
  },
  {
    id: 'age_range',
    severity: 'error',
    kinds: ['case', 'death'],
    fields: ['birth_date', 'age'],
    message: {
      zh: '年龄 {age} 岁超出合理范围（0–{max} 岁），请核对出生日期',
      en: 'Age {age} is outside the plausible range 0–{max}: check the birth date',
    },
    source: 'IARC age check (domain guide §2.10)',
    test: (f) =>
      hitIf(
        f.ageYears !== null && f.ageYears > MAX_AGE_YEARS,
        f.computedAge !== null ? 'birth_date' : 'age',
        {
          age: f.ageYears ?? '',
          max: MAX_AGE_YEARS,
        },
      ),
  },
  {
    id: 'age_mismatch',
    severity: 'error',
    kinds: ['case', 'death'],
    fields: ['age', 'birth_date', 'diagnosis_date', 'death_date'],
    message: {
      zh: '填报年龄 {age} 岁与按出生日期计算的实足年龄 {computed} 岁不符',
      en: 'Recorded age {age} differs from the completed age {computed} computed from the dates',
    },
    source: 'IARC age/incidence date/birth date check (domain guide §2.2, §2.10)',
    test: (f) =>
      hitIf(f.recordedAge !== null && f.computedAge !== null && f.recordedAge !== f.computedAge, 'age', {
        age: f.recordedAge ?? '',
        computed: f.computedAge ?? '',
      }),
  },
];
