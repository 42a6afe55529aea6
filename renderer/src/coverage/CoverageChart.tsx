import { BarSeriesModule, CartesianChartModule, CategoryAxisModule, CrossLinesModule, LegendModule, LineSeriesModule, NumberAxisModule, type AgCartesianChartOptions } from 'ag-charts-community';
import { AgCharts } from 'ag-charts-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format.ts';

// One place for the dashboard's charts (ag-charts community): the modules they use, the app's
// font, and axis numbers in the interface language's style (tooltips take the axis's
// formatter too). Each chart gives its data, series and axes.

const modules = [CartesianChartModule, LineSeriesModule, BarSeriesModule, CategoryAxisModule, NumberAxisModule, CrossLinesModule, LegendModule];

/** Axis numbers as 130.300 (people) or 65 % (percent); 130,300 in English. */
export const peopleAxisLabel = { formatter: ({ value }: { value: number }) => formatNumber(value) };
export const percentAxisLabel = { formatter: ({ value }: { value: number }) => `${formatNumber(value)} %` };

export function CoverageChart({ options, height = 300, label, testId }: { options: AgCartesianChartOptions; height?: number; label: string; testId: string }) {
  const { t, i18n } = useTranslation();
  const full: AgCartesianChartOptions = {
    ...options,
    animation: { enabled: false },
    background: { visible: false },
    theme: { params: { fontFamily: 'inherit' } },
    // The chart's own words in the app's language (its defaults are English).
    overlays: { noData: { text: t('cakupan.chart.noData') }, noVisibleSeries: { text: t('cakupan.chart.noVisible') } },
  };
  return (
    <div role="img" aria-label={label} data-testid={testId} className="coverage-chart" style={{ height }}>
      {/* Drawn afresh when the language changes, so the axis numbers follow it. */}
      <AgCharts key={i18n.language} options={full} modules={modules} style={{ height: '100%' }} />
    </div>
  );
}
