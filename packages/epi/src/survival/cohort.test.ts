// Dates and expected subjects from `Rscript fixtures/r/survival-reference.R` (packages/epi).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSurvivalCohort, icd10Category } from './cohort';

interface Subjects {
  time: number[];
  status: number[];
  sex: number[];
  age_days: number[];
  diag_day: number[];
  entry: number[] | null;
  birth: string[];
  diag: string[];
  last: string[];
  vital: number[];
}
interface Source {
  birth: string[];
  diag: string[];
  last: string[];
  sex: number[];
  vital: number[];
}
const reference = JSON.parse(
  readFileSync(new URL('../../fixtures/survival-reference.json', import.meta.url), 'utf8'),
) as {
  datasets: { name: string; subjects: Subjects }[];
  period: Source & { start: string; end: string } & { source: Source };
};

const recordsOf = (s: Source) =>
  s.birth.map((birth, i) => ({
    id: String(i),
    birth_date: birth,
    diagnosis_date: s.diag[i],
    last_contact_date: s.last[i],
    sex: String(s.sex[i]),
    vital_status: String(s.vital[i]),
    icd10: 'C16.9',
    basis: '7',
  }));

describe('buildSurvivalCohort', () => {
  it('computes follow-up, age in days and the 0.5-day rule as R does for the edge cases', () => {
    const edge = reference.datasets.find((d) => d.name === 'edge')!.subjects;
    const { subjects, excluded } = buildSurvivalCohort(recordsOf(edge));
    expect(excluded).toEqual([]);
    expect(subjects.map((s) => s.timeDays)).toEqual(edge.time);
    expect(subjects.map((s) => s.ageDays)).toEqual(edge.age_days);
    expect(subjects.map((s) => s.diagnosisDay)).toEqual(edge.diag_day);
    expect(subjects.map((s) => (s.died ? 1 : 0))).toEqual(edge.status);
    // Born 1932-02-29, diagnosed 2010-03-01: 78 completed years (birthday taken as 1 March).
    expect(subjects[11]!.ageYears).toBe(78);
    expect(subjects[0]!.timeDays).toBe(0.5);
  });

  it('restricts follow-up to the period window with delayed entry, as the R period data', () => {
    const period = reference.datasets.find((d) => d.name === 'period')!.subjects;
    const { subjects, excluded } = buildSurvivalCohort(recordsOf(reference.period.source), {
      period: { start: reference.period.start, end: reference.period.end },
    });
    expect(subjects.map((s) => s.timeDays)).toEqual(period.time);
    expect(subjects.map((s) => s.entryDays)).toEqual(period.entry);
    expect(subjects.map((s) => (s.died ? 1 : 0))).toEqual(period.status);
    expect(excluded).toEqual([
      { reason: 'outside_period', count: reference.period.source.birth.length - period.time.length },
    ]);
  });

  it('counts a death on the first day of the window and not one on the day before', () => {
    const base = {
      birth_date: '1950-01-01',
      diagnosis_date: '2018-06-01',
      sex: '1',
      vital_status: '2',
      icd10: 'C34',
      basis: '7',
    };
    const { subjects, excluded } = buildSurvivalCohort(
      [
        { ...base, last_contact_date: '2020-01-01' },
        { ...base, last_contact_date: '2019-12-31' },
      ],
      { period: { start: '2020-01-01', end: '2024-12-31' } },
    );
    expect(subjects).toHaveLength(1);
    expect(subjects[0]).toMatchObject({ died: true, entryDays: 578, timeDays: 579 });
    expect(excluded).toEqual([{ reason: 'outside_period', count: 1 }]);
  });

  it('rejects a period whose end precedes its start', () => {
    expect(() => buildSurvivalCohort([], { period: { start: '2024-01-01', end: '2020-01-01' } })).toThrow(
      RangeError,
    );
  });

  it('reads the 3-character ICD-10 category with or without the dot', () => {
    expect(icd10Category('c16.9')).toBe('C16');
    expect(icd10Category('C20')).toBe('C20');
    expect(icd10Category('16.9')).toBeNull();
  });
});
