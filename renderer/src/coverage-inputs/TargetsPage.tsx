import { ActionIcon, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Target } from '../../../core/api/coverage-inputs.ts';
import { useCan } from '../api/auth.ts';
import { useErrorText } from '../api/error-text.ts';
import { formatNumber, formatPercentValue } from '../format.ts';
import { AreaFilter } from './AreaFilter.tsx';
import { ConfirmAction } from './ConfirmAction.tsx';
import { InputsHeader } from './InputsHeader.tsx';
import './messages.ts';
import { useRemoveTarget, useTargets } from './queries.ts';
import { TargetFormModal } from './TargetForm.tsx';
import { ListTable } from '../components/ListTable.tsx';

// Target cakupan: per year and area, a percentage of a denominator (with the people it means)
// or a number of people, newest year first. Progress against them is on the coverage dashboard.

export function TargetsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const canWrite = useCan('records.write');
  const [area, setArea] = useState<string | null>(null);
  const list = useTargets(area);
  const [editing, setEditing] = useState<{ row: Target | null } | null>(null);
  const [removing, setRemoving] = useState<Target | null>(null);
  const remove = useRemoveTarget();
  const narrowed = (x: Target) => [x.segment ? t(`cakupanInput.segment.${x.segment}`) : null, x.category, x.programmeName].filter(Boolean).join(' · ');

  return (
    <Stack maw={1300}>
      <InputsHeader words="targets" onAdd={() => setEditing({ row: null })} />
      <AreaFilter value={area} onChange={setArea} />
      <ListTable
        query={list}
        empty={t('cakupanInput.targets.empty')}
        titles={['year', 'areaCode', 'targetValue', 'people', 'source'].map((f) => t(`cakupanInput.fields.${f}`))}
        actionsLabel={t('cakupanInput.common.actions')}
        testId="target-list"
        row={(x) => (
          <Table.Tr key={x.uid}>
            <Table.Td>{x.year}</Table.Td>
            <Table.Td>
              {x.areaName} <Text span size="xs" c="dimmed">{x.areaCode}</Text>
              {narrowed(x) ? <Text size="xs" c="dimmed">{narrowed(x)}</Text> : null}
            </Table.Td>
            <Table.Td>
              <Text size="sm" fw={600}>
                {x.kind === 'persen' ? formatPercentValue(x.value) : formatNumber(x.value)}
              </Text>
              {x.denominatorName ? <Text size="xs" c="dimmed">{t('cakupanInput.targets.ofDenominator', { name: x.denominatorName })}</Text> : null}
            </Table.Td>
            <Table.Td ta="right" ff="monospace">
              {x.people === null ? '—' : formatNumber(x.people)}
            </Table.Td>
            <Table.Td>{x.source}</Table.Td>
            <Table.Td>
              {canWrite ? (
                <Group gap={4} wrap="nowrap">
                  <Button variant="subtle" size="compact-sm" onClick={() => setEditing({ row: x })}>
                    {t('cakupanInput.common.edit')}
                  </Button>
                  <ActionIcon variant="subtle" color="red" aria-label={`${t('cakupanInput.common.remove')}: ${x.areaName} ${x.year}`} onClick={() => setRemoving(x)}>
                    ✕
                  </ActionIcon>
                </Group>
              ) : null}
            </Table.Td>
          </Table.Tr>
        )}
      />
      <TargetFormModal opened={editing !== null} editing={editing?.row ?? null} onClose={() => setEditing(null)} />
      <ConfirmAction
        opened={removing !== null}
        testId="target-remove"
        title={t('cakupanInput.targets.removeTitle')}
        body={t('cakupanInput.targets.removeBody', { area: removing?.areaName ?? '', year: removing?.year ?? '' })}
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
