import type { FollowUpTaskItem } from '@orca/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../components/ErrorResult';
import { recordContact } from './follow-up-api';
import { type ContactFormValues, contactRequest } from './follow-up-view';

const METHODS = ['phone', 'visit', 'hospital_record', 'death_record'] as const;

interface RawValues extends Omit<ContactFormValues, 'contactDate' | 'deathDate'> {
  contactDate: Dayjs;
  deathDate?: Dayjs;
}

/** The follow-up contact form for one task's person, in a modal; saving closes the task on the server. */
export function ContactForm({ task, onClose }: { task: FollowUpTaskItem; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RawValues>();
  const queryClient = useQueryClient();
  const vitalStatus = Form.useWatch('vitalStatus', form);
  const save = useMutation({
    mutationFn: (values: RawValues) =>
      recordContact(
        contactRequest(task.personId, task.id, {
          ...values,
          contactDate: values.contactDate.format('YYYY-MM-DD'),
          deathDate: values.deathDate?.format('YYYY-MM-DD'),
        }),
      ),
    onSuccess: () => {
      void message.success(t('followUp.saved'));
      void queryClient.invalidateQueries({ queryKey: ['registry', 'follow-up'] });
      onClose();
    },
  });
  const required = [{ required: true, message: t('followUp.required') }];
  return (
    <Modal
      open
      title={`${t('followUp.contactTitle')} · ${task.personName}`}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <Form<RawValues>
        form={form}
        layout="vertical"
        initialValues={{ method: 'phone', vitalStatus: 1 }}
        onFinish={(values) => save.mutate(values)}
        data-testid="contact-form"
      >
        <Form.Item name="contactDate" label={t('followUp.contactDate')} rules={required}>
          <DatePicker data-testid="contact-date" />
        </Form.Item>
        <Form.Item name="method" label={t('followUp.method')} rules={required}>
          <Select options={METHODS.map((m) => ({ value: m, label: t(`followUp.methods.${m}`) }))} />
        </Form.Item>
        <Form.Item name="vitalStatus" label={t('followUp.vitalStatus')} rules={required}>
          <Radio.Group
            options={[
              { value: 1, label: t('followUp.alive') },
              { value: 2, label: t('followUp.dead') },
            ]}
          />
        </Form.Item>
        {vitalStatus === 2 && (
          <>
            <Form.Item name="deathDate" label={t('followUp.deathDate')} rules={required}>
              <DatePicker data-testid="contact-death-date" />
            </Form.Item>
            <Form.Item name="causeOfDeath" label={t('followUp.causeOfDeath')}>
              <Input maxLength={10} placeholder="C16.9" />
            </Form.Item>
          </>
        )}
        <Form.Item name="note" label={t('followUp.note')}>
          <Input.TextArea maxLength={1000} rows={2} />
        </Form.Item>
        {save.isError && <ErrorResult error={save.error} />}
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="contact-save">
          {t('followUp.save')}
        </Button>
      </Form>
    </Modal>
  );
}
