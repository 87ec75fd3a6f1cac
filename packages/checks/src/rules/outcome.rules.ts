import type { RecordFacts } from '../facts';
import { hitIf, type Rule } from '../rule';

const isDco = (f: RecordFacts) => f.basis?.iarc === 0;

/** The death date of a case: the `death_date` column when given, else the last contact of a dead patient. */
function deathDateOf(f: RecordFacts): string | null {
  return f.dates.death_date ?? (f.vitalStatus === 2 ? f.dates.last_contact_date : null);
}

/** Death-certificate-only cases and the outcome fields (domain guide §2.6–2.7, data contract). */
export const OUTCOME_RULES: readonly Rule[] = [
  {
    id: 'dco_not_dead',
    severity: 'error',
    kinds: ['case'],
    fields: ['basis', 'vital_status'],
    message: {
      zh: '诊断依据为死亡补发病（DCO，0），生存状态必须为死亡（2）',
      en: 'Basis 0 (death certificate only) requires vital status 2 (dead)',
    },
    source: 'domain guide §2.7 (DCO registered from a death certificate)',
    test: (f) => hitIf(isDco(f) && f.vitalStatus !== 2, 'vital_status'),
  },
  {
    id: 'dco_date',
    severity: 'error',
    kinds: ['case'],
    fields: ['basis', 'diagnosis_date', 'last_contact_date'],
    message: {
      zh: '死亡补发病（DCO）病例的诊断日期 {diagnosis_date} 应等于死亡日期 {death_date}',
      en: 'A death-certificate-only case must have diagnosis date {diagnosis_date} equal to the death date {death_date}',
    },
    source: 'domain guide §2.7 ("register as DCO with incidence date = death date")',
    test: (f) => {
      const death = deathDateOf(f);
      const diagnosis = f.dates.diagnosis_date;
      return hitIf(
        isDco(f) && death !== null && diagnosis !== null && death !== diagnosis,
        'diagnosis_date',
        {
          diagnosis_date: diagnosis ?? '',
          death_date: death ?? '',
        },
      );
    },
  },
  {
    id: 'death_last_contact_missing',
    severity: 'error',
    kinds: ['case'],
    fields: ['vital_status', 'last_contact_date'],
    message: {
      zh: '生存状态为死亡，但缺少死亡日期（最后随访日期）',
      en: 'Vital status is dead but the date of death (last_contact_date) is missing',
    },
    source: 'data contract (last_contact_date = date of death when vital_status is 2)',
    test: (f) => hitIf(f.vitalStatus === 2 && f.text('last_contact_date') === '', 'last_contact_date'),
  },
  {
    id: 'death_date_mismatch',
    severity: 'error',
    kinds: ['case'],
    fields: ['last_contact_date', 'death_date'],
    message: {
      zh: '死亡病例的最后随访日期 {last_contact_date} 应等于死亡日期 {death_date}',
      en: 'For a dead patient the last contact date {last_contact_date} must equal the death date {death_date}',
    },
    source: 'data contract (last_contact_date = date of death when vital_status is 2)',
    test: (f) => {
      const last = f.dates.last_contact_date;
      const death = f.dates.death_date;
      return hitIf(
        f.vitalStatus === 2 && last !== null && death !== null && last !== death,
        'last_contact_date',
        {
          last_contact_date: last ?? '',
          death_date: death ?? '',
        },
      );
    },
  },
  {
    id: 'death_cause_missing',
    severity: 'warning',
    kinds: ['case'],
    fields: ['vital_status', 'cause_of_death'],
    message: {
      zh: '生存状态为死亡，但缺少根本死因',
      en: 'Vital status is dead but the underlying cause of death is missing',
    },
    source: 'data contract (cause_of_death, when dead); domain guide §2.7',
    test: (f) => hitIf(f.vitalStatus === 2 && f.text('cause_of_death') === '', 'cause_of_death'),
  },
  {
    id: 'death_fields_alive',
    severity: 'warning',
    kinds: ['case'],
    fields: ['vital_status', 'cause_of_death', 'death_date'],
    message: {
      zh: '生存状态为存活，但填写了{label}',
      en: 'Vital status is alive but {field} is filled in',
    },
    source: 'data contract (cause_of_death only when dead)',
    test: (f) => {
      if (f.vitalStatus !== 1) return [];
      const labels: Readonly<Record<string, string>> = { cause_of_death: '根本死因', death_date: '死亡日期' };
      return ['cause_of_death', 'death_date']
        .filter((field) => f.text(field) !== '')
        .map((field) => ({ field, values: { field, label: labels[field]! } }));
    },
  },
];
