import { Badge, Button, Group, Modal, NumberInput, Paper, PasswordInput, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { passwordLength } from '../../../../core/api/password-rule.ts';
import { accountStates, roles, type Account, type AccountState, type Role } from '../../../../core/api/accounts.ts';
import { authKey, useAuthStatus } from '../../api/auth.ts';
import { request } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFieldError } from './field-errors.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import './messages.ts';

// The administrator's accounts: list, add, change role or state, reset a password; and the
// office's idle-lock time.

const listKey = ['accounts.list'] as const;

export function AccountsPage() {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: listKey, queryFn: () => request('accounts.list', {}) });
  const [editing, setEditing] = useState<Account | 'new' | null>(null);
  const [resetting, setResetting] = useState<Account | null>(null);
  return (
    <Stack gap="md" maw={1000}>
      <Group justify="space-between" align="flex-end">
        <div>
          <PageTitle>{t('accounts.page.title')}</PageTitle>
          <Text size="sm" c="dimmed">
            {t('accounts.page.intro')}
          </Text>
        </div>
        <Button onClick={() => setEditing('new')}>{t('accounts.page.add')}</Button>
      </Group>
      <ErrorAlert error={list.error} />
      <Table striped withTableBorder data-testid="accounts-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('accounts.username')}</Table.Th>
            <Table.Th>{t('accounts.displayName')}</Table.Th>
            <Table.Th>{t('accounts.role')}</Table.Th>
            <Table.Th>{t('accounts.state')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(list.data ?? []).map((a) => (
            <Table.Tr key={a.uid}>
              <Table.Td>{a.username}</Table.Td>
              <Table.Td>{a.displayName}</Table.Td>
              <Table.Td>{t(`accounts.roles.${a.role}`)}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Badge color={a.state === 'aktif' ? 'green' : 'gray'} variant="light">
                    {t(`accounts.states.${a.state}`)}
                  </Badge>
                  {a.lockedUntil && Date.parse(a.lockedUntil) > Date.now() ? <Badge color="red" variant="light">{t('accounts.page.locked')}</Badge> : null}
                  {a.mustChangePassword ? <Badge color="yellow" variant="light">{t('accounts.page.mustChange')}</Badge> : null}
                </Group>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end">
                  <Button size="compact-sm" variant="default" onClick={() => setEditing(a)}>
                    {t('accounts.page.edit')}
                  </Button>
                  <Button size="compact-sm" variant="default" onClick={() => setResetting(a)}>
                    {t('accounts.page.reset')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <IdleLockSetting />
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? t('accounts.page.newTitle') : t('accounts.page.editTitle', { name: editing?.username ?? '' })}>
        {editing !== null ? <AccountForm account={editing === 'new' ? null : editing} onDone={() => setEditing(null)} /> : null}
      </Modal>
      <Modal opened={resetting !== null} onClose={() => setResetting(null)} title={t('accounts.page.resetTitle', { name: resetting?.username ?? '' })}>
        {resetting ? <ResetForm account={resetting} onDone={() => setResetting(null)} /> : null}
      </Modal>
    </Stack>
  );
}

function AccountForm({ account, onDone }: { account: Account | null; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form, setForm] = useState({
    username: account?.username ?? '',
    displayName: account?.displayName ?? '',
    nip: account?.nip ?? '',
    role: account?.role ?? ('operator' as Role),
    state: account?.state ?? ('aktif' as AccountState),
    password: '',
  });
  const save = useMutation({
    mutationFn: () =>
      account
        ? request('accounts.update', { uid: account.uid, displayName: form.displayName, nip: form.nip, role: form.role, state: form.state })
        : request('accounts.create', { username: form.username, displayName: form.displayName, nip: form.nip, role: form.role, password: form.password }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: listKey });
      await client.invalidateQueries({ queryKey: authKey }); // one's own role may have changed
      notifications.show({ color: 'green', message: t('accounts.page.saved') });
      onDone();
    },
  });
  const fieldError = useFieldError(save.error);
  const set = (key: 'username' | 'displayName' | 'nip' | 'password') => (e: { currentTarget: { value: string } }) => setForm({ ...form, [key]: e.currentTarget.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    // noValidate: the browser's own "Please fill out this field" follows the computer's language; the service names each missing field in the app's.
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput label={t('accounts.username')} description={account ? undefined : t('accounts.usernameHint')} value={form.username} onChange={set('username')} error={fieldError('username')} disabled={account !== null} required data-autofocus />
        <TextInput label={t('accounts.displayName')} value={form.displayName} onChange={set('displayName')} error={fieldError('displayName')} required />
        <TextInput label={t('accounts.nip')} value={form.nip} onChange={set('nip')} error={fieldError('nip')} />
        <Select label={t('accounts.role')} data={roles.map((r) => ({ value: r, label: t(`accounts.roles.${r}`) }))} value={form.role} onChange={(v) => v && setForm({ ...form, role: v as Role })} allowDeselect={false} />
        {account ? (
          <Select label={t('accounts.state')} data={accountStates.map((s) => ({ value: s, label: t(`accounts.states.${s}`) }))} value={form.state} onChange={(v) => v && setForm({ ...form, state: v as AccountState })} allowDeselect={false} />
        ) : (
          <PasswordInput label={t('accounts.page.initialPassword')} description={t('accounts.passwordHint', { ...passwordLength })} value={form.password} onChange={set('password')} error={fieldError('password')} required autoComplete="new-password" />
        )}
        <ErrorAlert error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('accounts.page.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ResetForm({ account, onDone }: { account: Account; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [password, setPassword] = useState('');
  const reset = useMutation({
    mutationFn: () => request('accounts.resetPassword', { uid: account.uid, password }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: listKey });
      await client.invalidateQueries({ queryKey: authKey }); // one's own password reset: the change is asked at once
      notifications.show({ color: 'green', message: t('accounts.page.resetDone') });
      onDone();
    },
  });
  const fieldError = useFieldError(reset.error);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        reset.mutate();
      }}
    >
      <Stack gap="sm">
        <Text size="sm">{t('accounts.page.resetIntro')}</Text>
        <PasswordInput label={t('accounts.change.new')} description={t('accounts.passwordHint', { ...passwordLength })} value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={fieldError('password')} required autoComplete="new-password" data-autofocus />
        <ErrorAlert error={reset.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={reset.isPending}>
            {t('accounts.page.reset')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The minutes the screen offers (the service takes from 15 seconds, for tests). */
const idleMinutes = { min: 1, max: 480 } as const;

function IdleLockSetting() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const current = useAuthStatus().data?.idleLockSeconds ?? 900;
  const [minutes, setMinutes] = useState<number | string>(Math.round((current / 60) * 10) / 10);
  // Out of range or empty is said at the field and blocks the save; never clamped silently (0 is not "never").
  const value = typeof minutes === 'number' ? minutes : minutes.trim() === '' ? Number.NaN : Number(minutes.replace(',', '.'));
  const invalid = !Number.isFinite(value) || value < idleMinutes.min || value > idleMinutes.max;
  const save = useMutation({
    mutationFn: () => request('accounts.policy.save', { idleLockSeconds: Math.round(value * 60) }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: authKey });
      notifications.show({ color: 'green', message: t('accounts.page.idleSaved') });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!invalid) save.mutate();
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit}>
      <Title order={2} size="h4" mb="xs">
        {t('accounts.page.idleTitle')}
      </Title>
      <Group align="flex-start">
        <NumberInput
          label={t('accounts.page.idleLabel')}
          value={minutes}
          onChange={setMinutes}
          min={idleMinutes.min}
          max={idleMinutes.max}
          clampBehavior="none"
          error={invalid ? t('accounts.page.idleRange', idleMinutes) : undefined}
          w={320}
          data-testid="idle-minutes"
        />
        <Button type="submit" variant="default" mt={25} loading={save.isPending} disabled={invalid} data-testid="idle-save">
          {t('accounts.page.idleSave')}
        </Button>
      </Group>
      <ErrorAlert error={save.error} mt="sm" />
    </Paper>
  );
}
