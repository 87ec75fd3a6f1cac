import type { CodeEntry } from './code-entry';

/**
 * GB/T 2261.4-2003 (从业状况（个人身份）代码): employment status as used on report cards when the
 * concrete job is not coded to GB/T 6565 (domain guide §2.2; that list is [P]).
 */
export const OCCUPATION_STATUS_CODES: readonly CodeEntry<string>[] = [
  { code: '11', zh: '国家公务员', en: 'Civil servant' },
  { code: '13', zh: '专业技术人员', en: 'Professional or technical staff' },
  { code: '17', zh: '职员', en: 'Clerk' },
  { code: '21', zh: '企业管理人员', en: 'Enterprise manager' },
  { code: '24', zh: '工人', en: 'Worker' },
  { code: '27', zh: '农民', en: 'Farmer' },
  { code: '31', zh: '学生', en: 'Student' },
  { code: '37', zh: '现役军人', en: 'Military personnel on active service' },
  { code: '51', zh: '自由职业者', en: 'Freelance' },
  { code: '54', zh: '个体经营者', en: 'Self-employed' },
  { code: '70', zh: '无业人员', en: 'Unemployed' },
  { code: '80', zh: '退（离）休人员', en: 'Retired' },
  { code: '90', zh: '其他', en: 'Other' },
];

/**
 * The employment-status entry with this code.
 *
 * @param code - two-digit code
 * @returns the entry, or undefined
 */
export function findOccupationStatus(code: string): CodeEntry<string> | undefined {
  return OCCUPATION_STATUS_CODES.find((c) => c.code === code.trim());
}
