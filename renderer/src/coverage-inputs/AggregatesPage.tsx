import { ActionIcon, Button, Checkbox, Group, Menu, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Aggregate } from '../../../core/api/coverage-inputs.ts';
import { useCan } from '../api/auth.ts';
import { useErrorText } from '../api/error-text.ts';
import { formatDay, formatNumber } from '../format.ts';
import { useListChoices } from '../components/list-choices.ts';
import { AggregateFormModal } from './AggregateForm.tsx';
import { AreaFilter } from './AreaFilter.tsx';
import { ConfirmAction } from './ConfirmAction.tsx';
import { InputStatus } from './InputStatus.tsx';
import { InputsHeader } from './InputsHeader.tsx';
import './messages.ts';
import { coverageInputPaths } from './paths.ts';
import { useAggregates, useRemoveAggregate, useRetireAggregate } from './queries.ts';
import { aggregateTotal } from './aggregate-total.ts';
import { ListTable } from '../components/ListTable.tsx';

// Data agregat cakupan: the totals received instead of people, newest date first, each with its
// area, what it narrows to (segment, category, sector, funding), count, date, source and status;
// retired ones on request. A row's menu edits it, retires it (and starts its replacement from
// it: the way to correct a row a frozen month summed), counts it again, or removes it.

type Editing = { row: Aggregate | null; copy: boolean } | null;

export function AggregatesPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const canWrite = useCan('records.write');
  const [area, setArea] = useState<string | null>(null);
  const [withRetired, setWithRetired] = useState(false);
  const list = useAggregates(withRetired, area);
  const categories = useListChoices('vulnerable_category');
  const funding = useListChoices('funding_source');
  const [editing, setEditing] = useState<Editing>(null);
  const [retiring, setRetiring] = useState<Aggregate | null>(null);
  const [removing, setRemoving] = useState<Aggregate | null>(null);
  const retire = useRetireAggregate();
  const remove = useRemoveAggregate();
  const narrowed = (a: Aggregate) =>
    [a.segment ? t(`cakupanInput.segment.${a.segment}`) : null, categories.label(a.category), a.sector ? `KBLI ${a.sector}` : null, funding.label(a.funding)].filter(Boolean).join(' · ') || t('cakupanInput.aggregates.allSegments');
  const words = (a: Aggregate | null) => ({ area: a?.areaName ?? '', date: formatDay(a?.asOfDate), count: formatNumber(a?.count ?? 0) });

  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      notifications.show({ color: 'green', message: done });
      return true;
    } catch (error) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errorText(error) });
      return false;
    }
  };
  const retireThen = async (row: Aggregate, thenNew: boolean) => {
    setRetiring(null);
    const done = await run(() => retire.mutateAsync({ uid: row.uid, retired: true }), t('cakupanInput.aggregates.retiredDone'));
    if (done && thenNew) setEditing({ row, copy: true });
  };

  return (
    <Stack maw={1300}>
      <InputsHeader words="aggregates" onAdd={() => setEditing({ row: null, copy: false })} importPath={coverageInputPaths.aggregateImport} />
      <Group align="flex-end" gap="lg">
        <AreaFilter value={area} onChange={setArea} />
        <Checkbox label={t('cakupanInput.aggregates.showRetired')} checked={withRetired} onChange={(e) => setWithRetired(e.currentTarget.checked)} mb={8} data-testid="aggregate-show-retired" />
      </Group>
      <ListTable
        query={list}
        empty={t('cakupanInput.aggregates.empty')}
        titles={['areaCode', 'narrowed', 'count', 'asOfDate', 'source', 'status'].map((f) => t(`cakupanInput.fields.${f}`))}
        actionsLabel={t('cakupanInput.common.actions')}
        testId="aggregate-list"
        above={(records) => <AggregateTotal records={records} />}
        row={(a) => (
          <Table.Tr key={a.uid} c={a.retiredAt ? 'dimmed' : undefined} data-testid="aggregate-row">
            <Table.Td>
              {a.areaName} <Text span size="xs" c="dimmed">{a.areaCode}</Text>
            </Table.Td>
            <Table.Td>{narrowed(a)}</Table.Td>
            <Table.Td ta="right" ff="monospace" td={a.retiredAt ? 'line-through' : undefined}>
              {formatNumber(a.count)}
            </Table.Td>
            <Table.Td>{formatDay(a.asOfDate)}</Table.Td>
            <Table.Td>
              <Text size="sm">{a.source}</Text>
              <Text size="xs" c="dimmed">{t(`cakupanInput.sourceKind.${a.sourceKind}`)}</Text>
            </Table.Td>
            <Table.Td miw={150}>
              <InputStatus
                retiredAt={a.retiredAt}
                usedBySnapshot={a.usedBySnapshot}
                activeLabel={t('cakupanInput.aggregates.active')}
                retiredLabel={t('cakupanInput.fields.retiredAt')}
                frozenLabel={t('cakupanInput.aggregates.frozen')} testId="aggregate-status"
              />
            </Table.Td>
            <Table.Td>
              {canWrite ? (
                <Menu position="bottom-end">
                  <Menu.Target>
                    <ActionIcon variant="subtle" aria-label={`${t('cakupanInput.common.actions')}: ${a.areaName} ${formatDay(a.asOfDate)}`} data-testid="aggregate-menu">
                      ⋯
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item onClick={() => setEditing({ row: a, copy: false })}>{t('cakupanInput.common.edit')}</Menu.Item>
                    {a.retiredAt ? (
                      <Menu.Item onClick={() => void run(() => retire.mutateAsync({ uid: a.uid, retired: false }), t('cakupanInput.aggregates.restored'))}>{t('cakupanInput.aggregates.restore')}</Menu.Item>
                    ) : (
                      <Menu.Item onClick={() => setRetiring(a)} data-testid="aggregate-retire-open">
                        {t('cakupanInput.aggregates.retire')}
                      </Menu.Item>
                    )}
                    <Menu.Item color="red" onClick={() => setRemoving(a)}>
                      {t('cakupanInput.common.remove')}
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              ) : null}
            </Table.Td>
          </Table.Tr>
        )}
      />
      <AggregateFormModal opened={editing !== null} editing={editing?.row ?? null} copy={editing?.copy ?? false} onClose={() => setEditing(null)} />
      <ConfirmAction
        opened={retiring !== null}
        testId="aggregate-retire"
        title={t('cakupanInput.aggregates.retireTitle')}
        body={t('cakupanInput.aggregates.retireBody', words(retiring))}
        confirmLabel={t('cakupanInput.aggregates.retireAndNew')}
        color="blue"
        onConfirm={() => retiring && void retireThen(retiring, true)}
        onClose={() => setRetiring(null)}
        extra={
          <Button variant="light" onClick={() => retiring && void retireThen(retiring, false)}>
            {t('cakupanInput.aggregates.retireOnly')}
          </Button>
        }
      />
      <ConfirmAction
        opened={removing !== null}
        testId="aggregate-remove"
        title={t('cakupanInput.aggregates.removeTitle')}
        body={t('cakupanInput.aggregates.removeBody', words(removing))}
        confirmLabel={t('cakupanInput.common.remove')}
        busy={remove.isPending}
        onConfirm={() => {
          const row = removing;
          setRemoving(null);
          if (row) void run(() => remove.mutateAsync(row.uid), t('cakupanInput.common.removed'));
        }}
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
}

/** The rows counted now, and their sum only when it is one figure (one area, one date). */
function AggregateTotal({ records }: { records: readonly Aggregate[] }) {
  const { t } = useTranslation();
  const total = aggregateTotal(records);
  return (
    <Text size="sm" c="dimmed" data-testid="aggregate-total">
      {total.count === null
        ? t('cakupanInput.aggregates.rows', { rows: formatNumber(total.rows) })
        : t('cakupanInput.aggregates.total', { count: total.rows, rows: formatNumber(total.rows), people: formatNumber(total.count) })}
    </Text>
  );
}
