import type { AgCartesianChartOptions } from 'ag-charts-community';
import { useTranslation } from 'react-i18next';
import type { CoverageFigure } from '../../../core/api/coverage.ts';
import { formatPercent } from './coverage-format.ts';
import { CoverageChart, percentAxisLabel } from './CoverageChart.tsx';

// Coverage by kecamatan as bars of their percent, highest first (a target as a line where set).

export function KecamatanChart({ figures, targetPercent }: { figures: CoverageFigure[]; targetPercent: number | null }) {
  const { t } = useTranslation();
  const data = figures.filter((f) => f.percent !== null).sort((a, b) => (b.percent ?? 0) - (a.percent ?? 0)).map((f) => ({ label: f.label, percent: f.percent }));
  const options: AgCartesianChartOptions = {
    data,
    series: [{ type: 'bar', xKey: 'label', yKey: 'percent', yName: t('cakupan.chart.percent'), label: { formatter: ({ value }: { value: number }) => formatPercent(value) } }],
    axes: {
      x: { type: 'category', position: 'bottom' },
      y: {
        type: 'number',
        position: 'left',
        label: percentAxisLabel,
        ...(targetPercent !== null ? { crossLines: [{ type: 'line', value: targetPercent, stroke: '#e8590c', lineDash: [6, 4], label: { text: t('cakupan.targets.line', { value: formatPercent(targetPercent) }), position: 'right' } }] } : {}),
      },
    },
    legend: { enabled: false },
  };
  return <CoverageChart options={options} label={t('cakupan.sections.kecamatan')} testId="coverage-kecamatan-chart" height={Math.max(260, 40 + data.length * 8)} />;
}
