import { Progress, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CoverageFigure } from '../../../core/api/coverage.ts';
import { percentColour } from './colour-scale.ts';
import { formatPercent } from './coverage-format.ts';
import { FigureNumbers, FigureSourceButton } from './FigureCell.tsx';
import { useFigureLabel } from './figure-label.ts';

// Figures of one breakdown as a table: name, participants of the denominator, percent (as a
// colour-scaled cell or a bar), and the source with its popover. Printable as it is.

interface Props {
  figures: CoverageFigure[];
  /** The percent cell's background by its value (the desa table). */
  colourScale?: boolean;
  /** A bar under the percent (segment and category splits). */
  bars?: boolean;
  /** A column with each figure's kecamatan (the desa table). */
  kecamatanOf?: (figure: CoverageFigure) => string | null;
  testId: string;
}

export function FigureTable({ figures, colourScale = false, bars = false, kecamatanOf, testId }: Props) {
  const { t } = useTranslation();
  const labelOf = useFigureLabel();
  if (figures.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('cakupan.sections.empty')}
      </Text>
    );
  return (
    <Table striped={!colourScale} withTableBorder verticalSpacing={4} fz="sm" data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('cakupan.columns.label')}</Table.Th>
          {kecamatanOf ? <Table.Th>{t('cakupan.columns.kecamatan')}</Table.Th> : null}
          <Table.Th ta="right">
            {t('cakupan.columns.numerator')} / {t('cakupan.columns.denominator')}
          </Table.Th>
          <Table.Th ta="right" w={110}>
            {t('cakupan.columns.percent')}
          </Table.Th>
          <Table.Th>{t('cakupan.columns.source')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {figures.map((f) => (
          <Table.Tr key={f.key} data-testid="figure-row" data-key={f.key}>
            <Table.Td>{labelOf(f)}</Table.Td>
            {kecamatanOf ? <Table.Td c="dimmed">{kecamatanOf(f) ?? '—'}</Table.Td> : null}
            <Table.Td ta="right">
              <FigureNumbers figure={f} />
            </Table.Td>
            <Table.Td ta="right" style={colourScale ? percentColour(f.percent) : undefined} data-testid="figure-percent">
              {formatPercent(f.percent)}
              {bars && f.percent !== null ? <Progress value={Math.min(f.percent, 100)} size="sm" mt={2} aria-hidden /> : null}
            </Table.Td>
            <Table.Td maw={320}>
              <FigureSourceButton figure={f} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
