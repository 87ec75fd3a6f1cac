import type { RegistrySummary } from '@orca/contract';
import { Card, Col, Row, Statistic, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../components/count-format';
import {
  DCO_THRESHOLD_PCT,
  dcoStatus,
  formatPct,
  MV_THRESHOLD_PCT,
  mvStatus,
  QUALITY_COLOURS,
  type QualityStatus,
  yearsCovered,
} from './kpi';

const COL = { xs: 24, sm: 12, lg: 8, xl: 4 } as const;

function QualityTag({ status }: { status: QualityStatus }) {
  const { t } = useTranslation();
  const colour = status === 'good' ? 'success' : status === 'poor' ? 'error' : 'default';
  return (
    <Tag color={colour} data-status={status}>
      {t(`quality.${status}`)}
    </Tag>
  );
}

function KpiCard({
  testId,
  title,
  value,
  colour,
  footer,
}: {
  testId: string;
  title: string;
  value: string;
  colour?: string;
  footer?: React.ReactNode;
}) {
  return (
    <Card size="small" data-testid={testId} style={{ height: '100%' }}>
      <Statistic title={title} value={value} styles={{ content: colour ? { color: colour } : undefined }} />
      <div style={{ minHeight: 22, marginTop: 4, color: '#8c8c8c', fontSize: 12 }}>{footer}</div>
    </Card>
  );
}

/**
 * The six headline figures: tumours, persons, deaths, years covered, and MV% / DCO% against the
 * domain.md §2.11 thresholds (MV > 66%, DCO < 15%) with a status colour and tag.
 */
export function KpiCards({ summary }: { summary: RegistrySummary }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const years = yearsCovered(summary.yearFrom, summary.yearTo);
  const mv = mvStatus(summary.mvPct);
  const dco = dcoStatus(summary.dcoPct);
  return (
    <Row gutter={[12, 12]} data-testid="kpi-cards">
      <Col {...COL}>
        <KpiCard
          testId="kpi-tumours"
          title={t('dashboard.tumours')}
          value={formatCount(summary.tumours, locale)}
        />
      </Col>
      <Col {...COL}>
        <KpiCard
          testId="kpi-persons"
          title={t('dashboard.persons')}
          value={formatCount(summary.persons, locale)}
        />
      </Col>
      <Col {...COL}>
        <KpiCard
          testId="kpi-deaths"
          title={t('dashboard.deaths')}
          value={formatCount(summary.deaths, locale)}
        />
      </Col>
      <Col {...COL}>
        <KpiCard
          testId="kpi-years"
          title={t('dashboard.years')}
          value={
            years === null
              ? t('common.none')
              : t('dashboard.yearsValue', { from: summary.yearFrom, to: summary.yearTo })
          }
          footer={years === null ? null : t('dashboard.yearsCount', { count: years })}
        />
      </Col>
      <Col {...COL}>
        <KpiCard
          testId="kpi-mv"
          title={t('dashboard.mvPct')}
          value={formatPct(summary.mvPct, locale)}
          colour={QUALITY_COLOURS[mv]}
          footer={
            <>
              <QualityTag status={mv} />
              {t('dashboard.mvThreshold', { threshold: MV_THRESHOLD_PCT })}
            </>
          }
        />
      </Col>
      <Col {...COL}>
        <KpiCard
          testId="kpi-dco"
          title={t('dashboard.dcoPct')}
          value={formatPct(summary.dcoPct, locale)}
          colour={QUALITY_COLOURS[dco]}
          footer={
            <>
              <QualityTag status={dco} />
              {t('dashboard.dcoThreshold', { threshold: DCO_THRESHOLD_PCT })}
            </>
          }
        />
      </Col>
    </Row>
  );
}
