import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../app/api-client';
import { errorMessageKey } from '../app/error-message';

/**
 * An error from a query, translated by its code (never the server's message or a stack trace), with the
 * row/field details of a validation error and an optional retry button.
 */
export function ErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const details = error instanceof ApiError ? error.details : [];
  return (
    <Alert
      type="error"
      showIcon
      data-testid="error-result"
      title={t(errorMessageKey(error))}
      description={
        details.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {details.map((issue, i) => (
              // Issues have no identity of their own; their order is the server's.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={i}>
                {issue.row !== undefined ? `${t('errors.row', { row: issue.row })} ` : ''}
                {issue.field ? `${issue.field}: ` : ''}
                {issue.reason}
              </li>
            ))}
          </ul>
        ) : undefined
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
