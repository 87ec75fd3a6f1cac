import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/**
 * An ECharts option limited to the chart types and components registered in `echarts-setup.ts`, so a
 * pure option builder cannot ask for something the tree-shaken bundle lacks.
 */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | TitleComponentOption
  | LegendComponentOption
  | AriaComponentOption
>;
