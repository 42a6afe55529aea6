import { Button, Group, Overlay, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuthStatus, useSetAuthStatus } from '../../api/auth.ts';
import { request } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import './messages.ts';

// The idle lock: after the office's idle time without a key or the mouse, the screen locks
// (on the server too: calls are refused until the password is given). The app stays mounted
// under the overlay, so a half-filled form is there as it was after unlocking.

const activity = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

export function useIdleLock(): void {
  const status = useAuthStatus().data;
  const setStatus = useSetAuthStatus();
  const seconds = status?.idleLockSeconds ?? 900;
  const active = Boolean(status?.user) && !status?.locked;
  const last = useRef(Date.now());
  useEffect(() => {
    if (!active) return;
    last.current = Date.now();
    const seen = () => (last.current = Date.now());
    for (const e of activity) window.addEventListener(e, seen, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last.current < seconds * 1000) return;
      void request('auth.lock', {}).then(setStatus, () => undefined);
    }, 1000);
    return () => {
      window.clearInterval(timer);
      for (const e of activity) window.removeEventListener(e, seen, { capture: true });
    };
  }, [active, seconds, setStatus]);
}

export function LockOverlay() {
  const { t } = useTranslation();
  const status = useAuthStatus().data;
  const setStatus = useSetAuthStatus();
  const client = useQueryClient();
  const [password, setPassword] = useState('');
  const unlock = useMutation({
    mutationFn: () => request('auth.unlock', { password }),
    onSuccess: (next) => {
      setPassword('');
      setStatus(next);
      // Only what failed behind the lock is read again: forms keep what was typed.
      void client.refetchQueries({ predicate: (q) => q.state.status === 'error' });
    },
    onError: () => setPassword(''),
  });
  const signOut = useMutation({ mutationFn: () => request('auth.signOut', {}), onSuccess: setStatus });
  if (!status?.user || !status.locked) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    unlock.mutate();
  };
  return (
    <Overlay fixed blur={8} color="#1a1b1e" backgroundOpacity={0.55} zIndex={3000} center>
      <Paper withBorder shadow="lg" p="xl" w={420} role="dialog" aria-modal="true" aria-labelledby="lock-title" data-testid="lock-screen">
        <form onSubmit={submit}>
          <Stack gap="md">
            <Title order={3} id="lock-title">
              {t('accounts.lock.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('accounts.lock.intro', { name: status.user.displayName })}
            </Text>
            <PasswordInput label={t('accounts.password')} value={password} onChange={(e) => setPassword(e.currentTarget.value)} required autoFocus autoComplete="current-password" />
            <ErrorAlert error={unlock.error} role="alert" />
            <Group justify="space-between">
              <Button variant="subtle" color="gray" onClick={() => signOut.mutate()}>
                {t('accounts.lock.signOut')}
              </Button>
              <Button type="submit" loading={unlock.isPending}>
                {t('accounts.lock.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Overlay>
  );
}
