import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { CycleDetail } from '../../../core/api/award.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { FormModal, useReportDirty } from '../components/FormModal.tsx';
import { useCycleWrite } from './queries.ts';

// "Tarik persetujuan": the reason is required (it goes in the change log with the withdrawal).

const reasonSchema = z.object({ reason: z.string().trim().min(5, 'paritrana.withdraw.reasonRequired').max(2000, 'validation.tooLong') });
type ReasonValues = z.infer<typeof reasonSchema>;

export function WithdrawModal({ opened, cycle, onClose }: { opened: boolean; cycle: CycleDetail; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('paritrana.withdraw.title')} size="lg">
      {opened ? <WithdrawForm cycle={cycle} onDone={onClose} /> : null}
    </FormModal>
  );
}

function WithdrawForm({ cycle, onDone }: { cycle: CycleDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const withdraw = useCycleWrite('award.withdraw');
  const { register, handleSubmit, formState } = useForm<ReasonValues>({ resolver: zodResolver(reasonSchema), defaultValues: { reason: '' } });
  useReportDirty(formState.isDirty);
  const message = formState.errors.reason?.message;
  const send = async ({ reason }: ReasonValues) => {
    await withdraw.mutateAsync({ cycleUid: cycle.uid, reason });
    notifications.show({ message: t('paritrana.withdraw.done') });
    onDone();
  };
  return (
    <form noValidate onSubmit={handleSubmit((v) => send(v).catch(() => undefined))} data-testid="withdraw-dialog">
      <Stack gap="sm">
      <Text size="sm">{t('paritrana.withdraw.intro')}</Text>
      <Textarea label={t('paritrana.withdraw.reason')} description={t('paritrana.withdraw.reasonHint')} withAsterisk autosize minRows={2} maxRows={6} {...register('reason')} error={message ? t(message) : undefined} data-autofocus data-testid="withdraw-reason" />
      <ErrorAlert error={withdraw.error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('paritrana.common.cancel')}
        </Button>
        <Button type="submit" color="orange" loading={withdraw.isPending} data-testid="withdraw-confirm">
          {t('paritrana.withdraw.confirm')}
        </Button>
      </Group>
      </Stack>
    </form>
  );
}
