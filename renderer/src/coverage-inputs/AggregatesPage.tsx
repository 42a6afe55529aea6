import { ActionIcon, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Aggregate } from '../../../core/api/coverage-inputs.ts';
import { useCan } from '../api/auth.ts';
import { useErrorText } from '../api/error-text.ts';
import { formatDay, formatNumber } from '../format.ts';
import { useLookupList } from '../pages/workers/queries.ts';
import { AggregateFormModal } from './AggregateForm.tsx';
import { AreaFilter } from './AreaFilter.tsx';
import { ConfirmAction } from './ConfirmAction.tsx';
import { InputsHeader } from './InputsHeader.tsx';
import './messages.ts';
import { coverageInputPaths } from './paths.ts';
import { useAggregates, useRemoveAggregate } from './queries.ts';
import { ListTable } from '../components/ListTable.tsx';

// Data agregat cakupan: the totals received instead of people, newest date first, each with its
// area, what it narrows to (segment, category, sector, funding), count, date and source.

export function AggregatesPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const canWrite = useCan('records.write');
  const [area, setArea] = useState<string | null>(null);
  const list = useAggregates(area);
  const categories = useLookupList('vulnerable_category');
  const funding = useLookupList('funding_source');
  const [editing, setEditing] = useState<{ row: Aggregate | null } | null>(null);
  const [removing, setRemoving] = useState<Aggregate | null>(null);
  const remove = useRemoveAggregate();
  const label = (list: { code: string; labelId: string }[] | undefined, code: string | null) => (code ? (list?.find((c) => c.code === code)?.labelId ?? code) : null);
  const narrowed = (a: Aggregate) =>
    [a.segment ? t(`cakupanInput.segment.${a.segment}`) : null, label(categories.data, a.category), a.sector ? `KBLI ${a.sector}` : null, label(funding.data, a.funding)].filter(Boolean).join(' · ') || t('cakupanInput.aggregates.allSegments');
  const total = list.data?.reduce((n, a) => n + a.count, 0) ?? 0;

  return (
    <Stack maw={1300}>
      <InputsHeader words="aggregates" onAdd={() => setEditing({ row: null })} importPath={coverageInputPaths.aggregateImport} />
      <AreaFilter value={area} onChange={setArea} />
      <ListTable
        query={list}
        empty={t('cakupanInput.aggregates.empty')}
        titles={['areaCode', 'narrowed', 'count', 'asOfDate', 'source'].map((f) => t(`cakupanInput.fields.${f}`))}
        actionsLabel={t('cakupanInput.common.actions')}
        testId="aggregate-list"
        above={(records) => (
          <Text size="sm" c="dimmed" data-testid="aggregate-total">
            {t('cakupanInput.aggregates.total', { rows: formatNumber(records.length), count: formatNumber(total) })}
          </Text>
        )}
        row={(a) => (
          <Table.Tr key={a.uid}>
            <Table.Td>
              {a.areaName} <Text span size="xs" c="dimmed">{a.areaCode}</Text>
            </Table.Td>
            <Table.Td>{narrowed(a)}</Table.Td>
            <Table.Td ta="right" ff="monospace">
              {formatNumber(a.count)}
            </Table.Td>
            <Table.Td>{formatDay(a.asOfDate)}</Table.Td>
            <Table.Td>
              <Text size="sm">{a.source}</Text>
              <Text size="xs" c="dimmed">{t(`cakupanInput.sourceKind.${a.sourceKind}`)}</Text>
            </Table.Td>
            <Table.Td>
              {canWrite ? (
                <Group gap={4} wrap="nowrap">
                  <Button variant="subtle" size="compact-sm" onClick={() => setEditing({ row: a })}>
                    {t('cakupanInput.common.edit')}
                  </Button>
                  <ActionIcon variant="subtle" color="red" aria-label={`${t('cakupanInput.common.remove')}: ${a.areaName} ${a.asOfDate}`} onClick={() => setRemoving(a)}>
                    ✕
                  </ActionIcon>
                </Group>
              ) : null}
            </Table.Td>
          </Table.Tr>
        )}
      />
      <AggregateFormModal opened={editing !== null} editing={editing?.row ?? null} onClose={() => setEditing(null)} />
      <ConfirmAction
        opened={removing !== null}
        testId="aggregate-remove"
        title={t('cakupanInput.aggregates.removeTitle')}
        body={t('cakupanInput.aggregates.removeBody', { area: removing?.areaName ?? '', date: formatDay(removing?.asOfDate), count: formatNumber(removing?.count ?? 0) })}
        confirmLabel={t('cakupanInput.common.remove')}
        onConfirm={() => {
          const row = removing;
          setRemoving(null);
          if (!row) return;
          remove.mutateAsync(row.uid).then(
            () => notifications.show({ color: 'green', message: t('cakupanInput.common.removed') }),
            (error: unknown) => notifications.show({ color: 'red', title: t('errors.title'), message: errorText(error) }),
          );
        }}
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
}
