import type { EnrolRequest } from '@orca/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';
import { enrolParticipant } from './screening-api';
import { fromResidentId } from './screening-view';
import { useGrids, useProgrammes } from './useScreening';

/** 登记入组: enrolment with identity verification (the server checks the ID, eligibility and duplicates). */
export function EnrolForm({ today, onDone }: { today: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EnrolRequest>();
  const programmes = useProgrammes();
  const grids = useGrids();
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: enrolParticipant,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['screening', 'participants'] });
      form.resetFields();
      onDone();
    },
  });
  return (
    <Form<EnrolRequest>
      form={form}
      layout="vertical"
      data-testid="screening-enrol-form"
      initialValues={{ consentDate: today, enrolledOn: today, residence: 'urban', programmeCode: 'urban' }}
      onValuesChange={(changed: Partial<EnrolRequest>) => {
        const fromId = changed.idNumber ? fromResidentId(changed.idNumber) : null;
        if (fromId) form.setFieldsValue(fromId);
      }}
      onFinish={(values) => mutation.mutate({ ...values, phone: values.phone || undefined } as EnrolRequest)}
    >
      <ErrorAlert error={mutation.error} />
      <Form.Item
        name="programmeCode"
        label={t('screening.participants.programme')}
        rules={[{ required: true }]}
      >
        <Select options={programmes.data?.programmes.map((p) => ({ value: p.code, label: p.name }))} />
      </Form.Item>
      <Form.Item name="name" label={t('screening.participants.name')} rules={[{ required: true }]}>
        <Input data-testid="enrol-name" />
      </Form.Item>
      <Form.Item
        name="idNumber"
        label={t('screening.participants.idNumber')}
        rules={[{ required: true, len: 18 }]}
      >
        <Input data-testid="enrol-id" maxLength={18} />
      </Form.Item>
      <Form.Item name="sex" label={t('screening.participants.sex')} rules={[{ required: true }]}>
        <Radio.Group
          options={[
            { value: 1, label: t('screening.participants.male') },
            { value: 2, label: t('screening.participants.female') },
          ]}
        />
      </Form.Item>
      <Form.Item name="birthDate" label={t('screening.participants.birthDate')} rules={[{ required: true }]}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="phone" label={t('screening.participants.phone')}>
        <Input maxLength={11} />
      </Form.Item>
      <Form.Item name="residence" label={t('screening.participants.residence')}>
        <Radio.Group
          options={[
            { value: 'urban', label: t('screening.programmes.urban') },
            { value: 'rural', label: t('screening.programmes.rural') },
          ]}
        />
      </Form.Item>
      <Form.Item name="gridId" label={t('screening.participants.grid')} rules={[{ required: true }]}>
        <Select
          data-testid="enrol-grid"
          loading={grids.isLoading}
          options={grids.data?.map((g) => ({
            value: g.id,
            label: `${g.regionCode} ${g.township} ${g.village}（${g.doctorName}）`,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="consentDate"
        label={t('screening.participants.consentDate')}
        rules={[{ required: true }]}
      >
        <Input type="date" />
      </Form.Item>
      <Form.Item
        name="enrolledOn"
        label={t('screening.participants.enrolledOn')}
        rules={[{ required: true }]}
      >
        <Input type="date" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={mutation.isPending} data-testid="enrol-submit">
        {t('screening.participants.enrol')}
      </Button>
    </Form>
  );
}
