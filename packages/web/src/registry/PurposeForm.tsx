import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { encodePurpose, PURPOSE_NOTE_MAX, PURPOSES, type Purpose } from './purpose';

interface PurposeValues {
  purpose: Purpose;
  note?: string;
}

/**
 * Asks why identified data are being read (查看目的) before they are fetched; the answer goes to the
 * server as `?purpose=` and into the audit entry of the read.
 */
export function PurposeForm({ onSubmit }: { onSubmit: (encodedPurpose: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PurposeValues>();
  const purpose = Form.useWatch('purpose', form);
  return (
    <Form<PurposeValues>
      form={form}
      layout="vertical"
      data-testid="purpose-form"
      onFinish={(values) => onSubmit(encodePurpose(values.purpose, values.note))}
    >
      <Alert
        type="info"
        showIcon
        icon={<SafetyCertificateOutlined />}
        title={t('registry.detail.purposeTitle')}
        description={t('registry.detail.purposeExplain')}
        style={{ marginBottom: 16 }}
      />
      <Form.Item
        name="purpose"
        label={t('registry.detail.purpose')}
        rules={[{ required: true, message: t('registry.detail.purposeRequired') }]}
      >
        <Select<Purpose>
          data-testid="purpose-select"
          placeholder={t('registry.detail.purposeRequired')}
          options={PURPOSES.map((key) => ({ value: key, label: t(`purposes.${key}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('registry.detail.purposeNote')}
        rules={[
          {
            required: purpose === 'other',
            whitespace: true,
            message: t('registry.detail.purposeNoteRequired'),
          },
        ]}
      >
        <Input.TextArea
          data-testid="purpose-note"
          maxLength={PURPOSE_NOTE_MAX}
          showCount
          autoSize={{ minRows: 2, maxRows: 4 }}
          placeholder={t('registry.detail.purposeNotePlaceholder')}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" data-testid="purpose-submit">
        {t('registry.detail.confirm')}
      </Button>
    </Form>
  );
}
