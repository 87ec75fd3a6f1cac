import { type Static, Type } from 'typebox';
import { Nullable, PageQuery } from './common';

/** A tumour in a list: identifiers masked by the server (张*华, 3601**********123X). */
export const TumourListItem = Type.Object({
  id: Type.String(),
  personId: Type.String(),
  personName: Type.String(),
  idNumber: Nullable(Type.String()),
  sex: Type.Integer(),
  ageYears: Nullable(Type.Integer()),
  regionCode: Type.String(),
  regionName: Type.String(),
  diagnosisDate: Type.String(),
  icd10: Type.String(),
  siteName: Nullable(Type.String()),
  basis: Nullable(Type.Integer()),
  stage: Nullable(Type.String()),
  vitalStatus: Nullable(Type.Integer()),
  institutionName: Nullable(Type.String()),
});
export type TumourListItem = Static<typeof TumourListItem>;

export const TumourListQuery = Type.Object({
  ...PageQuery.properties,
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
  icd10: Type.Optional(Type.String({ maxLength: 8 })),
  year: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2100 })),
  sex: Type.Optional(Type.Integer({ minimum: 0, maximum: 9 })),
  /** Exact resident ID number: matched through the blind index, never by scanning plaintext. */
  idNumber: Type.Optional(Type.String({ maxLength: 20 })),
  /** Exact name: matched through the blind index. */
  name: Type.Optional(Type.String({ maxLength: 50 })),
});
export type TumourListQuery = Static<typeof TumourListQuery>;

/** One tumour with its person's identified data: every read is audited with a purpose. */
export const TumourDetail = Type.Object({
  id: Type.String(),
  person: Type.Object({
    id: Type.String(),
    name: Type.String(),
    idNumber: Nullable(Type.String()),
    sex: Type.Integer(),
    birthDate: Nullable(Type.String()),
    regionCode: Type.String(),
    regionName: Type.String(),
    phone: Nullable(Type.String()),
    address: Nullable(Type.String()),
  }),
  diagnosisDate: Type.String(),
  icd10: Type.String(),
  topography: Nullable(Type.String()),
  morphology: Nullable(Type.String()),
  basis: Nullable(Type.Integer()),
  stage: Nullable(Type.String()),
  vitalStatus: Nullable(Type.Integer()),
  lastContactDate: Nullable(Type.String()),
  causeOfDeath: Nullable(Type.String()),
  institutionName: Nullable(Type.String()),
  sourceId: Nullable(Type.String()),
});
export type TumourDetail = Static<typeof TumourDetail>;

/** Why the caller reads identified data (PIPL: purpose limitation); recorded in the audit entry. */
export const PurposeQuery = Type.Object({ purpose: Type.Optional(Type.String({ maxLength: 200 })) });
