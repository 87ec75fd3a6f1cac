import type { TFunction } from 'i18next';

const SEX_KEYS = ['0', '1', '2', '9'] as const;
const BASIS_KEYS = ['0', '1', '2', '4', '5', '6', '7', '9'] as const;
const VITAL_KEYS = ['1', '2'] as const;

function pick<K extends string>(keys: readonly K[], code: number | null): K | null {
  if (code === null) return null;
  return keys.find((k) => k === String(code)) ?? null;
}

/**
 * Sex label (GB/T 2261.1 code, domain.md §2.2).
 *
 * @param t - the translation function.
 * @param code - 0, 1, 2 or 9.
 * @returns the label, or the raw code if it is not one of GB/T 2261.1.
 */
export function sexLabel(t: TFunction, code: number): string {
  const key = pick(SEX_KEYS, code);
  return key === null ? String(code) : t(`sex.${key}`);
}

/**
 * Basis-of-diagnosis label (IARC codes as stored, data-contract.md; Chinese card codes 3 and 8 are
 * mapped to 2 and 7 on import).
 *
 * @param t - the translation function.
 * @param code - IARC basis code, or null.
 * @returns the label, `—` for null, or the raw code if unknown.
 */
export function basisLabel(t: TFunction, code: number | null): string {
  if (code === null) return t('common.none');
  const key = pick(BASIS_KEYS, code);
  return key === null ? String(code) : t(`basis.${key}`);
}

/**
 * Vital-status label (1 alive, 2 dead; data-contract.md).
 *
 * @param t - the translation function.
 * @param code - 1, 2 or null.
 * @returns the label, `—` for null, or the raw code if unknown.
 */
export function vitalStatusLabel(t: TFunction, code: number | null): string {
  if (code === null) return t('common.none');
  const key = pick(VITAL_KEYS, code);
  return key === null ? String(code) : t(`vitalStatus.${key}`);
}
