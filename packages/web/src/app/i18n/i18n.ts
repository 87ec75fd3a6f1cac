import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { type Language, pickLanguage, type Resources } from './resources';
import { zhCN } from './zh-CN';

declare module 'i18next' {
  // Typed keys: `t('menu.audit')` is checked against the zh-CN table at compile time.
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Resources };
  }
}

/** localStorage key holding the user's language choice across visits. */
export const LANGUAGE_STORAGE_KEY = 'orca.language';

function storedLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // storage disabled (private mode, policy): fall back to zh-CN
  }
}

function applyLanguageToDocument(language: Language): void {
  document.documentElement.lang = language;
  document.title = i18next.t('app.fullTitle');
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
}

/**
 * Initialises i18next once for the app: zh-CN first, the stored choice if any. Every UI string goes
 * through it; the keys are typed from the zh-CN table.
 *
 * @returns the initialised i18next instance.
 */
export function initI18n(): typeof i18next {
  if (i18next.isInitialized) return i18next;
  const language = pickLanguage(storedLanguage());
  void i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: language,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  applyLanguageToDocument(language);
  return i18next;
}

/**
 * Switches the UI language and remembers the choice.
 *
 * @param language - one of the supported languages.
 */
export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembering the choice is harmless; the switch itself worked.
  }
  applyLanguageToDocument(language);
}
