import type { AgCartesianChartOptions } from 'ag-charts-community';
import { useTranslation } from 'react-i18next';
import type { TrendPoint } from '../../../core/api/coverage.ts';
import { formatMonth } from './coverage-format.ts';
import { CoverageChart, peopleAxisLabel, percentAxisLabel } from './CoverageChart.tsx';

// Coverage by month: the percent (left axis) and the participants (right axis) as lines; a
// marked month (a rule's effective date) as a dashed cross-line with its label.

export interface TrendMark {
  month: string;
  label: string;
}

export function TrendChart({ points, mark, label, testId }: { points: TrendPoint[]; mark?: TrendMark; label: string; testId: string }) {
  const { t, i18n } = useTranslation();
  // The percent drawn from its parts, not as rounded for the tables (two decimals): a few hundred
  // people in 180,000 read 0,14 % month after month while the people line rose.
  const data = points.map((p) => ({ month: formatMonth(p.month, i18n.language), percent: p.denominator?.value ? (p.numerator / p.denominator.value) * 100 : p.percent, people: p.numerator }));
  const options: AgCartesianChartOptions = {
    data,
    series: [
      { type: 'line', xKey: 'month', yKey: 'percent', yName: t('cakupan.chart.percent'), marker: { size: 5 } },
      { type: 'line', xKey: 'month', yKey: 'people', yName: t('cakupan.chart.people'), yKeyAxis: 'people', marker: { size: 4 }, lineDash: [4, 3] },
    ],
    axes: {
      x: {
        type: 'category',
        position: 'bottom',
        label: { rotation: -45 },
        ...(mark ? { crossLines: [{ type: 'line', value: formatMonth(mark.month, i18n.language), stroke: '#c92a2a', strokeWidth: 2, lineDash: [6, 4], label: { text: mark.label, position: 'top' } }] } : {}),
      },
      y: { type: 'number', position: 'left', title: { text: t('cakupan.chart.percent') }, label: percentAxisLabel },
      people: { type: 'number', position: 'right', title: { text: t('cakupan.chart.people') }, label: peopleAxisLabel },
    },
    legend: { position: 'bottom' },
  };
  return <CoverageChart options={options} label={label} testId={testId} height={320} />;
}
