import { Alert, Box, Button, Group, Kbd, Loader, Modal, Stack, Text, type ModalProps } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { BaseSyntheticEvent, ReactNode } from 'react';
import { get, type Control, type FieldPath, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../core/api/result.ts';
import { useErrorText } from '../api/error-text.ts';
import { FormModal, useFormModal } from '../components/FormModal.tsx';

// The plumbing every register's record form shares: the large dialog that loads the record to
// edit, the form with Ctrl+S and its sticky save bar, the server's word put on the fields it
// names, and the "are you sure" prompt that sends again what was typed. The register brings its
// fields and words (i18n keys); these pieces name none of them.

/** What a register's record form dialog takes (the register page and the record's page open it). */
export interface RecordFormModalProps<Saved> {
  opened: boolean;
  /** null: a new record. */
  uid: string | null;
  onClose: () => void;
  onSaved: (saved: Saved) => void;
  /** Opens another record (the one a conflict points at). */
  onOpenOther: (uid: string) => void;
}

/** What the form inside gets from the dialog. */
export type RecordFormHandlers<Saved> = Pick<RecordFormModalProps<Saved>, 'onSaved' | 'onOpenOther'>;

interface LoadingFormModalProps<Detail> {
  opened: boolean;
  uid: string | null;
  onClose: () => void;
  /** i18n keys of the dialog's title when editing and when adding. */
  titles: { edit: string; new: string };
  /** The register's query of one record (for the edit form). */
  useRecord: (uid: string) => UseQueryResult<Detail>;
  /** The form: of the loaded record, or (null) of a new one. */
  children: (loaded: Detail | null) => ReactNode;
}

export function RecordFormModal<Detail>({ opened, uid, onClose, titles, useRecord, children }: LoadingFormModalProps<Detail>) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={t(uid ? titles.edit : titles.new)} size="min(1100px, 96vw)" styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}>
      {opened ? uid ? <RecordLoader uid={uid} useRecord={useRecord} render={children} /> : children(null) : null}
    </FormModal>
  );
}

function RecordLoader<Detail>({ uid, useRecord, render }: { uid: string; useRecord: (uid: string) => UseQueryResult<Detail>; render: (loaded: Detail) => ReactNode }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const detail = useRecord(uid);
  if (detail.isPending) return <Loader aria-label={t('common.loading')} />;
  if (detail.isError) return <Alert color="red">{errorText(detail.error)}</Alert>;
  return render(detail.data);
}

interface RecordFormProps {
  /** The form's handleSubmit(…) (it stops the browser's submit itself). */
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  /** The register's i18n namespace: `<ns>.form.aria` (the form's name), `<ns>.form.saveKey`, `<ns>.form.closeKey`, `<ns>.common.cancel`. */
  words: string;
  saving: boolean;
  /** The register's fields. */
  children: ReactNode;
  /** The register's prompts (ConfirmDialog), outside the fields. */
  dialogs?: ReactNode;
}

/** The form: its fields, Ctrl+S to save, and a save bar that stays in view. */
export function RecordForm({ onSubmit, words, saving, children, dialogs }: RecordFormProps) {
  const { t } = useTranslation();
  const modal = useFormModal();
  return (
    <Box
      component="form"
      onSubmit={onSubmit}
      noValidate
      aria-label={t(`${words}.form.aria`)}
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
          e.preventDefault();
          void onSubmit();
        }
      }}
    >
      <Stack gap="md">
        {children}
        <Group justify="space-between" pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-body)" style={{ borderTop: '1px solid var(--mantine-color-gray-3)', zIndex: 2 }}>
          <Text size="xs" c="dimmed">
            <Kbd size="xs">Ctrl+S</Kbd> {t(`${words}.form.saveKey`)} · <Kbd size="xs">Esc</Kbd> {t(`${words}.form.closeKey`)}
          </Text>
          <Group gap="xs">
            <Button variant="default" onClick={() => modal?.requestClose()}>
              {t(`${words}.common.cancel`)}
            </Button>
            <Button type="submit" loading={saving}>
              {t('common.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
      {dialogs}
    </Box>
  );
}

/**
 * The server's word on the fields it names (`pathOf` maps an issue's path to a field of the
 * form): the user sees why, and what they typed stays; the first such field takes the focus. An
 * issue without its own words (some only point at the field) shows `fallback`, the error's message.
 * Returns whether the fields say it all (every issue on a field the form shows, the error's own
 * message on one of them): then no toast repeats it; a toast stays for what no field shows.
 */
export function issuesOnFields<Values extends FieldValues>(
  form: Pick<UseFormReturn<Values>, 'setError' | 'control'>,
  issues: readonly Partial<FieldIssue>[] | undefined,
  fallback?: string,
  pathOf: (path: string) => string = (path) => path,
): boolean {
  let first = true;
  let allShown = true;
  let messageShown = false;
  for (const issue of issues ?? []) {
    if (issue.path === undefined) {
      allShown = false;
      continue;
    }
    const name = pathOf(issue.path) as FieldPath<Values>;
    const shown = isShown(form.control, name);
    // The keyboard goes to the first field named that the form shows.
    form.setError(name, { type: 'server', message: issue.messageKey ?? fallback }, { shouldFocus: first && shown });
    if (shown) first = false;
    else allShown = false;
    if (shown && issue.messageKey === undefined && fallback !== undefined) messageShown = true;
  }
  return allShown && messageShown;
}

/** A field the form shows now: registered (register() or a Controller) and mounted. */
const isShown = <Values extends FieldValues>(control: Control<Values>, name: string) => (get(control._fields, name) as { _f?: { mount?: boolean } } | undefined)?._f?.mount === true;

interface ConfirmDialogProps {
  opened: boolean;
  /** Back to the form (Esc, the close button, the back button): nothing is lost. */
  onBack: () => void;
  title: string;
  testId: string;
  size?: ModalProps['size'];
  /** The back button's words (already in words). */
  backLabel: string;
  /** What the prompt says. */
  children: ReactNode;
  /** The buttons after "back" (send again with the confirmation, open the other record, …). */
  actions: ReactNode;
}

/** A question the server asked before saving, over the form; the form keeps what was typed. */
export function ConfirmDialog({ opened, onBack, title, testId, size, backLabel, children, actions }: ConfirmDialogProps) {
  return (
    <Modal opened={opened} onClose={onBack} title={title} zIndex={400} size={size} centered>
      {opened ? (
        <Stack data-testid={testId}>
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onBack} data-autofocus>
              {backLabel}
            </Button>
            {actions}
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
