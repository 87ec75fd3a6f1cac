import type { Finding } from '@orca/checks';
import type { ReportCard, ReportCardField, ReportView, WarningConfirmation } from '@orca/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Input, Modal, Row, Space, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useSessionUser } from '../../app/useSession';
import { ErrorResult } from '../../components/ErrorResult';
import { checkCardInBrowser, localToday } from './card-findings';
import { createReport, fetchReport, transitionReport, updateReport } from './reports-api';

const GROUPS: { key: 'patient' | 'tumour' | 'report'; fields: ReportCardField[] }[] = [
  {
    key: 'patient',
    fields: [
      'name',
      'sex',
      'birthDate',
      'age',
      'idNumber',
      'ethnicity',
      'maritalStatus',
      'occupation',
      'regionCode',
      'address',
      'phone',
    ],
  },
  {
    key: 'tumour',
    fields: [
      'diagnosisDate',
      'diagnosisText',
      'icd10',
      'topography',
      'morphology',
      'grade',
      'laterality',
      'basis',
      'tnmT',
      'tnmN',
      'tnmM',
      'stage',
      'treatment',
      'vitalStatus',
      'lastContactDate',
      'causeOfDeath',
    ],
  },
  { key: 'report', fields: ['sourceId', 'institutionCode', 'reportingDoctor', 'reportDate'] },
];
const REVIEW_ROLES = ['registry_staff', 'provincial_analyst', 'administrator'] as const;

function FieldHelp({ findings, lang }: { findings: Finding[]; lang: 'zh' | 'en' }) {
  return (
    <>
      {findings.map((f) => (
        <div key={`${f.ruleId}-${f.field}`} data-testid={`finding-${f.ruleId}`}>
          {f.message[lang]}
        </div>
      ))}
    </>
  );
}

/**
 * 报告卡: the card form (新建 or 编辑), grouped 患者信息 / 肿瘤信息 / 报告信息, with the @orca/checks rule set
 * run in the browser as the user types (the server runs the same rules on save); reviewers return a
 * submitted card with a reason or accept it, confirming each warning with a reason.
 */
export function ReportFormPage() {
  const { id } = useParams();
  const isNew = id === undefined || id === 'new';
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'zh';
  const navigate = useNavigate();
  const user = useSessionUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ReportCard>();
  const [values, setValues] = useState<Partial<ReportCard>>({});
  const [returnOpen, setReturnOpen] = useState(false);
  const [acceptOpen, setAcceptOpen] = useState(false);
  const isReviewer = REVIEW_ROLES.some((r) => user.roles.includes(r));

  const report = useQuery({
    queryKey: ['registry', 'report', id],
    queryFn: ({ signal }) => fetchReport(id ?? '', t('reportCards.purpose'), signal),
    enabled: !isNew,
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
  const loaded = report.data;
  useEffect(() => {
    if (!loaded) return;
    form.setFieldsValue(loaded.card);
    setValues(loaded.card);
  }, [loaded, form]);
  const findings = useMemo(() => checkCardInBrowser(values, localToday()), [values]);

  const onSaved = (view: ReportView, text: string) => {
    void message.success(text);
    void queryClient.invalidateQueries({ queryKey: ['registry', 'reports'] });
    if (isNew) navigate(`/registry/reports/${view.id}`, { replace: true });
    else void report.refetch();
  };
  const save = useMutation({
    mutationFn: async (submit: boolean) => {
      const card = form.getFieldsValue(true) as ReportCard;
      if (isNew) return createReport(card, submit);
      const saved = await updateReport(id ?? '', card);
      return submit ? transitionReport(saved.id, 'submit') : saved;
    },
    onSuccess: (view, submit) =>
      onSaved(view, t(submit ? 'reportCards.actions.submitted' : 'reportCards.actions.saved')),
  });
  const review = useMutation({
    mutationFn: (input: {
      action: 'return' | 'accept';
      reason?: string;
      confirmations?: WarningConfirmation[];
    }) => transitionReport(id ?? '', input.action, input),
    onSuccess: (view, input) => {
      setReturnOpen(false);
      setAcceptOpen(false);
      onSaved(
        view,
        t(input.action === 'return' ? 'reportCards.actions.returned' : 'reportCards.actions.accepted'),
      );
    },
  });

  if (!isNew && report.isError)
    return <ErrorResult error={report.error} onRetry={() => void report.refetch()} />;
  if (!isNew && !loaded) return <Card loading />;
  const status = loaded?.status ?? 'draft';
  const editable =
    isNew || status === 'draft' || status === 'returned' || (isReviewer && status === 'submitted');
  const warnings = [...findings.byField.values(), findings.other]
    .flat()
    .filter((f) => f.severity === 'warning');

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card
        size="small"
        title={
          <Space>
            {t('reportCards.title')}
            {loaded && <Tag data-testid="report-status">{t(`reportCards.status.${loaded.status}`)}</Tag>}
            <Tag>{t('reportCards.rulesetVersion', { version: findings.rulesetVersion })}</Tag>
          </Space>
        }
        extra={<Button onClick={() => navigate('/registry/reports')}>{t('reportCards.actions.back')}</Button>}
      >
        {loaded?.returnReason && status === 'returned' && (
          <Alert
            type="warning"
            showIcon
            title={t('reportCards.returnedBecause', { reason: loaded.returnReason })}
          />
        )}
        {(save.error || review.error) && <ErrorResult error={save.error ?? review.error} />}
        <Form<ReportCard>
          form={form}
          layout="vertical"
          data-testid="report-form"
          disabled={!editable}
          onValuesChange={(_, all) => setValues(all)}
        >
          {GROUPS.map((group) => (
            <Card
              key={group.key}
              size="small"
              type="inner"
              title={t(`reportCards.groups.${group.key}`)}
              style={{ marginBottom: 12 }}
            >
              <Row gutter={16}>
                {group.fields.map((field) => {
                  const list = findings.byField.get(field) ?? [];
                  const hasError = list.some((f) => f.severity === 'error');
                  return (
                    <Col key={field} xs={24} sm={12} md={8} lg={6}>
                      <Form.Item
                        name={field}
                        label={t(`reportCards.fields.${field}`)}
                        validateStatus={hasError ? 'error' : list.length > 0 ? 'warning' : undefined}
                        help={list.length > 0 ? <FieldHelp findings={list} lang={lang} /> : undefined}
                      >
                        {field === 'treatment' ? (
                          <Input.TextArea rows={2} />
                        ) : (
                          <Input data-testid={`field-${field}`} />
                        )}
                      </Form.Item>
                    </Col>
                  );
                })}
              </Row>
            </Card>
          ))}
        </Form>
        <Space>
          {editable && (
            <>
              <Button data-testid="save-draft" loading={save.isPending} onClick={() => save.mutate(false)}>
                {t('reportCards.actions.saveDraft')}
              </Button>
              {status !== 'submitted' && (
                <Button
                  type="primary"
                  data-testid="submit-report"
                  disabled={findings.errors > 0}
                  loading={save.isPending}
                  onClick={() => save.mutate(true)}
                >
                  {t('reportCards.actions.submit')}
                </Button>
              )}
            </>
          )}
          {isReviewer && status === 'submitted' && (
            <>
              <Button danger data-testid="return-report" onClick={() => setReturnOpen(true)}>
                {t('reportCards.actions.return')}
              </Button>
              <Button
                type="primary"
                data-testid="accept-report"
                disabled={findings.errors > 0}
                onClick={() => setAcceptOpen(true)}
              >
                {t('reportCards.actions.accept')}
              </Button>
            </>
          )}
          {findings.errors > 0 && <Tag color="error">{t('reportCards.blockedByErrors')}</Tag>}
        </Space>
      </Card>
      <ReturnModal
        open={returnOpen}
        pending={review.isPending}
        onCancel={() => setReturnOpen(false)}
        onOk={(reason) => review.mutate({ action: 'return', reason })}
      />
      <AcceptModal
        open={acceptOpen}
        warnings={warnings}
        lang={lang}
        pending={review.isPending}
        onCancel={() => setAcceptOpen(false)}
        onOk={(confirmations) => review.mutate({ action: 'accept', confirmations })}
      />
    </Space>
  );
}

function ReturnModal(props: {
  open: boolean;
  pending: boolean;
  onCancel: () => void;
  onOk: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={props.open}
      title={t('reportCards.actions.return')}
      confirmLoading={props.pending}
      onCancel={props.onCancel}
      onOk={() => void form.validateFields().then((v) => props.onOk(v.reason))}
    >
      <Form form={form} layout="vertical" data-testid="return-form">
        <Form.Item
          name="reason"
          label={t('reportCards.actions.returnReason')}
          rules={[
            { required: true, whitespace: true, message: t('reportCards.actions.returnReasonRequired') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function AcceptModal(props: {
  open: boolean;
  warnings: Finding[];
  lang: 'zh' | 'en';
  pending: boolean;
  onCancel: () => void;
  onOk: (confirmations: WarningConfirmation[]) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Record<string, string>>();
  const keyOf = (f: Finding) => `${f.ruleId}|${f.field}`;
  return (
    <Modal
      open={props.open}
      title={t('reportCards.actions.acceptTitle')}
      confirmLoading={props.pending}
      onCancel={props.onCancel}
      onOk={() =>
        void form
          .validateFields()
          .then((v) =>
            props.onOk(
              props.warnings.map((f) => ({ ruleId: f.ruleId, field: f.field, reason: v[keyOf(f)] ?? '' })),
            ),
          )
      }
    >
      <Form form={form} layout="vertical" data-testid="accept-form">
        {props.warnings.map((f) => (
          <Form.Item
            key={keyOf(f)}
            name={keyOf(f)}
            label={f.message[props.lang]}
            rules={[{ required: true, whitespace: true, message: t('reportCards.actions.confirmRequired') }]}
          >
            <Input placeholder={t('reportCards.actions.confirmWarning')} maxLength={500} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
