import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { createContext, use, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

// Input typed on a page (not in a dialog: those have FormModal's guard) kept from being lost.
// While any part of the page reports unsaved input, a click on an in-app link (the navigation,
// the back link) or a tab switch first asks, as the form dialogs do, whether to discard it.
// The app's HashRouter has no navigation blocker, so the links are caught as they are clicked.

interface LeaveGuard {
  report: (part: symbol, dirty: boolean) => void;
  /** Runs `leave` now when nothing is unsaved, else once the user chose to discard. */
  confirm: (leave: () => void) => void;
}

const LeaveGuardContext = createContext<LeaveGuard | null>(null);

export function PageLeaveGuard({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const dirty = useRef(new Set<symbol>());
  const [pending, setPending] = useState<{ leave: () => void } | null>(null);
  const [guard] = useState<LeaveGuard>(() => ({
    report: (part, isDirty) => void (isDirty ? dirty.current.add(part) : dirty.current.delete(part)),
    confirm: (leave) => (dirty.current.size === 0 ? leave() : setPending({ leave })),
  }));

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (dirty.current.size === 0 || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[href^="#/"]') : null;
      if (!link) return;
      event.preventDefault();
      event.stopPropagation();
      const to = link.getAttribute('href')!.slice(1);
      setPending({ leave: () => void navigate(to) });
    };
    document.addEventListener('click', onClick, { capture: true });
    return () => document.removeEventListener('click', onClick, { capture: true });
  }, [navigate]);

  const discard = () => {
    const leave = pending?.leave;
    dirty.current.clear();
    setPending(null);
    leave?.();
  };

  return (
    <LeaveGuardContext value={guard}>
      {children}
      <Modal opened={pending !== null} onClose={() => setPending(null)} title={t('common.unsavedTitle')} size="md" centered>
        <Stack data-testid="leave-dialog">
          <Text size="sm">{t('paritrana.leave.question')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setPending(null)} data-autofocus data-testid="leave-stay">
              {t('paritrana.leave.stay')}
            </Button>
            <Button color="red" onClick={discard} data-testid="leave-discard">
              {t('common.discard')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </LeaveGuardContext>
  );
}

/** Tells the page's guard whether this part holds input not saved yet. */
export function useReportPageDirty(isDirty: boolean): void {
  const guard = use(LeaveGuardContext);
  const [part] = useState(() => Symbol('page part'));
  useEffect(() => guard?.report(part, isDirty), [guard, part, isDirty]);
  useEffect(() => () => guard?.report(part, false), [guard, part]);
}

/** Leaving within the page (a tab switch): asks first when something is unsaved. */
export function useConfirmLeave(): (leave: () => void) => void {
  const guard = use(LeaveGuardContext);
  return useCallback((leave: () => void) => (guard ? guard.confirm(leave) : leave()), [guard]);
}
