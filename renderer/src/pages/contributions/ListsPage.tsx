import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Badge, Button, EmptyState, Group, Loader, NumberInput, Stack, Switch, Table, Tabs, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Controller, useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { listItemInput, listNames, type ListItem, type ListItemInput, type ListName } from '../../../../core/api/reference.ts';
import { useCan } from '../../api/auth.ts';
import { ApiCallError } from '../../api/client.ts';
import { useErrorText } from '../../api/error-text.ts';
import './messages.ts';
import { useListItems, useSaveListItem } from './queries.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormModal, useFormModal, useReportDirty } from '../../components/FormModal.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';

// Daftar pilihan: the office's own lists (segments, vulnerable-worker categories, funding
// sources). Items are deactivated, never deleted, so old registrations keep their meaning.

type FormIn = z.input<typeof listItemInput>;
type FormOut = z.output<typeof listItemInput>;

const toInput = ({ id: _id, ...item }: ListItem): ListItemInput => item;

export function ListsPage() {
  const { t } = useTranslation();
  const canEdit = useCan('reference.write');
  const [tab, setTab] = useState<string | null>('vulnerable_category');
  return (
    <Stack maw={1100}>
      <div>
        <PageTitle>{t('contributions.lists.title')}</PageTitle>
        <Text c="dimmed">{t('contributions.lists.intro')}</Text>
      </div>
      {/* Without the right the edit buttons are hidden: say why, and who may. */}
      {canEdit ? null : (
        <Alert color="gray" variant="light" py="xs" data-testid="lists-read-only">
          <Text size="sm">{t('contributions.lists.readOnly')}</Text>
        </Alert>
      )}
      <Tabs value={tab} onChange={setTab} variant="outline">
        <Tabs.List>
          {(['vulnerable_category', 'segment', 'funding_source'] as const).map((list) => (
            <Tabs.Tab key={list} value={list}>
              {t(`contributions.lists.names.${list}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {listNames.map((list) => (
          <Tabs.Panel key={list} value={list} pt="md">
            <ListEditor list={list} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

function ListEditor({ list }: { list: ListName }) {
  const { t, i18n } = useTranslation();
  const canEdit = useCan('reference.write'); // others read the lists
  const errorText = useErrorText();
  const items = useListItems(list);
  const save = useSaveListItem();
  const [editing, setEditing] = useState<ListItem | 'new' | null>(null);

  const toggle = async (item: ListItem) => {
    try {
      await save.mutateAsync({ ...toInput(item), active: !item.active });
      const label = (i18n.language === 'en' && item.labelEn) || item.labelId;
      notifications.show({ color: 'green', title: t('common.saved'), message: t(item.active ? 'contributions.lists.deactivated' : 'contributions.lists.reactivated', { label }) });
    } catch (error) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errorText(error) });
    }
  };

  if (items.isPending) return <Loader aria-label={t('common.loading')} />;
  if (items.error) {
    return <ErrorAlert error={items.error} />;
  }
  const rows = items.data;
  const nextOrder = rows.reduce((max, r) => Math.max(max, r.sortOrder), 0) + 10;
  const inactive = rows.filter((r) => !r.active).length;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Text size="sm" c="dimmed" maw={760}>
            {t(`contributions.lists.hints.${list}`)}
          </Text>
          <Text size="sm" c="dimmed" data-testid={`list-count-${list}`}>
            {t('contributions.lists.count', { n: rows.length - inactive, inactive })}
          </Text>
        </div>
        {canEdit ? <Button onClick={() => setEditing('new')}>{t('contributions.lists.add')}</Button> : null}
      </Group>
      {rows.length === 0 ? (
        <EmptyState
          title={t('contributions.lists.emptyTitle')}
          description={t('contributions.lists.empty', { list: t(`contributions.lists.names.${list}`) })}
          withIndicatorBackground
          icon={<Text fz={28}>＋</Text>}
          py="xl"
        >
          {canEdit ? (
            <EmptyState.Actions>
              <Button onClick={() => setEditing('new')}>{t('contributions.lists.add')}</Button>
            </EmptyState.Actions>
          ) : null}
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table withTableBorder striped layout="fixed" verticalSpacing={6} fz="sm" data-testid={`list-table-${list}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th ta="right" w={64}>
                  {t('contributions.lists.col.order')}
                </Table.Th>
                <Table.Th w={185}>{t('contributions.lists.col.code')}</Table.Th>
                <Table.Th>{t('contributions.lists.col.labelId')}</Table.Th>
                <Table.Th w={230}>{t('contributions.lists.col.labelEn')}</Table.Th>
                <Table.Th w={96}>{t('contributions.lists.col.status')}</Table.Th>
                <Table.Th w={215} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((item) => (
                <Table.Tr key={item.uid} data-code={item.code} c={item.active ? undefined : 'dimmed'}>
                  <Table.Td ta="right">{item.sortOrder}</Table.Td>
                  <Table.Td ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                    {item.code}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {item.labelId}
                    </Text>
                    {item.description ? (
                      <Text size="xs" c="dimmed">
                        {item.description}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {item.labelEn || (
                      <Text span c="dimmed" fz="sm">
                        {t('contributions.lists.sameAsId')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={item.active ? 'green' : 'gray'} variant={item.active ? 'light' : 'filled'} tt="none">
                      {t(item.active ? 'contributions.lists.active' : 'contributions.lists.inactive')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end" display={canEdit ? undefined : 'none'}>
                      <Button variant="subtle" size="compact-sm" onClick={() => setEditing(item)} aria-label={t('contributions.lists.editItem', { code: item.code })}>
                        {t('contributions.lists.edit')}
                      </Button>
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        color={item.active ? 'gray' : 'green'}
                        onClick={() => void toggle(item)}
                        aria-label={t(item.active ? 'contributions.lists.deactivateItem' : 'contributions.lists.reactivateItem', { code: item.code })}
                      >
                        {t(item.active ? 'contributions.lists.deactivate' : 'contributions.lists.reactivate')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <FormModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('contributions.lists.modalNew', { list: t(`contributions.lists.names.${list}`) }) : t('contributions.lists.modalEdit')}
        size="lg"
        closeOnClickOutside={false}
      >
        {editing ? <ItemForm list={list} item={editing === 'new' ? null : editing} nextOrder={nextOrder} onDone={() => setEditing(null)} /> : null}
      </FormModal>
    </Stack>
  );
}

function ItemForm({ list, item, nextOrder, onDone }: { list: ListName; item: ListItem | null; nextOrder: number; onDone: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const save = useSaveListItem();
  const [serverError, setServerError] = useState<string | null>(null);
  const form = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(listItemInput),
    defaultValues: item ? toInput(item) : { list, code: '', labelId: '', labelEn: '', description: '', sortOrder: nextOrder, active: true },
  });
  const { register, handleSubmit, formState, setError, control } = form;
  const modal = useFormModal();
  useReportDirty(formState.isDirty);

  // Server sentences (type 'server') are shown as they are; schema messages are i18n keys.
  const fieldError = (name: keyof FormIn, specific?: Record<string, string>) => {
    const error = formState.errors[name] as FieldError | undefined;
    if (!error?.message) return undefined;
    if (error.type === 'server') return error.message;
    return t(specific?.[error.message] ?? error.message);
  };

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      await save.mutateAsync({ ...values, ...(item ? { uid: item.uid } : {}) });
      notifications.show({ color: 'green', title: t('common.saved'), message: t('contributions.lists.savedMessage', { label: values.labelId }) });
      onDone();
    } catch (error) {
      if (!(error instanceof ApiCallError)) throw error;
      const issues = (error.error.details as { issues?: { path: string; messageKey: string }[] } | undefined)?.issues ?? [];
      if (error.error.code === 'CONFLICT' && issues.some((i) => i.path === 'code')) {
        setError('code', { type: 'server', message: errorText(error.error) }, { shouldFocus: true });
        return;
      }
      for (const issue of issues) setError(issue.path.split('.')[0] as keyof FormIn, { message: issue.messageKey });
      setServerError(errorText(error.error));
    }
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
    <Stack gap="sm">
      <TextInput
        label={t('contributions.lists.field.code')}
        description={t('contributions.lists.field.codeHint')}
        withAsterisk
        data-autofocus
        ff="monospace"
        {...register('code')}
        error={fieldError('code', { 'validation.invalid': 'contributions.lists.codeInvalid' })}
      />
      <Group grow align="flex-start">
        <TextInput label={t('contributions.lists.field.labelId')} withAsterisk {...register('labelId')} error={fieldError('labelId')} />
        <TextInput label={t('contributions.lists.field.labelEn')} description={t('contributions.lists.field.labelEnHint')} {...register('labelEn')} error={fieldError('labelEn')} />
      </Group>
      <Textarea label={t('contributions.lists.field.description')} autosize minRows={2} {...register('description')} error={fieldError('description')} />
      <Group align="flex-start" grow>
        <Controller
          control={control}
          name="sortOrder"
          render={({ field }) => (
            <NumberInput
              label={t('contributions.lists.field.order')}
              description={t('contributions.lists.field.orderHint')}
              allowDecimal={false}
              allowNegative={false}
              value={field.value ?? ''}
              onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)}
              onBlur={field.onBlur}
              ref={field.ref}
              error={fieldError('sortOrder')}
            />
          )}
        />
        <Controller
          control={control}
          name="active"
          render={({ field }) => (
            <Switch mt={30} label={t('contributions.lists.field.active')} checked={field.value ?? true} onChange={(e) => field.onChange(e.currentTarget.checked)} />
          )}
        />
      </Group>
      <ErrorAlert error={serverError} />
      <Group justify="flex-end">
        <Button variant="default" onClick={() => modal?.requestClose()}>
          {t('contributions.cancel')}
        </Button>
        <Button type="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
    </form>
  );
}
