import type {
  ExamRequest,
  ParticipantListItem,
  ProgrammeList,
  ScreeningCancer,
  ScreeningMethod,
} from '@orca/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';
import { recordExam } from './screening-api';

/** 检查录入: an examination with its standard result category; positives create tasks on the server. */
export function ExamForm({
  participant,
  config,
  today,
}: {
  participant: ParticipantListItem;
  config: ProgrammeList;
  today: string;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ExamRequest>();
  const client = useQueryClient();
  const programme = config.programmes.find((p) => p.code === participant.programmeCode);
  const cancer = Form.useWatch('cancer', form) as ScreeningCancer | undefined;
  const method = Form.useWatch('method', form) as ScreeningMethod | undefined;
  const cancerConfig = programme?.cancers.find((c) => c.cancer === cancer);
  const mutation = useMutation({
    mutationFn: recordExam,
    onSuccess: () => client.invalidateQueries({ queryKey: ['screening'] }),
  });
  const clean = (v: ExamRequest): ExamRequest =>
    Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && x !== '')) as ExamRequest;
  return (
    <Form<ExamRequest>
      form={form}
      layout="vertical"
      data-testid="screening-exam-form"
      initialValues={{ examDate: today, participantId: participant.id }}
      onFinish={(v) => mutation.mutate(clean({ ...v, participantId: participant.id }))}
    >
      <ErrorAlert error={mutation.error} />
      {mutation.data && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('screening.exam.tasksCreated', { count: mutation.data.tasks.length })}
        />
      )}
      <Form.Item name="cancer" label={t('screening.exam.cancer')} rules={[{ required: true }]}>
        <Select
          options={programme?.cancers
            .filter((c) => c.sex === null || c.sex === participant.sex)
            .map((c) => ({ value: c.cancer, label: t(`screening.cancers.${c.cancer}`) }))}
          onChange={() =>
            form.setFieldsValue({ method: undefined, resultCategory: undefined } as Partial<ExamRequest>)
          }
        />
      </Form.Item>
      <Form.Item name="method" label={t('screening.exam.method')} rules={[{ required: true }]}>
        <Select
          options={cancerConfig?.methods.map((m) => ({ value: m, label: t(`screening.methods.${m}`) }))}
          onChange={() => form.setFieldsValue({ resultCategory: undefined } as Partial<ExamRequest>)}
        />
      </Form.Item>
      <Form.Item name="appointmentDate" label={t('screening.exam.appointmentDate')}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="examDate" label={t('screening.exam.examDate')} rules={[{ required: true }]}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="resultCategory" label={t('screening.exam.result')} rules={[{ required: true }]}>
        <Select
          data-testid="exam-result"
          options={(method ? config.resultCategories[method] : [])?.map((c) => ({
            value: c.code,
            label: c.label,
          }))}
        />
      </Form.Item>
      <Form.Item name="pathology" label={t('screening.exam.pathology')}>
        <Input />
      </Form.Item>
      <Form.Item name="finalDiagnosis" label={t('screening.exam.finalDiagnosis')}>
        <Select
          allowClear
          options={(['negative', 'benign', 'precancer', 'cancer'] as const).map((d) => ({
            value: d,
            label: t(`screening.diagnoses.${d}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="stage" label={t('screening.exam.stage')}>
        <Select allowClear options={['0', 'I', 'II', 'III', 'IV'].map((s) => ({ value: s, label: s }))} />
      </Form.Item>
      <Form.Item name="followUpDate" label={t('screening.exam.followUpDate')}>
        <Input type="date" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={mutation.isPending} data-testid="exam-submit">
        {t('screening.exam.submit')}
      </Button>
    </Form>
  );
}
