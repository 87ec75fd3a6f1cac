import { Button, Space } from 'antd';
import { MapChart, ScatterChart } from 'echarts/charts';
import { MarkLineComponent, ToolboxComponent, VisualMapComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useTranslation } from 'react-i18next';
import { echarts } from '../components/echarts-setup';
import { useEChart } from '../components/useEChart';
import type { AnalyticsChartOption } from './charts';

// The explorer needs more of ECharts than the dashboard: maps, scatter, toolbox, visual map, SVG.
echarts.use([MapChart, ScatterChart, MarkLineComponent, ToolboxComponent, VisualMapComponent, SVGRenderer]);

/** Props of `AnalyticsChart`. */
export interface AnalyticsChartProps {
  option: AnalyticsChartOption;
  height?: number;
  ariaLabel: string;
  fileName: string;
  'data-testid'?: string;
}

/**
 * One explorer chart: the option from a pure builder, the toolbox's PNG export, and an SVG export
 * that renders the same option off-screen with the SVG renderer.
 */
export function AnalyticsChart({
  option,
  height = 380,
  ariaLabel,
  fileName,
  'data-testid': testId,
}: AnalyticsChartProps) {
  const { t } = useTranslation();
  const { container, chart } = useEChart(option);

  const download = (url: string, extension: string) => {
    const a = document.createElement('a');
    a.href = url;
    a.download = `${fileName}.${extension}`;
    a.click();
  };

  const exportSvg = () => {
    const element = container.current;
    if (!element) return;
    const box = document.createElement('div');
    box.style.cssText = `position:fixed;left:-10000px;width:${element.clientWidth}px;height:${height}px`;
    document.body.appendChild(box);
    const svg = echarts.init(box, undefined, { renderer: 'svg' });
    svg.setOption({ ...option, animation: false, toolbox: { show: false } } as never);
    download(svg.getDataURL({ type: 'svg' }), 'svg');
    svg.dispose();
    box.remove();
  };

  return (
    <div>
      <Space style={{ marginBottom: 4 }}>
        <Button
          size="small"
          data-testid={testId ? `${testId}-png` : undefined}
          onClick={() =>
            chart.current &&
            download(chart.current.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }), 'png')
          }
        >
          {t('analytics.exportPng')}
        </Button>
        <Button size="small" data-testid={testId ? `${testId}-svg` : undefined} onClick={exportSvg}>
          {t('analytics.exportSvg')}
        </Button>
      </Space>
      <div
        ref={container}
        role="img"
        aria-label={ariaLabel}
        data-testid={testId}
        style={{ width: '100%', height }}
      />
    </div>
  );
}
