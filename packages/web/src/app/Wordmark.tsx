import { useTranslation } from 'react-i18next';

/** The ORCA logo: a square mark and the wordmark with the platform's name beside it. */
export function Wordmark({
  inverted = false,
  size = 'small',
}: {
  inverted?: boolean;
  size?: 'small' | 'large';
}) {
  const { t } = useTranslation();
  const large = size === 'large';
  const ink = inverted ? '#ffffff' : '#0a2f6b';
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: large ? 14 : 10 }} data-testid="wordmark">
      <svg width={large ? 44 : 30} height={large ? 44 : 30} viewBox="0 0 32 32" aria-hidden="true">
        <rect width="32" height="32" rx="6" fill={inverted ? '#ffffff' : '#0b4aa2'} />
        <circle
          cx="16"
          cy="16"
          r="8.5"
          fill="none"
          stroke={inverted ? '#0b4aa2' : '#ffffff'}
          strokeWidth="3.5"
        />
      </svg>
      <div style={{ lineHeight: 1.15 }}>
        <div style={{ color: ink, fontWeight: 700, fontSize: large ? 28 : 20, letterSpacing: 2 }}>
          {t('app.name')}
        </div>
        <div style={{ color: ink, fontSize: large ? 15 : 12, opacity: inverted ? 0.85 : 0.75 }}>
          {t('app.title')}
        </div>
      </div>
    </div>
  );
}
