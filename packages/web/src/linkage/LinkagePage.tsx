import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { DcoPanel } from './DcoPanel';
import { ReviewQueue } from './ReviewQueue';
import { RunsPanel } from './RunsPanel';

/** Record linkage: the clerical review queue, linkage runs with their progress, DCO trace-back. */
export function LinkagePage() {
  const { t } = useTranslation();
  return (
    <Card title={t('linkage.title')} data-testid="linkage-page">
      <Tabs
        items={[
          { key: 'review', label: t('linkage.tabs.review'), children: <ReviewQueue /> },
          { key: 'runs', label: t('linkage.tabs.runs'), children: <RunsPanel /> },
          { key: 'dco', label: t('linkage.tabs.dco'), children: <DcoPanel /> },
        ]}
      />
    </Card>
  );
}
