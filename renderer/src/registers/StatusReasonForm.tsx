import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, fieldIssue } from '../api/client.ts';
import { useErrorText } from '../api/error-text.ts';
import { useFormModal, useReportDirty } from '../components/FormModal.tsx';

// A record's status changed with a reason (closed, removed, died, moved, restored): records are
// never deleted; the status changes, the reason goes with it, the history keeps it. Inside a
// FormModal. The register brings its words, its other fields and the save.

interface Props {
  /** What is about to happen, in words (above the reason). */
  intro: ReactNode;
  reasonLabel: string;
  reasonDescription?: string;
  /** A reason of 3 letters at least (not for a restore). */
  reasonRequired: boolean;
  /** The register's other fields, under the reason (a date, …). */
  extra?: ReactNode;
  /** Something typed in `extra` that closing the dialog would lose. */
  extraDirty?: boolean;
  cancelLabel: string;
  confirmLabel: string;
  /** Red: a removal. */
  danger: boolean;
  saving: boolean;
  /** Saves with the trimmed reason (and tells the user); the server's word on `reason` lands on the field. */
  onSave: (reason: string) => Promise<void>;
}

export function StatusReasonForm({ intro, reasonLabel, reasonDescription, reasonRequired, extra, extraDirty = false, cancelLabel, confirmLabel, danger, saving, onSave }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const modal = useFormModal();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  useReportDirty(reason.trim() !== '' || extraDirty);

  const submit = async () => {
    if (reasonRequired && reason.trim().length < 3) {
      setError(t('validation.reasonRequired'));
      return;
    }
    try {
      await onSave(reason.trim());
    } catch (e) {
      if (!(e instanceof ApiCallError)) throw e;
      const issue = fieldIssue(e, 'reason');
      if (issue) setError(issue.messageKey ? t(issue.messageKey) : errorText(e.error));
      else setServerError(errorText(e.error));
    }
  };

  return (
    <Stack
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {intro}
      <Textarea
        label={reasonLabel}
        description={reasonDescription}
        withAsterisk={reasonRequired}
        autosize
        minRows={2}
        value={reason}
        onChange={(e) => {
          setReason(e.currentTarget.value);
          setError(null);
        }}
        error={error}
        data-autofocus
      />
      {extra}
      {serverError ? <Alert color="red">{serverError}</Alert> : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={() => modal?.requestClose()}>
          {cancelLabel}
        </Button>
        <Button type="submit" color={danger ? 'red' : undefined} loading={saving}>
          {confirmLabel}
        </Button>
      </Group>
    </Stack>
  );
}
