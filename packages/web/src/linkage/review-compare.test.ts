import type { LinkageRecordView } from '@orca/contract';
import { describe, expect, it } from 'vitest';
import { compareRecords, explanationChartOption, probabilityOfWeight, runProgress } from './review-compare';

const report: LinkageRecordView = {
  kind: 'report',
  id: 'r1',
  personId: 'p1',
  sourceId: 'H1-1',
  name: '王伟',
  idNumber: '36010219500110001X',
  sex: 1,
  birthDate: '1950-01-10',
  regionCode: '360102',
  regionName: '东湖区',
  icd10: 'C34.1',
  eventDate: '2021-02-15',
  institutionName: '东湖区人民医院',
};

describe('compareRecords', () => {
  it('marks differing fields and leaves missing ones unmarked', () => {
    const other = {
      ...report,
      id: 'r2',
      sourceId: 'H2-9',
      idNumber: null,
      birthDate: '1950-10-01',
      icd10: 'C34',
    };
    const rows = compareRecords(report, other);
    const byField = Object.fromEntries(rows.map((r) => [r.field, r]));
    expect(byField.birthDate).toMatchObject({ differs: true, missing: false });
    expect(byField.idNumber).toMatchObject({ differs: false, missing: true });
    expect(byField.name!.differs).toBe(false);
    // Same ICD-10 category: not a difference for the linker.
    expect(byField.icd10!.differs).toBe(false);
    expect(byField.sourceId!.differs).toBe(false);
  });
});

describe('explanationChartOption', () => {
  it('draws the prior and one bar per field, green for and red against', () => {
    const option = explanationChartOption(
      [
        { field: 'name', level: 'exact', m: 0.9, u: 0.001, weight: 9.81, termFrequencyAdjusted: true },
        { field: 'birthDate', level: 'other', m: 0.01, u: 0.9, weight: -6.49, termFrequencyAdjusted: false },
      ],
      -12.3,
      { prior: '先验', name: '姓名', birthDate: '出生日期' },
    );
    expect((option.yAxis as { data: string[] }).data).toEqual(['先验', '姓名', '出生日期']);
    const series = (option.series as { data: { value: number; itemStyle: { color: string } }[] }[])[0]!;
    expect(series.data.map((d) => d.value)).toEqual([-12.3, 9.81, -6.49]);
    expect(series.data.map((d) => d.itemStyle.color)).toEqual(['#cf1322', '#389e0d', '#cf1322']);
  });
});

describe('probabilityOfWeight and runProgress', () => {
  it('turns 0 bits into even odds and 6 bits into about 0.985', () => {
    expect(probabilityOfWeight(0)).toBe(0.5);
    expect(probabilityOfWeight(6)).toBeCloseTo(64 / 65, 12);
  });

  it('shows a finished run full and a failed one as an exception', () => {
    expect(runProgress({ status: 'running', progress: 0.456 })).toEqual({ percent: 46, status: 'active' });
    expect(runProgress({ status: 'done', progress: 0.9 })).toEqual({ percent: 100, status: 'success' });
    expect(runProgress({ status: 'failed', progress: 0.2 }).status).toBe('exception');
  });
});
