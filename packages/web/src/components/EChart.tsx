import { useEffect, useRef } from 'react';
import type { ChartOption } from './chart-option';
import { echarts } from './echarts-setup';

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

/**
 * One ECharts instance bound to a div: created on mount, resized with its container, disposed on
 * unmount, and given each new `option` whole (notMerge) so removed series really disappear.
 */
export function EChart({ option, height = 320, ariaLabel, 'data-testid': testId }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    // The container changes size with the window and with the collapsible side menu.
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

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
