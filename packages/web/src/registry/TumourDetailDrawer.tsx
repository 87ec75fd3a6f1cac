import { Alert, Drawer, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../components/ErrorResult';
import { PurposeForm } from './PurposeForm';
import { describePurpose } from './purpose';
import { TumourDetailView } from './TumourDetailView';
import { useTumourDetail } from './useTumours';

function DetailBody({ tumourId }: { tumourId: string }) {
  const { t } = useTranslation();
  const [purpose, setPurpose] = useState<string | null>(null);
  const detail = useTumourDetail(tumourId, purpose);
  if (purpose === null) return <PurposeForm onSubmit={setPurpose} />;
  if (detail.isError) return <ErrorResult error={detail.error} />;
  if (detail.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  const labels = t('purposes', { returnObjects: true });
  return (
    <>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        data-testid="detail-audited"
        title={t('registry.detail.audited', { purpose: describePurpose(purpose, labels) })}
      />
      <TumourDetailView detail={detail.data} />
    </>
  );
}

/**
 * Side drawer for one tumour: first the purpose of the read, then the identified detail. Keyed by the
 * tumour, so opening another row asks for the purpose again.
 */
export function TumourDetailDrawer({ tumourId, onClose }: { tumourId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={tumourId !== null}
      onClose={onClose}
      title={t('registry.detail.title')}
      size={640}
      destroyOnHidden
      data-testid="tumour-drawer"
    >
      {tumourId !== null && <DetailBody key={tumourId} tumourId={tumourId} />}
    </Drawer>
  );
}
