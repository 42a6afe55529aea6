import { Alert, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Employer, EmployerDetail, RecordStatus } from '../../../../core/api/employers.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { StatusReasonForm } from '../../registers/StatusReasonForm.tsx';
import { useSetEmployerStatus } from './queries.ts';

// Tutup (the business stopped or moved), Hapus (a wrong or double entry) or Pulihkan.
// Records are never deleted: the status changes, with the reason, and the history keeps it.

const keyOf: Record<RecordStatus, 'restore' | 'close' | 'remove'> = { aktif: 'restore', tutup: 'close', dihapus: 'remove' };

/** Branches named in the dialog; more are counted, not listed. */
const branchesNamed = 5;

export function StatusModal({ employer, branches, action, onClose }: { employer: Employer; branches: EmployerDetail['branches']; action: RecordStatus | null; onClose: () => void }) {
  const { t } = useTranslation();
  const key = action ? keyOf[action] : 'close';
  return (
    <FormModal opened={action !== null} onClose={onClose} title={t(`employers.status.${key}Title`)} size="lg">
      {action ? <StatusForm key={action} employer={employer} branches={branches} action={action} onDone={onClose} /> : null}
    </FormModal>
  );
}

function StatusForm({ employer, branches, action, onDone }: { employer: Employer; branches: EmployerDetail['branches']; action: RecordStatus; onDone: () => void }) {
  const { t } = useTranslation();
  const setStatus = useSetEmployerStatus();
  const key = keyOf[action];
  const reasonRequired = action !== 'aktif';
  // Closing or removing a head office leaves its branches as they are: the dialog says which stay open.
  const open = key === 'restore' ? [] : branches.filter((b) => b.recordStatus === 'aktif');
  const names = open.slice(0, branchesNamed).map((b) => b.name).join(', ') + (open.length > branchesNamed ? ', …' : '');
  return (
    <StatusReasonForm
      intro={
        <Stack gap="xs">
          <Text size="sm">{t(`employers.status.${key}Intro`, { name: employer.name })}</Text>
          {open.length ? (
            <Alert color="yellow" p="xs" data-testid="status-open-branches">
              <Text size="sm">{t(`employers.status.${key}Branches`, { count: open.length, names })}</Text>
            </Alert>
          ) : null}
        </Stack>
      }
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
