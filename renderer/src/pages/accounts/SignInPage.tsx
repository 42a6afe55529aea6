import { Button, PasswordInput, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetAuthStatus } from '../../api/auth.ts';
import { request } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { AuthCard } from './AuthCard.tsx';
import './messages.ts';

/** Username and password; a lockout's message says how many minutes to wait. */
export function SignInPage() {
  const { t } = useTranslation();
  const setStatus = useSetAuthStatus();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: () => request('auth.signIn', { username, password }),
    onSuccess: setStatus,
    onError: () => setPassword(''),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate();
  };
  return (
    <AuthCard title={t('accounts.signIn.title')} intro={t('accounts.signIn.intro')} testId="sign-in">
      <form onSubmit={submit}>
        <TextInput label={t('accounts.username')} value={username} onChange={(e) => setUsername(e.currentTarget.value)} required autoFocus autoComplete="username" mb="sm" />
        <PasswordInput label={t('accounts.password')} value={password} onChange={(e) => setPassword(e.currentTarget.value)} required autoComplete="current-password" mb="md" />
        <ErrorAlert error={signIn.error} mb="sm" role="alert" />
        <Button type="submit" fullWidth loading={signIn.isPending}>
          {t('accounts.signIn.submit')}
        </Button>
      </form>
    </AuthCard>
  );
}
