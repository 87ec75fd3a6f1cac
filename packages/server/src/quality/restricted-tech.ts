import { addWorkdays, workdaysBetween } from '@orca/codes';

/**
 * Tumour-related items of the national restricted-technology catalogue (限制类技术, 2022 edition, in
 * force 20 Apr 2022; domain guide §4.6). Codes are ORCA's own; the list is configuration.
 */
export const RESTRICTED_TECHNOLOGIES: readonly { code: string; nameZh: string; nameEn: string }[] = [
  { code: 'RT-ABLATION', nameZh: '肿瘤消融治疗技术', nameEn: 'tumour ablation' },
  { code: 'RT-SEED', nameZh: '放射性粒子植入治疗技术', nameEn: 'radioactive seed implantation' },
  {
    code: 'RT-HYPERTHERMIA',
    nameZh: '肿瘤深部热疗和全身热疗技术',
    nameEn: 'deep and whole-body hyperthermia',
  },
  { code: 'RT-HSCT', nameZh: '造血干细胞移植技术', nameEn: 'haematopoietic stem cell transplantation' },
  { code: 'RT-PROTON', nameZh: '质子和重离子加速器放射治疗技术', nameEn: 'proton and heavy-ion therapy' },
];

/** Working days allowed between first clinical use and filing (Fujian plan [S2]). */
export const FILING_WORKDAYS = 15;

/** Where a filing stands on a given day. */
export type FilingState = 'on_time' | 'late' | 'overdue' | 'pending';

/**
 * The filing deadline and state of a restricted technology (domain guide §4.6): the count starts the
 * day after first use (`addWorkdays` of @orca/codes, with Chinese holidays and make-up workdays), so
 * first use Fri 2025-01-24 gives Thu 2025-02-20.
 *
 * @param firstUseDate - first clinical use `YYYY-MM-DD`.
 * @param filedDate - the filing date, or null while not filed.
 * @param today - the day of evaluation (an argument: services pass the clock).
 * @returns the deadline, the state and, while not filed, the working days left (negative if overdue).
 */
export function filingStatus(
  firstUseDate: string,
  filedDate: string | null,
  today: string,
): { deadline: string; status: FilingState; workdaysLeft: number | null } {
  const deadline = addWorkdays(firstUseDate, FILING_WORKDAYS);
  if (filedDate) return { deadline, status: filedDate <= deadline ? 'on_time' : 'late', workdaysLeft: null };
  return {
    deadline,
    status: today > deadline ? 'overdue' : 'pending',
    workdaysLeft: workdaysBetween(today, deadline),
  };
}
