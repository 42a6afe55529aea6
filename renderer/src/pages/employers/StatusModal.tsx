import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Employer, RecordStatus } from '../../../../core/api/employers.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { StatusReasonForm } from '../../registers/StatusReasonForm.tsx';
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
  const setStatus = useSetEmployerStatus();
  const key = keyOf[action];
  const reasonRequired = action !== 'aktif';
  return (
    <StatusReasonForm
      intro={<Text size="sm">{t(`employers.status.${key}Intro`, { name: employer.name })}</Text>}
      reasonLabel={t('employers.status.reason')}
      reasonDescription={reasonRequired ? t('employers.status.reasonHint') : t('employers.status.reasonOptional')}
      reasonRequired={reasonRequired}
      cancelLabel={t('employers.common.cancel')}
      confirmLabel={t(`employers.status.${key}Confirm`)}
      danger={action === 'dihapus'}
      saving={setStatus.isPending}
      onSave={async (reason) => {
        await setStatus.mutateAsync({ uid: employer.uid, recordStatus: action, reason });
        notifications.show({ color: 'green', title: t('common.saved'), message: t(`employers.status.${key}Done`, { name: employer.name }) });
        onDone();
      }}
    />
  );
}
