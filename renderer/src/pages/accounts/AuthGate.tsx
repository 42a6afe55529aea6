import { Button, Center, Group, Loader } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuthRefresh, useAuthStatus, useSetAuthStatus } from '../../api/auth.ts';
import { request } from '../../api/client.ts';
import { LanguageSwitch } from '../../layout/LanguageSwitch.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { AuthCard } from './AuthCard.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { FirstAdminPage } from './FirstAdminPage.tsx';
import { LockOverlay, useIdleLock } from './IdleLock.tsx';
import { SignInPage } from './SignInPage.tsx';
import './messages.ts';

/**
 * Nothing of the app before a sign-in: the first administrator on a fresh data folder, else
 * the sign-in; a password set by the administrator is replaced first. Once in, the app runs
 * under the idle lock, whose overlay keeps the screen's work.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const status = useAuthStatus();
  useAuthRefresh();
  useIdleLock();
  if (status.isPending) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (status.isError) return <ErrorAlert error={status.error} m="md" />;
  if (status.data.needsFirstAdmin) return <FirstAdminPage />;
  if (!status.data.user) return <SignInPage />;
  if (status.data.user.mustChangePassword) {
    return (
      <AuthCard title={t('accounts.change.title')} intro={t('accounts.change.forced')} testId="forced-password-change">
        <ChangePasswordForm />
        <ForcedChangeFooter />
      </AuthCard>
    );
  }
  return (
    <>
      {children}
      <LockOverlay />
    </>
  );
}

/** The forced change's way out: another language, or signing out (someone else's turn at this computer). */
function ForcedChangeFooter() {
  const { t } = useTranslation();
  const setStatus = useSetAuthStatus();
  const signOut = useMutation({ mutationFn: () => request('auth.signOut', {}), onSuccess: setStatus });
  return (
    <Group justify="space-between">
      <LanguageSwitch />
      <Button variant="subtle" color="gray" onClick={() => signOut.mutate()} loading={signOut.isPending}>
        {t('accounts.menu.signOut')}
      </Button>
    </Group>
  );
}
