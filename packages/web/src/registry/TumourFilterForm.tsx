import { InfoCircleOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../app/useSession';
import { RegionTreeSelect } from '../institutions/RegionTreeSelect';
import { sexLabel } from './labels';
import { normaliseIcd10, SEX_CODES, type TumourFilters } from './tumour-query';

type FilterValues = Omit<TumourFilters, 'page' | 'pageSize'>;

/** Props of `TumourFilterForm`. */
export interface TumourFilterFormProps {
  filters: TumourFilters;
  /** Called with the new filters (page reset to 1 by the caller). */
  onSearch: (values: FilterValues) => void;
  onReset: () => void;
}

/**
 * Filters of the report list (region, ICD-10, year, sex) and the exact search by ID number or name, with
 * the explanation that the latter only matches complete values (blind index, style.md §9).
 */
export function TumourFilterForm({ filters, onSearch, onReset }: TumourFilterFormProps) {
  const { t } = useTranslation();
  const user = useSessionUser();
  const [form] = Form.useForm<FilterValues>();

  // The URL is the source of truth (back button, return after re-login): mirror it into the form.
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue({
      regionCode: filters.regionCode,
      icd10: filters.icd10,
      year: filters.year,
      sex: filters.sex,
      idNumber: filters.idNumber,
      name: filters.name,
    });
  }, [form, filters]);

  const onFinish = (values: FilterValues) =>
    onSearch({
      regionCode: values.regionCode || undefined,
      icd10: normaliseIcd10(values.icd10),
      year: values.year ?? undefined,
      sex: values.sex ?? undefined,
      idNumber: values.idNumber?.trim().toUpperCase() || undefined,
      name: values.name?.trim() || undefined,
    });

  return (
    <Form<FilterValues> form={form} layout="vertical" onFinish={onFinish} data-testid="tumour-filters">
      <Row gutter={12}>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name="regionCode" label={t('registry.region')}>
            <RegionTreeSelect
              root={{ code: user.regionCode, name: user.regionName }}
              data-testid="filter-region"
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item
            name="icd10"
            label={t('registry.icd10')}
            rules={[
              {
                validator: (_, value: string | undefined) =>
                  !value || normaliseIcd10(value)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('registry.icd10Placeholder'))),
              },
            ]}
          >
            <Input placeholder={t('registry.icd10Placeholder')} allowClear data-testid="filter-icd10" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={12} lg={6}>
          <Form.Item name="year" label={t('registry.year')}>
            <InputNumber<number>
              min={1900}
              max={2100}
              precision={0}
              controls={false}
              style={{ width: '100%' }}
              placeholder={t('registry.yearPlaceholder')}
              data-testid="filter-year"
            />
          </Form.Item>
        </Col>
        <Col xs={12} sm={12} lg={6}>
          <Form.Item name="sex" label={t('registry.sex')}>
            <Select<number>
              allowClear
              placeholder={t('common.all')}
              options={SEX_CODES.map((code) => ({ value: code, label: sexLabel(t, code) }))}
              data-testid="filter-sex"
            />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text strong>{t('registry.exactSearch')}</Typography.Text>
      <Row gutter={12} style={{ marginTop: 8 }}>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name="idNumber" label={t('registry.idNumber')}>
            <Input
              placeholder={t('registry.idNumberPlaceholder')}
              maxLength={20}
              allowClear
              data-testid="filter-id-number"
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name="name" label={t('registry.name')}>
            <Input
              placeholder={t('registry.namePlaceholder')}
              maxLength={50}
              allowClear
              data-testid="filter-name"
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item label=" " colon={false}>
            <Typography.Text type="secondary" data-testid="exact-search-hint">
              <InfoCircleOutlined /> {t('registry.exactHint')}
            </Typography.Text>
          </Form.Item>
        </Col>
      </Row>
      <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
        <Button onClick={onReset} data-testid="filter-reset">
          {t('common.reset')}
        </Button>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="filter-submit">
          {t('common.search')}
        </Button>
      </div>
    </Form>
  );
}
