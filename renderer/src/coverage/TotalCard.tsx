import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CoverageFigure } from '../../../core/api/coverage.ts';
import { formatNumber } from '../format.ts';
import { formatPercent } from './coverage-format.ts';
import { FigureDetails } from './FigureDetails.tsx';
import { useFigureLabel } from './figure-label.ts';

// The area's total: the percent large, participants of the denominator, and beside them what
// the figure was made of (denominator, source, date, people or aggregate, data date).

export function TotalCard({ figure }: { figure: CoverageFigure }) {
  const { t } = useTranslation();
  const labelOf = useFigureLabel();
  return (
    <Paper withBorder p="md" data-testid="coverage-total">
      <Group align="flex-start" justify="space-between" wrap="wrap" gap="xl">
        <Stack gap={0}>
          <Text size="sm" c="dimmed">
            {t('cakupan.sections.total')} · {labelOf(figure)}
          </Text>
          {/* A figure, not a heading (the page's one h1 is its title), as large as one. */}
          <Text fz="h1" lh="h1" fw={700} ff="heading" c="blue.8" data-testid="coverage-total-percent">
            {formatPercent(figure.percent)}
          </Text>
          <Text size="lg" data-testid="coverage-total-numbers">
            {formatNumber(figure.numerator)} {t('cakupan.figure.of')} {figure.denominator ? formatNumber(figure.denominator.value) : '—'}
          </Text>
        </Stack>
        <div style={{ flex: 1, minWidth: 280, maxWidth: 560 }}>
          <FigureDetails figure={figure} />
        </div>
      </Group>
    </Paper>
  );
}
