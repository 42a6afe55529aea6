import { Button, Group, Modal, Stack, Text, type ModalProps } from '@mantine/core';
import { createContext, use, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './form-modal.css';

// A dialog holding a form. Every way out of it (Esc, ✕, a click beside it, the form's own
// Batal) goes through one door: with unsaved changes it first asks whether to discard them.
//
// Esc is handled here, not by Mantine: Mantine's Escape listener of the nested "discard?"
// dialog runs on the same key press, right after the form's listener has opened it, and
// closed it again at once (so Esc seemed to do nothing). One listener decides per key press.

interface FormModalControl {
  /** The form says whether it holds changes not saved yet. */
  setDirty: (dirty: boolean) => void;
  /** Close, asking first when there are unsaved changes (for the form's Batal button). */
  requestClose: () => void;
}

const FormModalContext = createContext<FormModalControl | null>(null);

/** The surrounding FormModal's controls; null outside one. */
export function useFormModal(): FormModalControl | null {
  return use(FormModalContext);
}

/** Tells the surrounding FormModal whether the form has unsaved changes. */
export function useReportDirty(dirty: boolean): void {
  const modal = useFormModal();
  useEffect(() => modal?.setDirty(dirty), [modal, dirty]);
  useEffect(() => () => modal?.setDirty(false), [modal]);
}

/** An Escape that something inside the form should get first: an open list or calendar. */
function belongsToOpenPopup(target: HTMLElement): boolean {
  if (target.getAttribute('data-mantine-stop-propagation') === 'true') return true; // Select, TagsInput … with the list open
  return target.hasAttribute('data-dates-input') && document.querySelector('[data-dates-dropdown]') !== null;
}

export type FormModalProps = Omit<ModalProps, 'closeOnEscape'>;

export function FormModal({ opened, onClose, children, ...modalProps }: FormModalProps) {
  const { t } = useTranslation();
  const [confirming, setConfirmingState] = useState(false);
  const body = useRef<HTMLDivElement>(null);
  const latestOnClose = useRef(onClose);
  useLayoutEffect(() => {
    latestOnClose.current = onClose;
  });
  // Refs, not state, for what the key listener reads: it may run before React re-renders.
  const dirty = useRef(false);
  const confirmingNow = useRef(false);
  // One object for the life of the dialog, so the forms' effects do not re-run.
  const [control] = useState(() => {
    const setConfirming = (value: boolean) => {
      confirmingNow.current = value;
      setConfirmingState(value);
    };
    return {
      setConfirming,
      setDirty: (value: boolean) => {
        dirty.current = value;
      },
      requestClose: () => {
        if (dirty.current) setConfirming(true);
        else latestOnClose.current();
      },
      discard: () => {
        setConfirming(false);
        dirty.current = false;
        latestOnClose.current();
      },
    };
  });

  useEffect(() => {
    if (!opened) {
      dirty.current = false;
      control.setConfirming(false);
    }
  }, [opened, control]);

  useEffect(() => {
    if (!opened) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.isComposing) return;
      if (confirmingNow.current) {
        control.setConfirming(false); // Esc on "discard?" means: back to the form
        return;
      }
      const target = event.target instanceof HTMLElement ? event.target : null;
      const dialog = body.current?.closest('[role="dialog"]');
      // Another dialog on top of this one (its focus is there) handles its own Escape.
      const inThisDialog = target === null || target === document.body || (dialog?.contains(target) ?? false);
      if (!inThisDialog || (target && belongsToOpenPopup(target))) return;
      control.requestClose();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [opened, control]);

  return (
    <Modal opened={opened} onClose={control.requestClose} closeOnEscape={false} closeButtonProps={{ 'aria-label': t('common.close') }} {...modalProps}>
      <div ref={body}>
        <FormModalContext value={control}>{children}</FormModalContext>
      </div>
      <Modal opened={confirming} onClose={() => control.setConfirming(false)} closeOnEscape={false} title={t('common.unsavedTitle')} zIndex={400} size="md" centered>
        <Stack data-testid="discard-dialog">
          <Text size="sm">{t('common.unsaved')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => control.setConfirming(false)} data-autofocus>
              {t('common.backToForm')}
            </Button>
            <Button color="red" onClick={control.discard}>
              {t('common.discard')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Modal>
  );
}
