import { Alert, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../api/error-text.ts';
import { CoverageSection } from './CoverageSection.tsx';
import { useCoverageTrend } from './queries.ts';
import { TrendChart } from './TrendChart.tsx';

// The trend section: the 24 months up to the day shown.

function monthsBefore(month: string, count: number): string {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 - count, 1)).toISOString().slice(0, 7);
}

export function CoverageTrend({ at, areaCode }: { at: string; areaCode: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const to = at.slice(0, 7);
  const trend = useCoverageTrend({ areaCode, from: monthsBefore(to, 23), to });
  return (
    <CoverageSection title={t('cakupan.sections.trend')} hint={t('cakupan.sections.trendHint')} testId="coverage-trend">
      {trend.isPending ? <Loader size="sm" /> : trend.isError ? <Alert color="red">{errorText(trend.error)}</Alert> : <TrendChart points={trend.data} label={t('cakupan.sections.trend')} testId="coverage-trend-chart" />}
    </CoverageSection>
  );
}
