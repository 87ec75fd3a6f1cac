import { describe, expect, it } from 'vitest';
import {
  formatProportion,
  fromResidentId,
  indicatorChartOption,
  questionsFor,
  taskStatus,
} from './screening-view';

describe('screening view helpers', () => {
  it('draws suppressed and undefined proportions as grey zero bars with a label', () => {
    const option = indicatorChartOption(
      [
        { indicator: 'positive', numerator: 3, denominator: 4, proportion: 0.75 },
        { indicator: 'assessed', numerator: null, denominator: null, proportion: null },
        { indicator: 'interval_cancer', numerator: 0, denominator: 0, proportion: null },
      ],
      { title: 'T', names: { positive: '阳性率' } },
    );
    const series = (option.series as { data: { value: number; label?: { formatter: string } }[] }[])[0]!;
    expect(series.data.map((d) => d.value)).toEqual([75, 0, 0]);
    expect(series.data[1]!.label!.formatter).toBe('<5');
    expect(series.data[2]!.label!.formatter).toBe('—');
    expect((option.yAxis as { data: string[] }).data).toEqual(['阳性率', 'assessed', 'interval_cancer']);
  });

  it('formats proportions as per cent with one decimal', () => {
    expect(formatProportion(2 / 3)).toBe('66.7%');
    expect(formatProportion(null)).toBe('—');
  });

  it('marks open tasks past their due date as overdue and completed ones as done', () => {
    expect(taskStatus({ overdue: true, completedOn: null })).toBe('overdue');
    expect(taskStatus({ overdue: false, completedOn: null })).toBe('open');
    expect(taskStatus({ overdue: true, completedOn: '2024-01-01' })).toBe('done');
  });

  it('keeps the questions for the person’s sex', () => {
    const q = {
      version: 'v',
      title: 't',
      rules: [],
      questions: [
        { id: 'a', text: 'a', sex: null, options: [] },
        { id: 'b', text: 'b', sex: 2, options: [] },
      ],
    };
    expect(questionsFor(q, 1).map((x) => x.id)).toEqual(['a']);
    expect(questionsFor(q, 2).map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('reads sex and birth date from a complete resident ID only', () => {
    expect(fromResidentId('11010519491231002X')).toEqual({ sex: 2, birthDate: '1949-12-31' });
    expect(fromResidentId('1101051949')).toBeNull();
  });
});
