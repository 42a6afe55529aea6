import type { AgCartesianChartOptions } from 'ag-charts-community';
import { useTranslation } from 'react-i18next';
import type { CoverageFigure } from '../../../core/api/coverage.ts';
import { formatPercent } from './coverage-format.ts';
import { Stack, Text } from '@mantine/core';
import { formatNumber } from '../format.ts';
import { CoverageChart, peopleAxisLabel, percentAxisLabel } from './CoverageChart.tsx';
import { useFigureLabel } from './figure-label.ts';

// Coverage by kecamatan as bars of their percent, highest first (a target as a line where set).
// Before any kecamatan has a denominator the bars are its participants, and the chart says so.

export function KecamatanChart({ figures, targetPercent }: { figures: CoverageFigure[]; targetPercent: number | null }) {
  const { t } = useTranslation();
  const labelOf = useFigureLabel();
  const byPercent = figures.some((f) => f.percent !== null);
  const value = (f: CoverageFigure) => (byPercent ? f.percent : f.numerator);
  const data = figures
    .filter((f) => value(f) !== null)
    .sort((a, b) => (value(b) ?? 0) - (value(a) ?? 0))
    .map((f) => ({ label: labelOf(f), value: value(f) }));
  const options: AgCartesianChartOptions = {
    data,
    series: [
      {
        type: 'bar',
        xKey: 'label',
        yKey: 'value',
        yName: t(byPercent ? 'cakupan.chart.percent' : 'cakupan.chart.people'),
        label: { formatter: ({ value: v }: { value: number }) => (byPercent ? formatPercent(v) : formatNumber(v)) },
      },
    ],
    axes: {
      x: { type: 'category', position: 'bottom' },
      y: {
        type: 'number',
        position: 'left',
        label: byPercent ? percentAxisLabel : peopleAxisLabel,
        ...(byPercent && targetPercent !== null ? { crossLines: [{ type: 'line', value: targetPercent, stroke: '#e8590c', lineDash: [6, 4], label: { text: t('cakupan.targets.line', { value: formatPercent(targetPercent) }), position: 'right' } }] } : {}),
      },
    },
    legend: { enabled: false },
  };
  const chart = <CoverageChart options={options} label={t('cakupan.sections.kecamatan')} testId="coverage-kecamatan-chart" height={Math.max(260, 40 + data.length * 8)} />;
  if (byPercent || !data.length) return chart;
  return (
    <Stack gap={4}>
      <Text size="sm" c="dimmed" data-testid="coverage-kecamatan-no-percent">
        {t('cakupan.chart.noPercent')}
      </Text>
      {chart}
    </Stack>
  );
}
