import { ActionIcon, Group, Popover, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CoverageFigure } from '../../../core/api/coverage.ts';
import { formatNumber } from '../format.ts';
import { denominatorShort, formatPercent } from './coverage-format.ts';
import { FigureDetails } from './FigureDetails.tsx';
import { useFigureLabel } from './figure-label.ts';

// A figure in a table: its numbers and a short source line, and a button opening the full
// source (and the way to its people) in a popover. Keyboard: the button is a tab stop; Escape closes.

export function FigureNumbers({ figure }: { figure: CoverageFigure }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" span style={{ whiteSpace: 'nowrap' }}>
      {formatNumber(figure.numerator)} {t('cakupan.figure.of')} {figure.denominator ? formatNumber(figure.denominator.value) : '—'}
    </Text>
  );
}

/** `whole`: the short source wraps rather than being cut (a card with room below, not a table cell). */
export function FigureSourceButton({ figure, whole = false }: { figure: CoverageFigure; whole?: boolean }) {
  const { t } = useTranslation();
  const labelOf = useFigureLabel();
  const short = `${denominatorShort(t, figure)}${figure.numeratorSource === 'orang' ? '' : ` · ${t(figure.numeratorSource === 'campuran' ? 'cakupan.figure.mixedShort' : 'cakupan.figure.aggregateShort')}`}`;
  return (
    <Group gap={4} wrap="nowrap" align="flex-start">
      {/* Two lines at most: in the half-width tables (per segmen) one line cut "tanpa penyebut" to "tanpa…". */}
      <Text size="xs" c="dimmed" {...(whole ? {} : { lineClamp: 2, title: short })} data-testid="figure-source-short">
        {short}
      </Text>
      <Popover width={340} position="bottom-end" withArrow shadow="md" trapFocus returnFocus>
        <Popover.Target>
          <ActionIcon className="coverage-no-print" size="sm" variant="subtle" aria-label={t('cakupan.figure.sourceOf', { label: labelOf(figure) })} data-testid="figure-source-open">
            <InfoIcon />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>
          <Text fw={600} size="sm" mb={4}>
            {labelOf(figure)}: {formatPercent(figure.percent)}
          </Text>
          <FigureDetails figure={figure} size="xs" />
        </Popover.Dropdown>
      </Popover>
    </Group>
  );
}

/** A circled "i" (no icon font in the app: drawn, so it prints and shows on every machine). */
function InfoIcon() {
  return (
    <svg width="15" height="15" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5">
      <circle cx="8" cy="8" r="6.75" />
      <line x1="8" y1="7" x2="8" y2="11.5" strokeLinecap="round" />
      <circle cx="8" cy="4.75" r="0.6" fill="currentColor" />
    </svg>
  );
}
