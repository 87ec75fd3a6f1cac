import type { AssessmentView, Questionnaire } from '@orca/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Descriptions, Form, Input, Radio, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';
import { submitAssessment } from './screening-api';
import { questionsFor } from './screening-view';

/** The questions of a questionnaire as radio groups (shared by staff and the public page). */
export function QuestionFields({ questionnaire, sex }: { questionnaire: Questionnaire; sex: number }) {
  return (
    <>
      {questionsFor(questionnaire, sex).map((q) => (
        <Form.Item key={q.id} name={['answers', q.id]} label={q.text} rules={[{ required: true }]}>
          <Radio.Group
            data-testid={`question-${q.id}`}
            options={q.options.map((o) => ({ value: o.value, label: o.label }))}
          />
        </Form.Item>
      ))}
    </>
  );
}

/** 风险评估: a staff member enters a participant's questionnaire; the server scores it. */
export function AssessmentForm({
  participantId,
  sex,
  questionnaire,
  today,
}: {
  participantId: string;
  sex: number;
  questionnaire: Questionnaire;
  today: string;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: (values: { assessedOn: string; answers: Record<string, string> }) =>
      submitAssessment(participantId, values),
    onSuccess: () => client.invalidateQueries({ queryKey: ['screening', 'participants'] }),
  });
  const result: AssessmentView['result'] | undefined = mutation.data?.result;
  return (
    <Form
      layout="vertical"
      initialValues={{ assessedOn: today }}
      onFinish={(v) => mutation.mutate(v)}
      data-testid="screening-assessment-form"
    >
      <ErrorAlert error={mutation.error} />
      {result && (
        <Descriptions
          bordered
          size="small"
          column={1}
          style={{ marginBottom: 12 }}
          data-testid="assessment-result"
        >
          <Descriptions.Item label={t('screening.assessment.level')}>
            <Tag color={result.level === 'high' ? 'red' : result.level === 'medium' ? 'orange' : 'green'}>
              {t(`screening.assessment.levels.${result.level}`)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('screening.assessment.highRiskFor')}>
            {result.highRisk.length === 0
              ? t('screening.assessment.none')
              : result.highRisk.map((c) => t(`screening.cancers.${c}`)).join('、')}
          </Descriptions.Item>
        </Descriptions>
      )}
      <Form.Item name="assessedOn" label={t('screening.assessment.assessedOn')} rules={[{ required: true }]}>
        <Input type="date" />
      </Form.Item>
      <QuestionFields questionnaire={questionnaire} sex={sex} />
      <Button type="primary" htmlType="submit" loading={mutation.isPending}>
        {t('screening.assessment.submit')}
      </Button>
    </Form>
  );
}
