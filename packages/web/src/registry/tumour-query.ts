import type { TumourListQuery } from '@orca/contract';

/** Page sizes offered by the report table; the server allows up to 500. */
export const PAGE_SIZES = [10, 20, 50, 100] as const;

/** Rows per page when the URL does not say. */
export const DEFAULT_PAGE_SIZE = 20;

/** GB/T 2261.1 sex codes a filter may use (domain.md §2.2). */
export const SEX_CODES = [1, 2, 0, 9] as const;

/** The report list's filters: the contract query with page and page size always set. */
export interface TumourFilters extends TumourListQuery {
  page: number;
  pageSize: number;
}

const ICD10 = /^[A-Z]\d{2}(\.\d{0,2})?$/;

/**
 * An ICD-10 filter as the server expects it: upper case, no spaces (`c16 .9` → `C16.9`).
 *
 * @param raw - what the user typed.
 * @returns the code, or undefined if it is empty or not an ICD-10 code (letter, two digits, optional .x).
 */
export function normaliseIcd10(raw: string | null | undefined): string | undefined {
  const code = (raw ?? '').replace(/\s+/g, '').toUpperCase();
  return ICD10.test(code) ? code : undefined;
}

function intParam(params: URLSearchParams, key: string): number | undefined {
  const raw = params.get(key);
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}

function textParam(params: URLSearchParams, key: string, maxLength: number): string | undefined {
  const text = params.get(key)?.trim();
  return text && text.length <= maxLength ? text : undefined;
}

/**
 * The filters held in the page URL, so that reload, the back button and the return after a re-login
 * keep them. Anything malformed is dropped rather than sent to the server to be refused.
 *
 * @param params - `location.search` as URLSearchParams.
 * @returns the filters, page 1 and the default page size when absent.
 */
export function parseTumourFilters(params: URLSearchParams): TumourFilters {
  const page = intParam(params, 'page');
  const pageSize = intParam(params, 'pageSize');
  const year = intParam(params, 'year');
  const sex = intParam(params, 'sex');
  const regionCode = params.get('regionCode') ?? '';
  return {
    page: page !== undefined && page >= 1 ? page : 1,
    pageSize: PAGE_SIZES.find((size) => size === pageSize) ?? DEFAULT_PAGE_SIZE,
    regionCode: /^\d{6}$/.test(regionCode) ? regionCode : undefined,
    icd10: normaliseIcd10(params.get('icd10')),
    year: year !== undefined && year >= 1900 && year <= 2100 ? year : undefined,
    sex: SEX_CODES.find((code) => code === sex),
    // ID numbers end in X as often in lower case as upper when typed; the blind index is of the upper form.
    idNumber: textParam(params, 'idNumber', 20)?.toUpperCase(),
    name: textParam(params, 'name', 50),
  };
}

/**
 * The URL form of the filters, leaving out defaults so the address stays short.
 *
 * @param filters - current filters.
 * @returns search params for `setSearchParams`.
 */
export function tumourFiltersToParams(filters: TumourFilters): URLSearchParams {
  const params = new URLSearchParams();
  const entries: [string, string | number | undefined][] = [
    ['regionCode', filters.regionCode],
    ['icd10', filters.icd10],
    ['year', filters.year],
    ['sex', filters.sex],
    ['idNumber', filters.idNumber],
    ['name', filters.name],
    ['page', filters.page === 1 ? undefined : filters.page],
    ['pageSize', filters.pageSize === DEFAULT_PAGE_SIZE ? undefined : filters.pageSize],
  ];
  for (const [key, value] of entries) if (value !== undefined && value !== '') params.set(key, String(value));
  return params;
}
