import { type Static, Type } from 'typebox';

/**
 * A count that may be suppressed: officials and the public never see a cell under 5 cases
 * (identification risk), so `value` is null and `suppressed` true there.
 */
export const Count = Type.Object({
  value: Type.Union([Type.Integer(), Type.Null()]),
  suppressed: Type.Boolean(),
});
export type Count = Static<typeof Count>;

export const RegistrySummary = Type.Object({
  regionCode: Type.String(),
  regionName: Type.String(),
  tumours: Type.Integer(),
  persons: Type.Integer(),
  deaths: Type.Integer(),
  yearFrom: Type.Union([Type.Integer(), Type.Null()]),
  yearTo: Type.Union([Type.Integer(), Type.Null()]),
  byYear: Type.Array(Type.Object({ year: Type.Integer(), cases: Count })),
  topSites: Type.Array(
    Type.Object({ siteId: Type.Integer(), zh: Type.String(), en: Type.String(), cases: Count }),
  ),
  byRegion: Type.Array(Type.Object({ regionCode: Type.String(), regionName: Type.String(), cases: Count })),
  mvPct: Type.Union([Type.Number(), Type.Null()]),
  dcoPct: Type.Union([Type.Number(), Type.Null()]),
});
export type RegistrySummary = Static<typeof RegistrySummary>;

export const SummaryQuery = Type.Object({ regionCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })) });
