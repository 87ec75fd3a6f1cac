import { useTranslation } from 'react-i18next';

/** Label tables of the linkage page, looked up by value (kind, reason, status …) with a fallback. */
export interface LinkageLabels {
  kinds: Record<string, string>;
  modes: Record<string, string>;
  phases: Record<string, string>;
  statuses: Record<string, string>;
  decisions: Record<string, string>;
  reasons: Record<string, string>;
  bands: Record<string, string>;
  sex: Record<string, string>;
  fields: Record<string, string>;
  compare: Record<string, string>;
}

/**
 * The linkage label tables in the current language.
 *
 * @returns one record per table; look values up with `?? value` as a fallback.
 */
export function useLinkageLabels(): LinkageLabels {
  const { t } = useTranslation();
  return {
    kinds: t('linkage.kinds', { returnObjects: true }),
    modes: t('linkage.modes', { returnObjects: true }),
    phases: t('linkage.phases', { returnObjects: true }),
    statuses: t('linkage.statuses', { returnObjects: true }),
    decisions: t('linkage.decisions', { returnObjects: true }),
    reasons: t('linkage.reasons', { returnObjects: true }),
    bands: t('linkage.bands', { returnObjects: true }),
    sex: t('linkage.sex', { returnObjects: true }),
    fields: t('linkage.fields', { returnObjects: true }),
    compare: t('linkage.compare', { returnObjects: true }),
  };
}
