import { Alert, Button, FocusTrap, Group, Overlay, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useAuthStatus, useSetAuthStatus } from '../../api/auth.ts';
import { ApiCallError, request } from '../../api/client.ts';
import { useErrorText } from '../../api/error-text.ts';
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

/**
 * While the lock shows, everything else on the page (the app, an open dialog in its portal, a
 * notification) is inert: out of the tab order and the accessibility tree, so neither Tab nor
 * Enter reaches a button behind the lock (walk: Enter on the page opened the export dialog).
 */
function useInertBehind(overlay: RefObject<HTMLElement | null>, on: boolean): void {
  useEffect(() => {
    const own = overlay.current;
    if (!on || !own) return;
    const made: Element[] = [];
    const mark = () => {
      for (const el of Array.from(document.body.children)) {
        if (el.contains(own) || el.hasAttribute('inert') || el.tagName === 'SCRIPT') continue;
        el.setAttribute('inert', '');
        made.push(el);
      }
    };
    mark();
    // A dialog or notification opened behind the lock later is made inert too.
    const watch = new MutationObserver(mark);
    watch.observe(document.body, { childList: true });
    return () => {
      watch.disconnect();
      for (const el of made) el.removeAttribute('inert');
    };
  }, [overlay, on]);
}

/** The refusal that ended the session (five wrong passwords: the account is locked and signed out). */
const endsSession = (error: unknown): boolean =>
  error instanceof ApiCallError && (Boolean((error.error.details as { lockedMinutes?: number } | undefined)?.lockedMinutes) || error.error.said?.key === 'auth.signInFirst');

export function LockOverlay() {
  const { t } = useTranslation();
  const status = useAuthStatus().data;
  const setStatus = useSetAuthStatus();
  const client = useQueryClient();
  const [password, setPassword] = useState('');
  const errorText = useErrorText();
  const overlay = useRef<HTMLDivElement>(null);
  // The session ended behind the lock: no password field any more, the way back is signing in.
  const [ended, setEnded] = useState<unknown>(null);
  const unlock = useMutation({
    mutationFn: () => request('auth.unlock', { password }),
    onSuccess: (next) => {
      setPassword('');
      setStatus(next);
      // Only what failed behind the lock is read again: forms keep what was typed.
      void client.refetchQueries({ predicate: (q) => q.state.status === 'error' });
    },
    onError: (error) => {
      setPassword('');
      if (endsSession(error)) setEnded(error);
    },
  });
  const signOut = useMutation({ mutationFn: () => request('auth.signOut', {}), onSuccess: setStatus });
  const signInAgain = useMutation({
    mutationFn: () => request('auth.status', {}),
    onSuccess: (next) => {
      setEnded(null);
      setStatus(next);
    },
  });
  const shown = Boolean(status?.user && status.locked);
  useInertBehind(overlay, shown);
  if (!status?.user || !status.locked) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    unlock.mutate();
  };
  // In a portal on the body, so that everything else there can be made inert; the focus stays in the dialog.
  return createPortal(
    <Overlay ref={overlay} fixed blur={8} color="#1a1b1e" backgroundOpacity={0.55} zIndex={3000} center>
      <FocusTrap active>
        <Paper withBorder shadow="lg" p="xl" w={420} role="dialog" aria-modal="true" aria-labelledby="lock-title" data-testid="lock-screen">
          {ended ? (
            <Stack gap="md">
              <Title order={2} size="h3" id="lock-title">
                {t('accounts.lock.endedTitle')}
              </Title>
              <Alert color="red" role="alert">
                {errorText(ended)} {t('accounts.lock.ended')}
              </Alert>
              <Group justify="flex-end">
                <Button onClick={() => signInAgain.mutate()} loading={signInAgain.isPending} data-autofocus>
                  {t('accounts.lock.signInAgain')}
                </Button>
              </Group>
            </Stack>
          ) : (
            <form onSubmit={submit}>
              <Stack gap="md">
                <Title order={2} size="h3" id="lock-title">
                  {t('accounts.lock.title')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('accounts.lock.intro', { name: status.user.displayName })}
                </Text>
                <PasswordInput label={t('accounts.password')} value={password} onChange={(e) => setPassword(e.currentTarget.value)} required data-autofocus autoComplete="current-password" />
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
          )}
        </Paper>
      </FocusTrap>
    </Overlay>,
    document.body,
  );
}
