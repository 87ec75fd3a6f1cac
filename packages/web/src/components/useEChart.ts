import { type RefObject, useEffect, useRef } from 'react';
import { echarts } from './echarts-setup';

/**
 * One ECharts instance bound to a div: created on mount, resized with its container, disposed on
 * unmount, and given each new option whole (notMerge) so removed series really disappear.
 *
 * @returns the container to render and the instance (null before mount), for exports.
 */
export function useEChart(option: unknown): {
  container: RefObject<HTMLDivElement | null>;
  chart: RefObject<echarts.ECharts | null>;
} {
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
    // Options come from pure, tested builders typed per page; ECharts' own option type is wider.
    chart.current?.setOption(option as never, { notMerge: true });
  }, [option]);

  return { container, chart };
}
