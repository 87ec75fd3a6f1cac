import type { Programme } from '@orca/contract';
import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../components/ErrorResult';
import { useProgrammes } from './useScreening';

/** 筛查项目: the programmes as configured — eligibility, methods and intervals per cancer. */
export function ProgrammesPage() {
  const { t } = useTranslation();
  const { data, isLoading, error, refetch } = useProgrammes();
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  const columns = [
    { title: t('screening.programmes.name'), dataIndex: 'name', key: 'name' },
    {
      title: t('screening.programmes.kind'),
      key: 'kind',
      render: (p: Programme) => <Tag>{t(`screening.programmes.${p.kind}`)}</Tag>,
    },
    {
      title: t('screening.programmes.residence'),
      key: 'residence',
      render: (p: Programme) => t(`screening.programmes.${p.residence}`),
    },
    {
      title: t('screening.programmes.questionnaire'),
      key: 'questionnaire',
      render: (p: Programme) => p.questionnaire ?? t('screening.programmes.none'),
    },
    {
      title: t('screening.programmes.cancers'),
      key: 'cancers',
      render: (p: Programme) => (
        <ul style={{ margin: 0, paddingInlineStart: 16 }}>
          {p.cancers.map((c) => (
            <li key={c.cancer}>
              {t(`screening.cancers.${c.cancer}`)} ·{' '}
              {t('screening.programmes.ages', { from: c.ageFrom, to: c.ageTo })}
              {c.sex === 2 ? ` · ${t('screening.participants.female')}` : ''} ·{' '}
              {c.methods.map((m) => t(`screening.methods.${m}`)).join('/')} ·{' '}
              {t('screening.programmes.interval', { months: c.intervalMonths })}
            </li>
          ))}
        </ul>
      ),
    },
  ];
  return (
    <Card title={t('screening.programmes.title')} data-testid="screening-programmes">
      <Table
        rowKey="code"
        loading={isLoading}
        dataSource={data?.programmes}
        columns={columns}
        pagination={false}
      />
    </Card>
  );
}
