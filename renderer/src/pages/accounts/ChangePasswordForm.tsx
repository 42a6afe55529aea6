import { Button, Group, PasswordInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { passwordLength } from '../../../../core/api/password-rule.ts';
import type { AuthStatus } from '../../../../core/api/accounts.ts';
import { useSetAuthStatus } from '../../api/auth.ts';
import { request } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFieldError } from './field-errors.ts';
import './messages.ts';

/** One's own password: the old one, the new one twice. */
export function ChangePasswordForm({ onDone, onCancel }: { onDone?: (status: AuthStatus) => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const setStatus = useSetAuthStatus();
  const [form, setForm] = useState({ oldPassword: '', newPassword: '', repeat: '' });
  const change = useMutation({
    mutationFn: () => request('auth.changePassword', { oldPassword: form.oldPassword, newPassword: form.newPassword }),
    onSuccess: (status) => {
      setStatus(status);
      onDone?.(status);
    },
  });
  const fieldError = useFieldError(change.error);
  const differ = form.repeat !== '' && form.repeat !== form.newPassword;
  // A field edited: the service's word was on what it held before (a "same as the old one" stays no longer).
  const set = (key: keyof typeof form) => (e: { currentTarget: { value: string } }) => {
    setForm({ ...form, [key]: e.currentTarget.value });
    if (change.error) change.reset();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!differ) change.mutate();
  };
  return (
    // noValidate: the browser's own "Please fill out this field" follows the computer's language, not the app's; the service says what is missing.
    <form onSubmit={submit} noValidate>
      <PasswordInput label={t('accounts.change.old')} value={form.oldPassword} onChange={set('oldPassword')} error={fieldError('oldPassword')} required autoFocus autoComplete="current-password" mb="sm" />
      <PasswordInput label={t('accounts.change.new')} description={t('accounts.passwordHint', { ...passwordLength })} value={form.newPassword} onChange={set('newPassword')} error={fieldError('newPassword')} required autoComplete="new-password" mb="sm" />
      <PasswordInput label={t('accounts.passwordRepeat')} value={form.repeat} onChange={set('repeat')} error={differ ? t('accounts.passwordsDiffer') : undefined} required autoComplete="new-password" mb="md" />
      <ErrorAlert error={change.error} mb="sm" />
      <Group justify="flex-end">
        {onCancel ? (
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        ) : null}
        <Button type="submit" loading={change.isPending}>
          {t('accounts.change.submit')}
        </Button>
      </Group>
    </form>
  );
}
