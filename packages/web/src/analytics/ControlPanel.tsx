import { ANALYTICS_MEASURES, ANALYTICS_SEXES, ANALYTICS_STANDARDS } from '@orca/contract';
import { Form, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../app/useSession';
import { RegionTreeSelect } from '../institutions/RegionTreeSelect';
import { type ExplorerFilter, SITE_GROUP_VALUES } from './explorer-state';
import { siteGroupName } from './site-names';

/** The explorer's filters: measure, site, sex, years, region (tree), standard population. */
export function ControlPanel({
  value,
  onChange,
}: {
  value: ExplorerFilter;
  onChange: (next: ExplorerFilter) => void;
}) {
  const { t, i18n } = useTranslation();
  const user = useSessionUser();
  const set = <K extends keyof ExplorerFilter>(key: K, v: ExplorerFilter[K]) =>
    onChange({ ...value, [key]: v });
  return (
    <Form layout="inline" data-testid="analytics-controls" style={{ rowGap: 8 }}>
      <Form.Item label={t('analytics.measure')}>
        <Select
          data-testid="analytics-measure"
          style={{ width: 100 }}
          value={value.measure}
          onChange={(v) => set('measure', v)}
          options={ANALYTICS_MEASURES.map((m) => ({ value: m, label: t(`analytics.measures.${m}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('analytics.site')}>
        <Select
          data-testid="analytics-site"
          style={{ width: 220 }}
          showSearch={{ optionFilterProp: 'label' }}
          value={value.site}
          onChange={(v) => set('site', v)}
          options={[
            { value: 'ALL', label: t('analytics.sites.ALL') },
            { value: 'ALL_EXC_C44', label: t('analytics.sites.ALL_EXC_C44') },
            ...SITE_GROUP_VALUES.map((g) => ({
              value: g,
              label: siteGroupName(Number(g.slice(1)), i18n.language),
            })),
          ]}
        />
      </Form.Item>
      <Form.Item label={t('analytics.sex')}>
        <Select
          data-testid="analytics-sex"
          style={{ width: 90 }}
          value={value.sex}
          onChange={(v) => set('sex', v)}
          options={ANALYTICS_SEXES.map((s) => ({ value: s, label: t(`analytics.sexes.${s}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('analytics.years')}>
        <Space.Compact>
          <InputNumber
            data-testid="analytics-year-from"
            min={1900}
            max={value.yearTo}
            value={value.yearFrom}
            onChange={(v) => v !== null && set('yearFrom', v)}
          />
          <InputNumber
            data-testid="analytics-year-to"
            min={value.yearFrom}
            max={2100}
            value={value.yearTo}
            onChange={(v) => v !== null && set('yearTo', v)}
          />
        </Space.Compact>
      </Form.Item>
      <Form.Item label={t('analytics.region')}>
        <RegionTreeSelect
          data-testid="analytics-region"
          root={{ code: user.regionCode, name: user.regionName }}
          value={value.regionCode}
          onChange={(code) => set('regionCode', code)}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item label={t('analytics.standard')}>
        <Select
          data-testid="analytics-standard"
          style={{ width: 200 }}
          value={value.standard}
          onChange={(v) => set('standard', v)}
          options={ANALYTICS_STANDARDS.map((s) => ({ value: s, label: t(`analytics.standards.${s}`) }))}
        />
      </Form.Item>
    </Form>
  );
}
