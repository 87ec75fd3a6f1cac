import { describe, expect, it } from 'vitest';
import { parseQcFilters, qcFiltersToParams, reportCardPath } from './qc-view';

describe('QC queue filters', () => {
  it('round-trips the filters through the URL', () => {
    const filters = {
      severity: 'warning' as const,
      age: '91+' as const,
      ruleId: 'sex_site',
      institutionId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      page: 3,
    };
    expect(parseQcFilters(qcFiltersToParams(filters))).toEqual(filters);
  });

  it('drops values the server would reject', () => {
    const params = new URLSearchParams('severity=fatal&age=1000&ruleId=%3Cscript%3E&institutionId=x&page=-2');
    expect(parseQcFilters(params)).toEqual({});
    expect(qcFiltersToParams({ page: 1 }).toString()).toBe('');
  });

  it('links a card to the report form route', () => {
    expect(reportCardPath('abc')).toBe('/registry/reports/abc');
  });
});
