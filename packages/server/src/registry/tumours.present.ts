import { completedAgeYears, maskName, maskResidentId, siteGroupOfIcd10 } from '@orca/codes';
import type { TumourDetail, TumourListItem } from '@orca/contract';
import type { Sealer } from '../crypto/sealing';
import type { persons, tumours } from './registry.tables';

type PersonRow = typeof persons.$inferSelect;
type TumourRow = typeof tumours.$inferSelect;

export interface TumourJoined {
  tumour: TumourRow;
  person: PersonRow;
  regionName: string | null;
  institutionName: string | null;
}

/** A tumour for a list: identifiers unsealed only to be masked here, and nowhere else. */
export function presentTumourListItem(row: TumourJoined, sealer: Sealer): TumourListItem {
  const { tumour, person } = row;
  const idNumber = sealer.unsealOrNull(person.idNumberSealed);
  return {
    id: tumour.id,
    personId: person.id,
    personName: maskName(sealer.unseal(person.nameSealed)),
    idNumber: idNumber ? maskResidentId(idNumber) : null,
    sex: person.sex,
    ageYears: person.birthDate ? completedAgeYears(person.birthDate, tumour.diagnosisDate) : null,
    regionCode: tumour.regionCode,
    regionName: row.regionName ?? tumour.regionCode,
    diagnosisDate: tumour.diagnosisDate,
    icd10: tumour.icd10,
    siteName: siteGroupOfIcd10(tumour.icd10)?.zh ?? null,
    basis: tumour.basis,
    stage: tumour.stage,
    vitalStatus: person.vitalStatus,
    institutionName: row.institutionName,
  };
}

/** A tumour with its person's identified data, for an audited read. */
export function presentTumourDetail(row: TumourJoined, sealer: Sealer): TumourDetail {
  const { tumour, person } = row;
  return {
    id: tumour.id,
    person: {
      id: person.id,
      name: sealer.unseal(person.nameSealed),
      idNumber: sealer.unsealOrNull(person.idNumberSealed),
      sex: person.sex,
      birthDate: person.birthDate,
      regionCode: person.regionCode,
      regionName: row.regionName ?? person.regionCode,
      phone: sealer.unsealOrNull(person.phoneSealed),
      address: sealer.unsealOrNull(person.addressSealed),
    },
    diagnosisDate: tumour.diagnosisDate,
    icd10: tumour.icd10,
    topography: tumour.topography,
    morphology: tumour.morphology,
    basis: tumour.basis,
    stage: tumour.stage,
    vitalStatus: person.vitalStatus,
    lastContactDate: person.lastContactDate,
    causeOfDeath: person.causeOfDeath,
    institutionName: row.institutionName,
    sourceId: tumour.sourceId,
  };
}
