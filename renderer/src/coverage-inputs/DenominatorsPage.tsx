import { ActionIcon, Anchor, Button, Checkbox, Group, Menu, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Denominator } from '../../../core/api/coverage-inputs.ts';
import { useCan } from '../api/auth.ts';
import { useErrorText } from '../api/error-text.ts';
import { formatDay, formatNumber } from '../format.ts';
import { AreaFilter } from './AreaFilter.tsx';
import { ConfirmAction } from './ConfirmAction.tsx';
import { DenominatorFormModal } from './DenominatorForm.tsx';
import { InputStatus } from './InputStatus.tsx';
import { InputsHeader } from './InputsHeader.tsx';
import './messages.ts';
import { coverageInputPaths } from './paths.ts';
import { useDenominators, useRemoveDenominator, useRetireDenominator } from './queries.ts';
import { ListTable } from '../components/ListTable.tsx';

// Penyebut cakupan: every denominator with its number, area, what it counts, source and date;
// retired ones on request. Each row opens its form; its menu retires (and starts a new one from
// it), brings back or removes it.

type Editing = { row: Denominator | null; copy: boolean } | null;

export function DenominatorsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const canWrite = useCan('records.write');
  const [withRetired, setWithRetired] = useState(false);
  const [area, setArea] = useState<string | null>(null);
  const list = useDenominators(withRetired, area);
  const [editing, setEditing] = useState<Editing>(null);
  const [retiring, setRetiring] = useState<Denominator | null>(null);
  const [removing, setRemoving] = useState<Denominator | null>(null);
  const retire = useRetireDenominator();
  const remove = useRemoveDenominator();

  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      notifications.show({ color: 'green', message: done });
    } catch (error) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errorText(error) });
    }
  };
  const retireThen = async (row: Denominator, thenNew: boolean) => {
    setRetiring(null);
    await run(() => retire.mutateAsync({ uid: row.uid, retired: true }), t('cakupanInput.denominators.retiredDone'));
    if (thenNew) setEditing({ row, copy: true });
  };

  return (
    <Stack maw={1300}>
      <InputsHeader words="denominators" onAdd={() => setEditing({ row: null, copy: false })} importPath={coverageInputPaths.denominatorImport} />
      <Group align="flex-end" gap="lg">
        <AreaFilter value={area} onChange={setArea} />
        <Checkbox label={t('cakupanInput.denominators.showRetired')} checked={withRetired} onChange={(e) => setWithRetired(e.currentTarget.checked)} mb={8} />
      </Group>
      <ListTable
        query={list}
        empty={t('cakupanInput.denominators.empty')}
        titles={['name', 'value', 'areaCode', 'universe', 'source', 'asOfDate', 'status'].map((f) => t(`cakupanInput.fields.${f}`))}
        actionsLabel={t('cakupanInput.common.actions')}
        testId="denominator-list"
        row={(d) => (
          <Table.Tr key={d.uid} c={d.retiredAt ? 'dimmed' : undefined}>
            <Table.Td miw={240} maw={360}>
              {canWrite ? (
                <Anchor component="button" type="button" fw={500} ta="left" onClick={() => setEditing({ row: d, copy: false })}>
                  {d.name}
                </Anchor>
              ) : (
                d.name
              )}
            </Table.Td>
            <Table.Td ta="right" ff="monospace">
              {formatNumber(d.value)}
            </Table.Td>
            <Table.Td>
              {d.areaName} <Text span size="xs" c="dimmed">{d.areaCode}</Text>
            </Table.Td>
            <Table.Td>{t(`cakupanInput.universe.${d.universe}`)}</Table.Td>
            <Table.Td>
              <Text size="sm">{d.source}</Text>
              <Text size="xs" c="dimmed">{t(`cakupanInput.sourceKind.${d.sourceKind}`)}</Text>
            </Table.Td>
            <Table.Td>{formatDay(d.asOfDate)}</Table.Td>
            <Table.Td miw={150}>
              <InputStatus
                retiredAt={d.retiredAt}
                usedBySnapshot={d.usedBySnapshot}
                activeLabel={t('cakupanInput.denominators.active')}
                retiredLabel={t('cakupanInput.fields.retiredAt')}
                frozenLabel={t('cakupanInput.denominators.frozen')}
              />
            </Table.Td>
            <Table.Td>
              {canWrite ? (
                <Menu position="bottom-end">
                  <Menu.Target>
                    <ActionIcon variant="subtle" aria-label={`${t('cakupanInput.common.actions')}: ${d.name}`} data-testid="denominator-menu">
                      ⋯
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item onClick={() => setEditing({ row: d, copy: false })}>{t('cakupanInput.common.edit')}</Menu.Item>
                    {d.retiredAt ? (
                      <Menu.Item onClick={() => void run(() => retire.mutateAsync({ uid: d.uid, retired: false }), t('cakupanInput.form.saved'))}>{t('cakupanInput.denominators.restore')}</Menu.Item>
                    ) : (
                      <Menu.Item onClick={() => setRetiring(d)}>{t('cakupanInput.denominators.retire')}</Menu.Item>
                    )}
                    <Menu.Item color="red" onClick={() => setRemoving(d)}>
                      {t('cakupanInput.common.remove')}
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              ) : null}
            </Table.Td>
          </Table.Tr>
        )}
      />
      <DenominatorFormModal opened={editing !== null} editing={editing?.row ?? null} copy={editing?.copy ?? false} onClose={() => setEditing(null)} />
      <ConfirmAction
        opened={retiring !== null}
        testId="denominator-retire"
        title={t('cakupanInput.denominators.retireTitle')}
        body={t('cakupanInput.denominators.retireBody', { name: retiring?.name ?? '' })}
        confirmLabel={t('cakupanInput.denominators.retireAndNew')}
        color="blue"
        onConfirm={() => retiring && void retireThen(retiring, true)}
        onClose={() => setRetiring(null)}
        extra={
          <Button variant="light" onClick={() => retiring && void retireThen(retiring, false)}>
            {t('cakupanInput.denominators.retireOnly')}
          </Button>
        }
      />
      <ConfirmAction
        opened={removing !== null}
        testId="denominator-remove"
        title={t('cakupanInput.denominators.removeTitle')}
        body={t('cakupanInput.denominators.removeBody', { name: removing?.name ?? '' })}
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
