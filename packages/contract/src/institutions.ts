import { type Static, Type } from 'typebox';

export const INSTITUTION_KINDS = [
  'health_commission',
  'cancer_centre',
  'registry',
  'cdc',
  'hospital',
  'screening_site',
  'qc_centre',
  'township_health_centre',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export const RegionView = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: Type.Union([Type.Literal('province'), Type.Literal('prefecture'), Type.Literal('county')]),
  parentCode: Type.Union([Type.String(), Type.Null()]),
});
export type RegionView = Static<typeof RegionView>;

export const InstitutionView = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  kind: Type.Unsafe<InstitutionKind>({ type: 'string', enum: [...INSTITUTION_KINDS] }),
  grade: Type.Union([Type.String(), Type.Null()]),
  regionCode: Type.String(),
  regionName: Type.String(),
});
export type InstitutionView = Static<typeof InstitutionView>;

export const InstitutionQuery = Type.Object({
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
  kind: Type.Optional(Type.String()),
});
