import type {
  AnalyticsMeasure,
  AnalyticsSex,
  AnalyticsStandard,
  AnalyticsSurvivalMethod,
  MapLevel,
} from '@orca/contract';
import type { QueryParams } from '../app/api-client';

/** The explorer's control panel (issue #6 part 4). */
export interface ExplorerFilter {
  measure: AnalyticsMeasure;
  /** `ALL`, `ALL_EXC_C44`, `G1`…`G26` (contract `SitePattern`). */
  site: string;
  sex: AnalyticsSex;
  yearFrom: number;
  yearTo: number;
  /** Undefined = the user's own region. */
  regionCode: string | undefined;
  standard: AnalyticsStandard;
}

/** Options of the tabs that need more than the filter. */
export interface TabOptions {
  survivalMethod: AnalyticsSurvivalMethod;
  survivalBy: 'sex' | 'site' | 'none';
  mapLevel: MapLevel;
  mapMeasure: 'crudeRate' | 'asr' | 'smoothedSir';
  ageLogScale: boolean;
}

/**
 * The default filter: incidence of all cancers, both sexes, the last five complete years before
 * `currentYear`, the user's region, China 2000 standard.
 *
 * @param currentYear - this year (an argument: no clock here).
 * @returns the filter.
 */
export function defaultFilter(currentYear: number): ExplorerFilter {
  return {
    measure: 'incidence',
    site: 'ALL',
    sex: 'all',
    yearFrom: currentYear - 5,
    yearTo: currentYear - 1,
    regionCode: undefined,
    standard: 'china2000',
  };
}

/** The query string of an analytics route for a filter (empty region left out). */
export function filterQuery(filter: ExplorerFilter, extra: QueryParams = {}): QueryParams {
  return {
    measure: filter.measure,
    site: filter.site,
    sex: filter.sex,
    yearFrom: filter.yearFrom,
    yearTo: filter.yearTo,
    regionCode: filter.regionCode,
    standard: filter.standard,
    ...extra,
  };
}

/** The 26 annual-report site groups as selector values `G1`…`G26`. */
export const SITE_GROUP_VALUES: readonly string[] = Array.from({ length: 26 }, (_, i) => `G${i + 1}`);
