import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Employer, RecordStatus } from '../../../../core/api/employers.ts';
import type { FieldIssue } from '../../../../core/api/result.ts';
import { ApiCallError } from '../../api/client.ts';
import { useErrorText } from '../../api/error-text.ts';
import { FormModal, useFormModal, useReportDirty } from '../../components/FormModal.tsx';
import { useSetEmployerStatus } from './queries.ts';

// Tutup (the business stopped or moved), Hapus (a wrong or double entry) or Pulihkan.
// Records are never deleted: the status changes, with the reason, and the history keeps it.

const keyOf: Record<RecordStatus, 'restore' | 'close' | 'remove'> = { aktif: 'restore', tutup: 'close', dihapus: 'remove' };

export function StatusModal({ employer, action, onClose }: { employer: Employer; action: RecordStatus | null; onClose: () => void }) {
  const { t } = useTranslation();
  const key = action ? keyOf[action] : 'close';
  return (
    <FormModal opened={action !== null} onClose={onClose} title={t(`employers.status.${key}Title`)} size="lg">
      {action ? <StatusForm key={action} employer={employer} action={action} onDone={onClose} /> : null}
    </FormModal>
  );
}

function StatusForm({ employer, action, onDone }: { employer: Employer; action: RecordStatus; onDone: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const setStatus = useSetEmployerStatus();
  const modal = useFormModal();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const key = keyOf[action];
  const reasonRequired = action !== 'aktif';
  useReportDirty(reason.trim() !== '');

  const submit = async () => {
    if (reasonRequired && reason.trim().length < 3) {
      setError(t('validation.reasonRequired'));
      return;
    }
    try {
      await setStatus.mutateAsync({ uid: employer.uid, recordStatus: action, reason: reason.trim() });
      notifications.show({ color: 'green', title: t('common.saved'), message: t(`employers.status.${key}Done`, { name: employer.name }) });
      onDone();
    } catch (e) {
      if (!(e instanceof ApiCallError)) throw e;
      const issue = ((e.error.details as { issues?: FieldIssue[] } | undefined)?.issues ?? []).find((i) => i.path === 'reason');
      if (issue) setError(t(issue.messageKey));
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
      <Text size="sm">{t(`employers.status.${key}Intro`, { name: employer.name })}</Text>
      <Textarea
        label={t('employers.status.reason')}
        description={reasonRequired ? t('employers.status.reasonHint') : t('employers.status.reasonOptional')}
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
      {serverError ? <Alert color="red">{serverError}</Alert> : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={() => modal?.requestClose()}>
          {t('employers.common.cancel')}
        </Button>
        <Button type="submit" color={action === 'dihapus' ? 'red' : undefined} loading={setStatus.isPending}>
          {t(`employers.status.${key}Confirm`)}
        </Button>
      </Group>
    </Stack>
  );
}
