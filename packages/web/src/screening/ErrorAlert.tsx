import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../app/api-client';
import { errorMessageKey } from '../app/error-message';

/** A failed mutation: the translated error code and the server's field/reason list (never a stack). */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const details = error instanceof ApiError ? error.details : [];
  return (
    <Alert
      type="error"
      showIcon
      data-testid="screening-error"
      style={{ marginBottom: 12 }}
      title={t(errorMessageKey(error))}
      description={
        details.length > 0 ? details.map((d) => `${d.field ?? ''}: ${d.reason}`).join('; ') : undefined
      }
    />
  );
}
