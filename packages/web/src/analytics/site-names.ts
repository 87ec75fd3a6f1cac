import { CN_2016_SITE_GROUPS } from '@orca/codes';

/**
 * Name of an annual-report site group in the UI language.
 *
 * @param id - group id 1…26.
 * @param language - i18next language.
 * @returns the Chinese or English name (the id when unknown).
 */
export function siteGroupName(id: number, language: string): string {
  const group = CN_2016_SITE_GROUPS.groups.find((g) => g.id === id);
  if (!group) return String(id);
  return language.startsWith('en') ? group.en : group.zh;
}
