import { Alert, Loader, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../api/error-text.ts';
import { formatNumber } from '../format.ts';
import { formatChange, formatPercent, formatPoints } from './coverage-format.ts';
import { useSnapshotDifference } from './queries.ts';
import { useFigureLabel } from './figure-label.ts';

// A frozen month beside a recount of the same day: each figure then and now, the change in
// people and in percentage points. Rows that changed are marked.

const numbers = (n: { numerator: number; denominator: number | null; percent: number | null }) => `${formatNumber(n.numerator)} / ${n.denominator === null ? '—' : formatNumber(n.denominator)} · ${formatPercent(n.percent)}`;

export function SnapshotDifferenceTable({ uid }: { uid: string }) {
  const { t } = useTranslation();
  const labelOf = useFigureLabel();
  const errorText = useErrorText();
  const difference = useSnapshotDifference(uid);
  if (difference.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (difference.isError) return <Alert color="red">{errorText(difference.error)}</Alert>;
  const rows = difference.data;
  if (rows.every((r) => r.numeratorChange === 0 && (r.percentChange ?? 0) === 0))
    return (
      <Text size="sm" data-testid="snapshot-no-difference">
        {t('cakupan.snapshot.none')}
      </Text>
    );
  return (
    <Table withTableBorder verticalSpacing={4} fz="sm" data-testid="snapshot-difference">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('cakupan.columns.label')}</Table.Th>
          <Table.Th ta="right">{t('cakupan.snapshot.frozen')}</Table.Th>
          <Table.Th ta="right">{t('cakupan.snapshot.now')}</Table.Th>
          <Table.Th ta="right">{t('cakupan.snapshot.change')}</Table.Th>
          <Table.Th ta="right">{t('cakupan.snapshot.points')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key} data-testid="snapshot-difference-row" fw={r.numeratorChange !== 0 ? 600 : undefined}>
            <Table.Td>{labelOf(r)}</Table.Td>
            <Table.Td ta="right">{numbers(r.frozen)}</Table.Td>
            <Table.Td ta="right">{numbers(r.now)}</Table.Td>
            <Table.Td ta="right">{formatChange(r.numeratorChange)}</Table.Td>
            <Table.Td ta="right">{formatPoints(r.percentChange)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
