import { ExperimentOutlined } from '@ant-design/icons';
import { Card, Result, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Placeholder for the analytics module: says plainly that nothing is computed here yet. */
export function AnalyticsPage() {
  const { t } = useTranslation();
  return (
    <Card
      title={
        <span>
          {t('analytics.title')}{' '}
          <Tag color="orange" data-testid="analytics-coming">
            {t('analytics.comingTag')}
          </Tag>
        </span>
      }
    >
      <Result
        icon={<ExperimentOutlined />}
        title={t('analytics.comingTitle')}
        subTitle={
          <Typography.Paragraph style={{ maxWidth: 640, margin: '0 auto' }}>
            {t('analytics.comingText')}
          </Typography.Paragraph>
        }
      />
    </Card>
  );
}
