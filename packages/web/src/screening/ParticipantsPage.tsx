import type { ParticipantListItem, ScreeningCancer } from '@orca/contract';
import { Button, Card, Drawer, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../components/ErrorResult';
import { AssessmentForm } from './AssessmentForm';
import { EnrolForm } from './EnrolForm';
import { ExamForm } from './ExamForm';
import { chinaToday } from './today';
import { useParticipants, useProgrammes, useQuestionnaire } from './useScreening';

type Panel = { kind: 'enrol' } | { kind: 'assess' | 'exam'; participant: ParticipantListItem } | null;

/** 筛查对象: participants of the caller's region, identifiers masked by the server; enrol, assess, record exams. */
export function ParticipantsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [programmeCode, setProgrammeCode] = useState<string | undefined>();
  const [panel, setPanel] = useState<Panel>(null);
  const today = chinaToday();
  const { data, isLoading, error, refetch } = useParticipants({ page, pageSize: 20, programmeCode });
  const programmes = useProgrammes();
  const questionnaire = useQuestionnaire();
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  const programmeName = (code: string) =>
    programmes.data?.programmes.find((p) => p.code === code)?.name ?? code;
  const hasQuestionnaire = (code: string) =>
    programmes.data?.programmes.find((p) => p.code === code)?.questionnaire != null;
  const columns = [
    { title: t('screening.participants.name'), dataIndex: 'name', key: 'name' },
    { title: t('screening.participants.idNumber'), dataIndex: 'idNumber', key: 'idNumber' },
    {
      title: t('screening.participants.sex'),
      key: 'sex',
      render: (p: ParticipantListItem) =>
        t(p.sex === 1 ? 'screening.participants.male' : 'screening.participants.female'),
    },
    { title: t('screening.participants.age'), dataIndex: 'ageYears', key: 'age' },
    {
      title: t('screening.participants.programme'),
      key: 'programme',
      render: (p: ParticipantListItem) => programmeName(p.programmeCode),
    },
    {
      title: t('screening.participants.village'),
      key: 'village',
      render: (p: ParticipantListItem) => `${p.township} ${p.village}`,
    },
    {
      title: t('screening.participants.highRisk'),
      key: 'highRisk',
      render: (p: ParticipantListItem) =>
        p.highRisk.map((c) => (
          <Tag color="red" key={c}>
            {t(`screening.cancers.${c as ScreeningCancer}`)}
          </Tag>
        )),
    },
    {
      title: t('screening.participants.registry'),
      key: 'registry',
      render: (p: ParticipantListItem) => (
        <Space>
          {p.registryMatched && <Tag color="blue">{t('screening.participants.matched')}</Tag>}
          {p.optedOut && <Tag>{t('screening.participants.optedOut')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('screening.participants.actions'),
      key: 'actions',
      render: (p: ParticipantListItem) => (
        <Space>
          {hasQuestionnaire(p.programmeCode) && (
            <Button
              size="small"
              onClick={() => setPanel({ kind: 'assess', participant: p })}
              data-testid="participant-assess"
            >
              {t('screening.participants.assess')}
            </Button>
          )}
          <Button
            size="small"
            onClick={() => setPanel({ kind: 'exam', participant: p })}
            data-testid="participant-exam"
          >
            {t('screening.participants.exam')}
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <Card
      title={t('screening.participants.title')}
      data-testid="screening-participants"
      extra={
        <Space>
          <Select
            allowClear
            style={{ width: 220 }}
            placeholder={t('screening.participants.allProgrammes')}
            value={programmeCode}
            onChange={(v) => {
              setProgrammeCode(v);
              setPage(1);
            }}
            options={programmes.data?.programmes.map((p) => ({ value: p.code, label: p.name }))}
          />
          <Button type="primary" onClick={() => setPanel({ kind: 'enrol' })} data-testid="participants-enrol">
            {t('screening.participants.enrol')}
          </Button>
        </Space>
      }
    >
      <Table
        rowKey="id"
        loading={isLoading}
        dataSource={data?.items}
        columns={columns}
        scroll={{ x: true }}
        pagination={{
          current: page,
          pageSize: 20,
          total: data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
      />
      <Drawer
        open={panel !== null}
        onClose={() => setPanel(null)}
        size={560}
        destroyOnHidden
        title={
          panel?.kind === 'enrol'
            ? t('screening.participants.enrol')
            : panel?.kind === 'assess'
              ? `${t('screening.assessment.title')} · ${panel.participant.name}`
              : panel?.kind === 'exam'
                ? `${t('screening.exam.title')} · ${panel.participant.name}`
                : ''
        }
      >
        {panel?.kind === 'enrol' && <EnrolForm today={today} onDone={() => setPanel(null)} />}
        {panel?.kind === 'assess' && questionnaire.data && (
          <AssessmentForm
            participantId={panel.participant.id}
            sex={panel.participant.sex}
            questionnaire={questionnaire.data}
            today={today}
          />
        )}
        {panel?.kind === 'exam' && programmes.data && (
          <ExamForm participant={panel.participant} config={programmes.data} today={today} />
        )}
      </Drawer>
    </Card>
  );
}
