import type { CodeEntry } from './code-entry';

/** Vital status at last contact as in the data contract: 1 alive, 2 dead. */
export type VitalStatus = 1 | 2;

/** Vital status codes (data contract `vital_status`; domain guide §2.6). */
export const VITAL_STATUS_CODES: readonly CodeEntry<VitalStatus>[] = [
  { code: 1, zh: '存活', en: 'Alive' },
  { code: 2, zh: '死亡', en: 'Dead' },
];

/** Identity-document types as listed on the death certificate (domain guide §2.3). */
export const ID_DOCUMENT_TYPES: readonly CodeEntry<number>[] = [
  { code: 1, zh: '身份证', en: 'Resident identity card' },
  { code: 2, zh: '户口簿', en: 'Household register' },
  { code: 3, zh: '护照', en: 'Passport' },
  { code: 4, zh: '军官证', en: "Military officer's card" },
  { code: 5, zh: '驾驶证', en: 'Driving licence' },
  { code: 6, zh: '港澳通行证', en: 'Hong Kong/Macao travel permit' },
  { code: 7, zh: '台湾通行证', en: 'Taiwan travel permit' },
  { code: 9, zh: '其他', en: 'Other' },
];

const ALIASES: Readonly<Record<string, VitalStatus>> = {
  '1': 1,
  '2': 2,
  存活: 1,
  生存: 1,
  活: 1,
  死亡: 2,
  死: 2,
};

/**
 * Read a vital status written as a code or a Chinese word.
 *
 * @param raw - e.g. `1`, `'死亡'`
 * @returns 1 alive, 2 dead, or null when unrecognised
 */
export function parseVitalStatus(raw: string | number): VitalStatus | null {
  return ALIASES[String(raw).trim()] ?? null;
}
