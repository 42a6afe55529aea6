import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, NumberInput, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type MouseEvent } from 'react';
import { Controller, useWatch, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { commitmentInputSchema, commitmentKinds, type Commitment, type CommitmentInput, type CommitmentValues, type RegulationDetail } from '../../../../core/api/regulations.ts';
import type { FieldIssue } from '../../../../core/api/result.ts';
import { ApiCallError } from '../../api/client.ts';
import { useCan } from '../../api/auth.ts';
import { useErrorText } from '../../api/error-text.ts';
import { IsoDateInput } from '../../components/IsoDateInput.tsx';
import { formatNumber, formatPercentValue, formatRupiah } from '../../format.ts';
import { issuesOnFields } from '../../registers/RecordForm.tsx';
import { formatDate } from '../employers/shared.tsx';
import { useListChoices } from '../../components/list-choices.ts';
import { core } from './regulation-columns.tsx';
import { useRemoveCommitment, useSaveCommitment } from './queries.ts';
import { typedNumber, useNumberSeparators } from '../../components/number-field.ts';
import { useCheckedForm } from '../../components/use-checked-form.ts';

// What a regulation commits the region to (targets, budgets, who is covered, funding, duties
// with due dates), as rows added, edited and (entered by mistake) removed here, each by its
// buttons as well as by a click on the row; open duties show in the due list.

export function CommitmentsPanel({ detail }: { detail: RegulationDetail }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [editing, setEditing] = useState<Commitment | 'new' | null>(null);
  const [removing, setRemoving] = useState<Commitment | null>(null);
  const remove = useRemoveCommitment();
  const categories = useListChoices('vulnerable_category');
  const funding = useListChoices('funding_source');
  const valueOf = (c: Commitment) =>
    [
      c.targetCount !== null ? t('regulasi.detail.targetPeople', { count: formatNumber(c.targetCount) }) : '',
      c.targetPercent !== null ? formatPercentValue(c.targetPercent) : '',
      c.amount !== null ? formatRupiah(c.amount) : '',
      categories.label(c.category),
      funding.label(c.fundingSource),
    ].filter(Boolean).join(' · ');
  // Commitments change with the record: an active one, for a user who may change records (a pemantau reads only).
  const active = useCan('records.write') && detail.regulation.recordStatus === 'aktif';
  /** A row's button: its own action, not also the row's click. */
  const opening = (set: (c: Commitment) => void, c: Commitment) => (e: MouseEvent) => {
    e.stopPropagation();
    set(c);
  };
  /** The row in words, for its buttons' labels and the removal's question. */
  const rowWords = (c: Commitment) => [core(t, `regulations.commitmentKind.${c.kind}`), c.year, valueOf(c), c.description].filter((x) => x !== null && x !== '').join(' · ');
  const confirmRemove = async () => {
    if (!removing) return;
    try {
      await remove.mutateAsync({ uid: removing.uid, viewUid: detail.regulation.uid });
      notifications.show({ color: 'green', message: t('regulasi.detail.commitmentRemoved') });
      setRemoving(null);
    } catch (error) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errorText(error) });
    }
  };

  return (
    <Paper withBorder p="md" data-testid="regulation-commitments">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">{t('regulasi.detail.commitments')}</Title>
        {active ? (
          <Button size="xs" variant="light" onClick={() => setEditing('new')} data-testid="commitment-add">
            {t('regulasi.detail.addCommitment')}
          </Button>
        ) : null}
      </Group>
      {detail.commitments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('regulasi.detail.noCommitments')}
        </Text>
      ) : (
        <Table withTableBorder highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{core(t, 'regulations.fields.commitments')}</Table.Th>
              <Table.Th w={80}>{t('regulasi.detail.year')}</Table.Th>
              <Table.Th>{t('regulasi.detail.value')}</Table.Th>
              <Table.Th>{t('regulasi.detail.description')}</Table.Th>
              <Table.Th w={120}>{t('regulasi.detail.dueDate')}</Table.Th>
              <Table.Th w={120}>{t('regulasi.detail.doneDate')}</Table.Th>
              {active ? <Table.Th w={150}>{t('regulasi.detail.rowActions')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.commitments.map((c) => (
              <Table.Tr key={c.uid} style={{ cursor: active ? 'pointer' : undefined }} onClick={() => active && setEditing(c)} data-testid="commitment-row">
                <Table.Td>{core(t, `regulations.commitmentKind.${c.kind}`)}</Table.Td>
                <Table.Td>{c.year ?? ''}</Table.Td>
                <Table.Td>{valueOf(c)}</Table.Td>
                <Table.Td>{c.description}</Table.Td>
                <Table.Td>{c.dueDate ? formatDate(c.dueDate) : ''}</Table.Td>
                <Table.Td>{c.doneDate ? formatDate(c.doneDate) : ''}</Table.Td>
                {active ? (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button size="compact-xs" variant="subtle" onClick={opening(setEditing, c)} aria-label={t('regulasi.detail.editCommitmentOf', { what: rowWords(c) })} data-testid="commitment-edit">
                        {t('regulasi.detail.edit')}
                      </Button>
                      <Button size="compact-xs" variant="subtle" color="red" onClick={opening(setRemoving, c)} aria-label={t('regulasi.detail.removeCommitmentOf', { what: rowWords(c) })} data-testid="commitment-remove">
                        {t('regulasi.detail.remove')}
                      </Button>
                    </Group>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={t(editing === 'new' ? 'regulasi.detail.addCommitment' : 'regulasi.detail.editCommitment')} size="lg">
        {editing ? <CommitmentForm regulationUid={detail.regulation.uid} initial={editing === 'new' ? null : editing} onDone={() => setEditing(null)} /> : null}
      </Modal>
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title={t('regulasi.detail.removeCommitmentTitle')} centered>
        {removing ? (
          <Stack data-testid="commitment-remove-confirm">
            <Text size="sm">{t('regulasi.detail.removeCommitmentAsk', { what: rowWords(removing) })}</Text>
            <Text size="sm" c="dimmed">
              {t('regulasi.detail.removeCommitmentNote')}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRemoving(null)} data-autofocus>
                {t('regulasi.common.cancel')}
              </Button>
              <Button color="red" onClick={() => void confirmRemove()} loading={remove.isPending} data-testid="commitment-remove-ok">
                {t('regulasi.detail.removeCommitmentConfirm')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Paper>
  );
}

function CommitmentForm({ regulationUid, initial, onDone }: { regulationUid: string; initial: Commitment | null; onDone: () => void }) {
  const { t } = useTranslation();
  const separators = useNumberSeparators();
  const errorText = useErrorText();
  const save = useSaveCommitment();
  const categories = useListChoices('vulnerable_category');
  const funding = useListChoices('funding_source');
  const defaults: CommitmentInput = initial ? { ...initial, regulationUid } : { regulationUid, kind: 'target', year: null, targetCount: null, targetPercent: null, amount: null, category: null, fundingSource: null, description: '', dueDate: null, doneDate: null };
  const form = useCheckedForm<CommitmentInput, CommitmentValues>(zodResolver(commitmentInputSchema), defaults);
  const { register, control, handleSubmit, formState, getFieldState } = form;
  const kind = useWatch({ control, name: 'kind' });
  const err = (name: FieldPath<CommitmentInput>) => {
    const message = getFieldState(name, formState).error?.message;
    return message ? t(String(message)) : undefined;
  };
  const number = (name: 'year' | 'targetCount' | 'targetPercent' | 'amount', label: string) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberInput label={label} value={field.value ?? ''} clampBehavior="none" onChange={(v) => field.onChange(typedNumber(v, null))} onBlur={field.onBlur} thousandSeparator={name === 'amount' || name === 'targetCount' ? separators.thousandSeparator : ''} decimalSeparator={separators.decimalSeparator} allowDecimal={name === 'targetPercent'} error={err(name)} data-testid={`commitment-${name}`} />
      )}
    />
  );
  const list = (name: 'category' | 'fundingSource', label: string, options: { value: string; label: string }[]) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => <Select label={label} data={options} value={field.value ?? null} onChange={(v) => field.onChange(v ?? null)} clearable searchable error={err(name)} />}
    />
  );
  const date = (name: 'dueDate' | 'doneDate', label: string) => (
    <Controller control={control} name={name} render={({ field }) => <IsoDateInput value={field.value} onChange={field.onChange} onBlur={field.onBlur} inputRef={field.ref} label={label} error={err(name)} testId={`commitment-${name}`} />} />
  );

  const submit = handleSubmit(async (values) => {
    try {
      await save.mutateAsync(values);
      notifications.show({ color: 'green', message: t('regulasi.detail.commitmentSaved') });
      onDone();
    } catch (error) {
      if (!(error instanceof ApiCallError)) throw error;
      const message = errorText(error.error);
      if (!issuesOnFields(form, (error.error.details as { issues?: FieldIssue[] } | undefined)?.issues, message)) notifications.show({ color: 'red', title: t('errors.title'), message });
    }
  });

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t('regulasi.detail.addCommitment')}>
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <Controller
            control={control}
            name="kind"
            render={({ field }) => (
              <Select label={core(t, 'regulations.fields.commitments')} data={commitmentKinds.map((k) => ({ value: k, label: core(t, `regulations.commitmentKind.${k}`) }))} value={field.value} onChange={(v) => v && field.onChange(v)} allowDeselect={false} data-testid="commitment-kind" />
            )}
          />
          {number('year', t('regulasi.detail.year'))}
          {kind === 'target' ? (
            <>
              {number('targetCount', t('regulasi.detail.targetCount'))}
              {number('targetPercent', t('regulasi.detail.targetPercent'))}
            </>
          ) : null}
          {kind === 'anggaran' ? number('amount', t('regulasi.detail.amount')) : null}
          {kind === 'kategori' ? list('category', t('regulasi.detail.category'), categories.options) : null}
          {kind === 'sumber_dana' || kind === 'anggaran' ? list('fundingSource', t('regulasi.detail.fundingSource'), funding.options) : null}
          {kind === 'kewajiban' ? (
            <>
              {date('dueDate', t('regulasi.detail.dueDate'))}
              {date('doneDate', t('regulasi.detail.doneDate'))}
            </>
          ) : null}
        </SimpleGrid>
        <TextInput label={t('regulasi.detail.description')} {...register('description')} error={err('description')} data-testid="commitment-description" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('regulasi.common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="commitment-save">
            {t('regulasi.detail.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
