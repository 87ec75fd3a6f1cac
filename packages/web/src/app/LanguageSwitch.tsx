import { ConfigProvider, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from './i18n/i18n';
import { LANGUAGES, type Language, pickLanguage } from './i18n/resources';
import { PRIMARY_COLOUR } from './theme';

// On the dark header the default grey labels of the unselected item would be unreadable.
const ON_DARK = {
  components: {
    Segmented: {
      trackBg: 'rgba(255,255,255,0.15)',
      itemColor: 'rgba(255,255,255,0.85)',
      itemHoverColor: '#ffffff',
      itemHoverBg: 'rgba(255,255,255,0.12)',
      itemSelectedBg: '#ffffff',
      itemSelectedColor: PRIMARY_COLOUR,
    },
  },
} as const;

/** 中文 / English switch; each language is named in itself so either reader finds theirs. */
export function LanguageSwitch({ dark = false }: { dark?: boolean }) {
  const { t, i18n } = useTranslation();
  const control = (
    <Segmented<Language>
      size="small"
      data-testid="language-switch"
      aria-label={t('header.language')}
      value={pickLanguage(i18n.language)}
      options={LANGUAGES.map((language) => ({ value: language, label: t(`languages.${language}`) }))}
      onChange={(language) => void changeLanguage(language)}
    />
  );
  return dark ? <ConfigProvider theme={ON_DARK}>{control}</ConfigProvider> : control;
}
