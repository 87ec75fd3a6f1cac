import type { CodeEntry } from './code-entry';

/** GB/T 2261.2-2003 (婚姻状况代码), domain guide §2.2. */
export const MARITAL_STATUS_CODES: readonly CodeEntry<string>[] = [
  { code: '10', zh: '未婚', en: 'Never married' },
  { code: '20', zh: '已婚', en: 'Married' },
  { code: '21', zh: '初婚', en: 'First marriage' },
  { code: '22', zh: '再婚', en: 'Remarried' },
  { code: '23', zh: '复婚', en: 'Remarried to former spouse' },
  { code: '30', zh: '丧偶', en: 'Widowed' },
  { code: '40', zh: '离婚', en: 'Divorced' },
  { code: '90', zh: '未说明的婚姻状况', en: 'Unspecified' },
];

// The death certificate writes one digit: 1 未婚, 2 已婚, 3 丧偶, 4 离婚, 9 不详.
const DEATH_CERTIFICATE: Readonly<Record<string, string>> = {
  '1': '10',
  '2': '20',
  '3': '30',
  '4': '40',
  '9': '90',
};

/**
 * Read a marital status: a GB/T 2261.2 code or the death certificate's one-digit code.
 *
 * @param raw - e.g. `'20'`, `2`, `'21'`
 * @returns the two-digit GB/T 2261.2 code, or null when unrecognised
 */
export function parseMaritalStatus(raw: string | number): string | null {
  const text = String(raw).trim();
  const mapped = DEATH_CERTIFICATE[text] ?? text;
  return MARITAL_STATUS_CODES.some((c) => c.code === mapped) ? mapped : null;
}
