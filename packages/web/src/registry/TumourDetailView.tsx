import type { TumourDetail } from '@orca/contract';
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { basisLabel, sexLabel, vitalStatusLabel } from './labels';

/** The identified record of one tumour: person, then tumour, as on the report card (domain.md §2.2). */
export function TumourDetailView({ detail }: { detail: TumourDetail }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const v = (value: string | null) => value ?? none;
  const { person } = detail;
  return (
    <div data-testid="tumour-detail">
      <Descriptions
        size="small"
        bordered
        column={1}
        title={t('registry.detail.person')}
        items={[
          { key: 'name', label: t('registry.detail.name'), children: person.name },
          { key: 'idNumber', label: t('registry.detail.idNumber'), children: v(person.idNumber) },
          { key: 'sex', label: t('registry.detail.sex'), children: sexLabel(t, person.sex) },
          { key: 'birthDate', label: t('registry.detail.birthDate'), children: v(person.birthDate) },
          {
            key: 'region',
            label: t('registry.detail.region'),
            children: `${person.regionName}（${person.regionCode}）`,
          },
          { key: 'phone', label: t('registry.detail.phone'), children: v(person.phone) },
          { key: 'address', label: t('registry.detail.address'), children: v(person.address) },
        ]}
      />
      <Descriptions
        size="small"
        bordered
        column={1}
        style={{ marginTop: 16 }}
        title={t('registry.detail.tumour')}
        items={[
          { key: 'diagnosisDate', label: t('registry.detail.diagnosisDate'), children: detail.diagnosisDate },
          { key: 'icd10', label: t('registry.detail.icd10'), children: detail.icd10 },
          { key: 'topography', label: t('registry.detail.topography'), children: v(detail.topography) },
          { key: 'morphology', label: t('registry.detail.morphology'), children: v(detail.morphology) },
          { key: 'basis', label: t('registry.detail.basis'), children: basisLabel(t, detail.basis) },
          { key: 'stage', label: t('registry.detail.stage'), children: v(detail.stage) },
          {
            key: 'vitalStatus',
            label: t('registry.detail.vitalStatus'),
            children: vitalStatusLabel(t, detail.vitalStatus),
          },
          {
            key: 'lastContactDate',
            label: t('registry.detail.lastContactDate'),
            children: v(detail.lastContactDate),
          },
          { key: 'causeOfDeath', label: t('registry.detail.causeOfDeath'), children: v(detail.causeOfDeath) },
          {
            key: 'institution',
            label: t('registry.detail.institution'),
            children: v(detail.institutionName),
          },
          { key: 'sourceId', label: t('registry.detail.sourceId'), children: v(detail.sourceId) },
        ]}
      />
    </div>
  );
}
