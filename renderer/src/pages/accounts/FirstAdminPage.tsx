import { Button, PasswordInput, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { passwordLength } from '../../../../core/api/password-rule.ts';
import { useSetAuthStatus } from '../../api/auth.ts';
import { request } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { AuthCard } from './AuthCard.tsx';
import { useFieldError } from './field-errors.ts';
import './messages.ts';

// The first start: no account exists yet, so the administrator is made first (before the setup wizard).
export function FirstAdminPage() {
  const { t } = useTranslation();
  const setStatus = useSetAuthStatus();
  const [form, setForm] = useState({ username: '', displayName: '', nip: '', password: '', repeat: '' });
  const create = useMutation({ mutationFn: () => request('auth.createFirstAdmin', { username: form.username, displayName: form.displayName, nip: form.nip, password: form.password }), onSuccess: setStatus });
  const fieldError = useFieldError(create.error);
  const differ = form.repeat !== '' && form.repeat !== form.password;
  const set = (key: keyof typeof form) => (e: { currentTarget: { value: string } }) => setForm({ ...form, [key]: e.currentTarget.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!differ) create.mutate();
  };
  return (
    <AuthCard title={t('accounts.firstAdmin.title')} intro={t('accounts.firstAdmin.intro')} testId="first-admin">
      <form onSubmit={submit}>
        <TextInput label={t('accounts.username')} description={t('accounts.usernameHint')} value={form.username} onChange={set('username')} error={fieldError('username')} required autoFocus autoComplete="username" mb="sm" />
        <TextInput label={t('accounts.displayName')} value={form.displayName} onChange={set('displayName')} error={fieldError('displayName')} required mb="sm" />
        <TextInput label={t('accounts.nip')} value={form.nip} onChange={set('nip')} error={fieldError('nip')} mb="sm" />
        <PasswordInput label={t('accounts.password')} description={t('accounts.passwordHint', { ...passwordLength })} value={form.password} onChange={set('password')} error={fieldError('password')} required autoComplete="new-password" mb="sm" />
        <PasswordInput label={t('accounts.passwordRepeat')} value={form.repeat} onChange={set('repeat')} error={differ ? t('accounts.passwordsDiffer') : undefined} required autoComplete="new-password" mb="md" />
        <ErrorAlert error={create.error} mb="sm" />
        <Button type="submit" fullWidth loading={create.isPending}>
          {t('accounts.firstAdmin.submit')}
        </Button>
      </form>
    </AuthCard>
  );
}
