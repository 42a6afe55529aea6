import { zodResolver } from '@hookform/resolvers/zod';
import { Box, Button, Checkbox, Group, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { followUpInputSchema, followUpKinds, type FollowUp, type FollowUpInput } from '../../../../core/api/employers.ts';
import type { FieldIssue } from '../../../../core/api/result.ts';
import { ApiCallError } from '../../api/client.ts';
import { useErrorText } from '../../api/error-text.ts';
import { useOfficeToday } from '../../api/queries.ts';
import { FormModal, useFormModal, useReportDirty } from '../../components/FormModal.tsx';
import { IsoDateInput } from '../../components/IsoDateInput.tsx';
import { useSaveFollowUp } from './queries.ts';

// A follow-up of one employer: a visit, an inspection, written warning I or II, or a
// recommendation for the sanction "tidak mendapat pelayanan publik tertentu".

type Values = z.output<typeof followUpInputSchema>;
/** What a new follow-up starts with when another screen opens the form (the compliance list). */
export type FollowUpPreset = Partial<Pick<FollowUpInput, 'kind' | 'notes' | 'dueDate'>>;

interface Props {
  employerUid: string;
  followUp: FollowUp | null;
  opened: boolean;
  onClose: () => void;
  preset?: FollowUpPreset | undefined;
  /** Shown in the title when the form is opened away from the employer's page. */
  employerName?: string | undefined;
}

export function FollowUpModal({ employerUid, followUp, opened, onClose, preset, employerName }: Props) {
  const { t } = useTranslation();
  const title = followUp ? t('employers.followUps.editTitle') : t('employers.followUps.newTitle');
  return (
    <FormModal opened={opened} onClose={onClose} title={employerName ? `${title}: ${employerName}` : title} size="lg">
      {opened ? <FollowUpForm key={followUp?.uid ?? 'new'} employerUid={employerUid} followUp={followUp} preset={preset} onClose={onClose} /> : null}
    </FormModal>
  );
}

function FollowUpForm({ employerUid, followUp, preset, onClose }: { employerUid: string; followUp: FollowUp | null; preset: FollowUpPreset | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const save = useSaveFollowUp();
  const today = useOfficeToday();
  const initial: FollowUpInput = followUp
    ? { uid: followUp.uid, employerUid, kind: followUp.kind, date: followUp.date, letterNumber: followUp.letterNumber, dueDate: followUp.dueDate, outcome: followUp.outcome, done: followUp.done, notes: followUp.notes }
    : { employerUid, kind: 'kunjungan', date: today, letterNumber: '', dueDate: null, outcome: '', done: false, notes: '', ...preset };
  const { register, control, handleSubmit, formState, setError } = useForm<FollowUpInput, unknown, Values>({ resolver: zodResolver(followUpInputSchema), defaultValues: initial });
  const modal = useFormModal();
  useReportDirty(formState.isDirty);
  const err = (name: FieldPath<FollowUpInput>) => {
    const message = formState.errors[name as keyof typeof formState.errors]?.message;
    return message ? t(String(message)) : undefined;
  };

  const onSubmit = handleSubmit(async (values) => {
    try {
      await save.mutateAsync(values);
      notifications.show({ color: 'green', title: t('common.saved'), message: t('employers.followUps.saved') });
      onClose();
    } catch (e) {
      if (!(e instanceof ApiCallError)) throw e;
      const issues = (e.error.details as { issues?: FieldIssue[] } | undefined)?.issues ?? [];
      for (const issue of issues) setError(issue.path.split('.')[0] as FieldPath<FollowUpInput>, { type: 'server', message: issue.messageKey });
      notifications.show({ color: 'red', title: t('errors.title'), message: errorText(e.error) });
    }
  });

  return (
    <Box component="form" onSubmit={onSubmit} noValidate aria-label={t('employers.followUps.aria')}>
      <Stack>
      <Controller
        control={control}
        name="kind"
        render={({ field }) => (
          <Select
            label={t('employers.followUps.kind')}
            withAsterisk
            data={followUpKinds.map((k) => ({ value: k, label: t(`employers.followUpKinds.${k}`) }))}
            value={field.value}
            onChange={(v) => v && field.onChange(v)}
            allowDeselect={false}
            searchable
            // Focused when the form opens; its list opens on a click or typing, not over the date fields.
            openOnFocus={false}
            error={err('kind')}
            data-autofocus
          />
        )}
      />
      <SimpleGrid cols={2} spacing="sm">
        <Controller
          control={control}
          name="date"
          render={({ field }) => (
            <IsoDateInput label={t('employers.followUps.date')} description={t('employers.followUps.dateHint')} required value={field.value} onChange={(v) => field.onChange(v ?? '')} onBlur={field.onBlur} inputRef={field.ref} error={err('date')} />
          )}
        />
        <Controller
          control={control}
          name="dueDate"
          render={({ field }) => (
            <IsoDateInput
              label={t('employers.followUps.dueDate')}
              description={t('employers.followUps.dueHint')}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={err('dueDate')}
            />
          )}
        />
      </SimpleGrid>
      <TextInput label={t('employers.followUps.letterNumber')} placeholder={t('employers.followUps.letterHint')} {...register('letterNumber')} error={err('letterNumber')} />
      <Textarea label={t('employers.followUps.outcome')} autosize minRows={2} {...register('outcome')} error={err('outcome')} />
      <Textarea label={t('employers.followUps.notes')} autosize minRows={1} {...register('notes')} error={err('notes')} />
      <Checkbox label={t('employers.followUps.done')} {...register('done')} />
      <Group justify="flex-end">
        <Button variant="default" onClick={() => modal?.requestClose()}>
          {t('employers.common.cancel')}
        </Button>
        <Button type="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Group>
      </Stack>
    </Box>
  );
}
