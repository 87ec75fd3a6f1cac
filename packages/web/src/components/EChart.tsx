import type { ChartOption } from './chart-option';
import { useEChart } from './useEChart';

/** Props of `EChart`. */
export interface EChartProps {
  /** The full option; built by a pure, tested function. Replaced (not merged) on change. */
  option: ChartOption;
  /** CSS height of the chart; width follows the container. */
  height?: number | string;
  /** Accessible name of the chart (also used as `aria-label` of the canvas container). */
  ariaLabel?: string;
  'data-testid'?: string;
}

/** A chart for an option built by a pure, tested function (lifecycle in `useEChart`). */
export function EChart({ option, height = 320, ariaLabel, 'data-testid': testId }: EChartProps) {
  const { container } = useEChart(option);
  return (
    <div
      ref={container}
      role="img"
      aria-label={ariaLabel}
      data-testid={testId}
      style={{ width: '100%', height }}
    />
  );
}
