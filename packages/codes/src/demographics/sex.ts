import type { CodeEntry } from './code-entry';

/** GB/T 2261.1-2003 sex codes. */
export type SexCode = 0 | 1 | 2 | 9;

/** GB/T 2261.1-2003 (人的性别代码): 0 unknown, 1 male, 2 female, 9 unspecified (domain guide §2.2). */
export const SEX_CODES: readonly CodeEntry<SexCode>[] = [
  { code: 0, zh: '未知的性别', en: 'Unknown' },
  { code: 1, zh: '男性', en: 'Male' },
  { code: 2, zh: '女性', en: 'Female' },
  { code: 9, zh: '未说明的性别', en: 'Unspecified' },
];

const ALIASES: Readonly<Record<string, SexCode>> = {
  '0': 0,
  '1': 1,
  '2': 2,
  '9': 9,
  男: 1,
  男性: 1,
  女: 2,
  女性: 2,
  未知: 0,
  不详: 9,
  未说明: 9,
  M: 1,
  MALE: 1,
  F: 2,
  FEMALE: 2,
  U: 0,
  UNKNOWN: 0,
};

/**
 * Read a sex value as written on a card or in a file (code, Chinese or English word).
 *
 * @param raw - e.g. `1`, `'男'`, `'F'`
 * @returns the GB/T 2261.1 code, or null when unrecognised
 */
export function parseSex(raw: string | number): SexCode | null {
  return ALIASES[String(raw).trim().toUpperCase()] ?? null;
}
