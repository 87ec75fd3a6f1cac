import type { zhCN } from './zh-CN';

/** The shape of a string table with every leaf widened to `string`, so a translation can differ in text. */
export type StringTree<T> = { [K in keyof T]: T[K] extends string ? string : StringTree<T[K]> };

/** The keys every language must provide: exactly those of the zh-CN reference table. */
export type Resources = StringTree<typeof zhCN>;

/** Languages the UI offers, zh-CN first (the default). */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The supported language closest to a requested one (`en-US` → `en`, `zh` → `zh-CN`).
 *
 * @param requested - a BCP 47 tag from storage or the browser, or null.
 * @returns a supported language; zh-CN when nothing matches, as the platform is Chinese-first.
 */
export function pickLanguage(requested: string | null | undefined): Language {
  if (!requested) return 'zh-CN';
  const lower = requested.toLowerCase();
  if (lower.startsWith('en')) return 'en';
  return 'zh-CN';
}
