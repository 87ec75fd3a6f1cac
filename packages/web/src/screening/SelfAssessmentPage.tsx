import type { EnrolmentRequestBody, RiskResult } from '@orca/contract';
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  InputNumber,
  List,
  Radio,
  Result,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionFields } from './AssessmentForm';
import { ErrorAlert } from './ErrorAlert';
import { requestEnrolment, selfAssess } from './screening-api';
import { useQuestionnaire } from './useScreening';

interface SelfValues {
  sex: number;
  ageYears: number;
  answers: Record<string, string>;
}

const LEVEL_COLOUR = { low: 'green', medium: 'orange', high: 'red' } as const;

/**
 * 防癌风险自我评估: the public page (no login, outside the shell, mobile width). Answers are scored by the
 * server and not stored; identifying data is sent only if the resident chooses to enrol, with consent.
 */
export function SelfAssessmentPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<SelfValues>();
  const sex = Form.useWatch('sex', form) ?? 1;
  const questionnaire = useQuestionnaire();
  const [result, setResult] = useState<RiskResult | null>(null);
  const assess = useMutation({ mutationFn: selfAssess, onSuccess: setResult });
  const enrol = useMutation({ mutationFn: requestEnrolment });
  return (
    <div style={{ maxWidth: 560, margin: '0 auto', padding: 12 }} data-testid="self-assessment">
      <Card title={t('screening.self.title')}>
        {result === null ? (
          <Form<SelfValues>
            form={form}
            layout="vertical"
            initialValues={{ sex: 1 }}
            onFinish={(v) => assess.mutate(v)}
          >
            <Typography.Paragraph type="secondary">{t('screening.self.intro')}</Typography.Paragraph>
            <ErrorAlert error={assess.error ?? questionnaire.error} />
            <Form.Item name="sex" label={t('screening.self.sex')} rules={[{ required: true }]}>
              <Radio.Group
                options={[
                  { value: 1, label: t('screening.participants.male') },
                  { value: 2, label: t('screening.participants.female') },
                ]}
              />
            </Form.Item>
            <Form.Item name="ageYears" label={t('screening.self.age')} rules={[{ required: true }]}>
              <InputNumber min={18} max={120} style={{ width: '100%' }} data-testid="self-age" />
            </Form.Item>
            {questionnaire.data && <QuestionFields questionnaire={questionnaire.data} sex={sex} />}
            <Button
              type="primary"
              htmlType="submit"
              block
              loading={assess.isPending}
              data-testid="self-submit"
            >
              {t('screening.self.submit')}
            </Button>
          </Form>
        ) : (
          <>
            <Result
              status={result.level === 'high' ? 'warning' : 'success'}
              title={
                <span data-testid="self-level">
                  {t('screening.assessment.level')}：
                  <Tag color={LEVEL_COLOUR[result.level]}>
                    {t(`screening.assessment.levels.${result.level}`)}
                  </Tag>
                </span>
              }
            />
            <List
              header={t('screening.self.advice')}
              dataSource={result.cancers}
              renderItem={(c) => (
                <List.Item>
                  <List.Item.Meta
                    title={
                      <>
                        {t(`screening.cancers.${c.cancer}`)}{' '}
                        {c.highRisk && <Tag color="red">{t('screening.assessment.levels.high')}</Tag>}
                      </>
                    }
                    description={c.advice}
                  />
                </List.Item>
              )}
            />
            {enrol.isSuccess ? (
              <Alert
                type="success"
                showIcon
                title={t('screening.self.enrolled')}
                data-testid="self-enrolled"
              />
            ) : (
              <Form<EnrolmentRequestBody>
                layout="vertical"
                style={{ marginTop: 16 }}
                onFinish={(v) => {
                  const { consentGiven: _, ...body } = v as EnrolmentRequestBody & { consentGiven?: boolean };
                  enrol.mutate({ ...body, consent: true, answers: form.getFieldValue('answers') });
                }}
              >
                <Typography.Paragraph>{t('screening.self.enrolQuestion')}</Typography.Paragraph>
                <ErrorAlert error={enrol.error} />
                <Form.Item name="name" label={t('screening.self.name')} rules={[{ required: true }]}>
                  <Input />
                </Form.Item>
                <Form.Item
                  name="idNumber"
                  label={t('screening.self.idNumber')}
                  rules={[{ required: true, len: 18 }]}
                >
                  <Input maxLength={18} />
                </Form.Item>
                <Form.Item
                  name="phone"
                  label={t('screening.self.phone')}
                  rules={[{ required: true, pattern: /^1\d{10}$/ }]}
                >
                  <Input maxLength={11} inputMode="tel" />
                </Form.Item>
                <Form.Item
                  name="regionCode"
                  label={t('screening.self.county')}
                  rules={[{ required: true, pattern: /^\d{6}$/ }]}
                >
                  <Input maxLength={6} inputMode="numeric" />
                </Form.Item>
                <Form.Item
                  name="consentGiven"
                  valuePropName="checked"
                  rules={[
                    {
                      validator: (_, v) =>
                        v ? Promise.resolve() : Promise.reject(new Error(t('screening.self.consent'))),
                    },
                  ]}
                >
                  <Checkbox>{t('screening.self.consent')}</Checkbox>
                </Form.Item>
                <Button type="primary" htmlType="submit" block loading={enrol.isPending}>
                  {t('screening.self.enrol')}
                </Button>
              </Form>
            )}
            <Button block style={{ marginTop: 12 }} onClick={() => setResult(null)}>
              {t('screening.self.restart')}
            </Button>
          </>
        )}
      </Card>
    </div>
  );
}
