import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Employer, RecordStatus } from '../../../../core/api/employers.ts';
import type { FieldIssue } from '../../../../core/api/result.ts';
import { ApiCallError } from '../../api/client.ts';
import { useErrorText } from '../../api/error-text.ts';
import { useSetEmployerStatus } from './queries.ts';

// Tutup (the business stopped or moved), Hapus (a wrong or double entry) or Pulihkan.
// Records are never deleted: the status changes, with the reason, and the history keeps it.

const keyOf: Record<RecordStatus, 'restore' | 'close' | 'remove'> = { aktif: 'restore', tutup: 'close', dihapus: 'remove' };

export function StatusModal({ employer, action, onClose }: { employer: Employer; action: RecordStatus | null; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const setStatus = useSetEmployerStatus();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const key = action ? keyOf[action] : 'close';
  const reasonRequired = action !== 'aktif';

  const close = () => {
    setReason('');
    setError(null);
    setServerError(null);
    onClose();
  };
  const submit = async () => {
    if (!action) return;
    if (reasonRequired && reason.trim().length < 3) {
      setError(t('validation.reasonRequired'));
      return;
    }
    try {
      await setStatus.mutateAsync({ uid: employer.uid, recordStatus: action, reason: reason.trim() });
      notifications.show({ color: 'green', title: t('common.saved'), message: t(`employers.status.${key}Done`, { name: employer.name }) });
      close();
    } catch (e) {
      if (!(e instanceof ApiCallError)) throw e;
      const issue = ((e.error.details as { issues?: FieldIssue[] } | undefined)?.issues ?? []).find((i) => i.path === 'reason');
      if (issue) setError(t(issue.messageKey));
      else setServerError(errorText(e.error));
    }
  };

  return (
    <Modal opened={action !== null} onClose={close} title={t(`employers.status.${key}Title`)} size="lg">
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
          <Button variant="default" onClick={close}>
            {t('employers.common.cancel')}
          </Button>
          <Button type="submit" color={action === 'dihapus' ? 'red' : undefined} loading={setStatus.isPending}>
            {t(`employers.status.${key}Confirm`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
