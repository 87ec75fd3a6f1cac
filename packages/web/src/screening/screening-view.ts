import type { IndicatorValue, Questionnaire, TaskView } from '@orca/contract';
import { PRIMARY_COLOUR } from '../app/theme';
import type { ChartOption } from '../components/chart-option';

/** Texts the indicator chart needs, already translated, so the builder stays pure. */
export interface IndicatorChartTexts {
  title: string;
  names: Record<string, string>;
}

/**
 * The bar chart of indicator proportions in per cent. Suppressed or undefined proportions (no
 * denominator, small cells for officials) are drawn at 0 in grey with a "<5"/"—" label, never left out.
 *
 * @param values - indicator values from the API.
 * @param texts - translated title and indicator names.
 * @returns the ECharts option.
 */
export function indicatorChartOption(
  values: readonly IndicatorValue[],
  texts: IndicatorChartTexts,
): ChartOption {
  return {
    aria: { enabled: true, label: { description: texts.title } },
    title: { text: texts.title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    grid: { left: 140, right: 40, top: 40, bottom: 20 },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: values.map((v) => texts.names[v.indicator] ?? v.indicator),
    },
    series: [
      {
        type: 'bar',
        name: texts.title,
        data: values.map((v) =>
          v.proportion === null
            ? {
                value: 0,
                label: { show: true, formatter: v.numerator === null ? '<5' : '—' },
                itemStyle: { color: '#bfbfbf' },
              }
            : { value: Math.round(v.proportion * 1000) / 10, itemStyle: { color: PRIMARY_COLOUR } },
        ),
        label: { show: true, position: 'right', formatter: '{c}%' },
      },
    ],
  };
}

/**
 * A proportion as a percentage with one decimal, or a dash when it is not defined.
 *
 * @param proportion - 0…1 or null.
 * @returns e.g. "66.7%".
 */
export function formatProportion(proportion: number | null): string {
  return proportion === null ? '—' : `${(proportion * 100).toFixed(1)}%`;
}

/**
 * The status of a task for the task list's highlighting.
 *
 * @param task - task from the API (the server sets `overdue` from the China calendar date).
 * @returns overdue (red), open or done.
 */
export function taskStatus(task: Pick<TaskView, 'overdue' | 'completedOn'>): 'overdue' | 'open' | 'done' {
  if (task.completedOn !== null) return 'done';
  return task.overdue ? 'overdue' : 'open';
}

/**
 * The questions of a questionnaire that apply to a person of this sex.
 *
 * @param questionnaire - the versioned questionnaire.
 * @param sex - 1 male, 2 female.
 * @returns the questions in order.
 */
export function questionsFor(questionnaire: Questionnaire, sex: number): Questionnaire['questions'] {
  return questionnaire.questions.filter((q) => q.sex === null || q.sex === sex);
}

/**
 * The sex and birth date written in a GB 11643 resident ID, to prefill the enrolment form.
 *
 * @param id - 18-character resident ID, possibly partial.
 * @returns the values, or null while the ID is incomplete.
 */
export function fromResidentId(id: string): { sex: 1 | 2; birthDate: string } | null {
  const s = id.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return null;
  const birthDate = `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`;
  return { sex: Number(s[16]) % 2 === 1 ? 1 : 2, birthDate };
}
