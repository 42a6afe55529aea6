import { zodResolver } from '@hookform/resolvers/zod';
import { Box, Button, Fieldset, NumberInput, Select, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Controller, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../../core/api/result.ts';
import { jenisSingkatan, regulationInputSchema, regulationJenis, type RegulationDetail, type RegulationInput, type RegulationValues } from '../../../../core/api/regulations.ts';
import { ApiCallError } from '../../api/client.ts';
import { useErrorText } from '../../api/error-text.ts';
import { useReportDirty } from '../../components/FormModal.tsx';
import { IsoDateInput } from '../../components/IsoDateInput.tsx';
import { tooLongWords } from '../../components/text-limit.ts';
import { ConfirmDialog, issuesOnFields, RecordForm, RecordFormModal, type RecordFormHandlers, type RecordFormModalProps } from '../../registers/RecordForm.tsx';
import { RegulationAreaSelect } from './RegulationAreaSelect.tsx';
import { core } from './regulation-columns.tsx';
import { useRegulation, useSaveRegulation } from './queries.ts';
import { useCheckedForm } from '../../components/use-checked-form.ts';
import { dayMonthYear } from '../../../../core/api/calendar-day.ts';

// Tambah / ubah regulasi: the JDIH metadata in one form. A field that holds no valid value
// blocks the save and says why; the server's checks land on their fields; what was typed stays.

type FormValues = RegulationInput;
const blank: FormValues = {
  jenis: 'perbup', singkatanJenis: '', nomor: '', tahun: null, judul: '', teuBadan: '', tempatPenetapan: '', tanggalPenetapan: null, tanggalPengundangan: null, sumber: '', subjek: '',
  bidangHukum: '', bahasa: 'Indonesia', lokasi: '', abstrak: '', penandatangan: '', pemrakarsa: '', areaCode: null, effectiveDate: null, jdihnId: null, urlDownload: '', notes: '',
};
const toForm = (d: RegulationDetail): FormValues => {
  const { id: _i, areaName: _a, recordStatus: _r, statusReason: _s, statusDate: _d, createdAt: _c, updatedAt: _u, ...values } = d.regulation;
  return values;
};

export function RegulationFormModal({ opened, uid, onClose, onSaved, onOpenOther }: RecordFormModalProps<RegulationDetail>) {
  return (
    <RecordFormModal opened={opened} uid={uid} onClose={onClose} titles={{ edit: 'regulasi.form.editTitle', new: 'regulasi.form.newTitle' }} useRecord={useRegulation}>
      {(loaded) => <RegulationForm initial={loaded ? toForm(loaded) : blank} onSaved={onSaved} onOpenOther={onOpenOther} />}
    </RecordFormModal>
  );
}

function RegulationForm({ initial, onSaved, onOpenOther }: RecordFormHandlers<RegulationDetail> & { initial: FormValues }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const save = useSaveRegulation();
  const form = useCheckedForm<FormValues, RegulationValues>(zodResolver(regulationInputSchema), initial);
  const { register, control, handleSubmit, formState, getFieldState } = form;
  const [existing, setExisting] = useState<{ uid: string; message: string } | null>(null);
  useReportDirty(formState.isDirty);
  const label = (key: string) => core(t, `regulations.fields.${key}`);
  const err = (name: FieldPath<FormValues>): string | undefined => {
    const message = getFieldState(name, formState).error?.message;
    return message ? tooLongWords(t, String(message), regulationInputSchema, name, form.getValues(name)) : undefined;
  };

  const send = async (values: RegulationValues) => {
    try {
      onSaved(await save.mutateAsync(values));
    } catch (error) {
      if (!(error instanceof ApiCallError)) throw error;
      const details = error.error.details as { kind?: string; existingUid?: string; issues?: FieldIssue[] } | undefined;
      const message = errorText(error.error);
      if (details?.kind === 'same_number' && details.existingUid) setExisting({ uid: details.existingUid, message });
      const onFields = issuesOnFields(form, details?.issues, message);
      if (!onFields && details?.kind !== 'same_number') notifications.show({ color: 'red', title: t('errors.title'), message });
    }
  };

  const dialogs = (
    <ConfirmDialog opened={existing !== null} onBack={() => setExisting(null)} title={t('errors.title')} testId="regulation-confirm" backLabel={t('regulasi.form.back')} actions={existing ? <Button onClick={() => onOpenOther(existing.uid)}>{t('regulasi.form.inUse')}</Button> : null}>
      <Text size="sm">{existing?.message}</Text>
    </ConfirmDialog>
  );
  // Said, not refused (records from JDIHN are kept as published): a year typed wrong in one of the two (walk 38: 2016 for 2026).
  const lateGazetteHint = (penetapan: string | null | undefined, pengundangan: string | null | undefined) =>
    penetapan && pengundangan && Date.parse(pengundangan) - Date.parse(penetapan) > 366 * 86_400_000 ? t('regulasi.form.lateGazette', { penetapan: dayMonthYear(penetapan) }) : undefined;
  const date = (name: 'tanggalPenetapan' | 'tanggalPengundangan' | 'effectiveDate', description?: string) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => <IsoDateInput value={field.value} onChange={field.onChange} onBlur={field.onBlur} inputRef={field.ref} label={label(name)} {...(description ? { description } : {})} error={err(name)} testId={`regulation-${name}`} />}
    />
  );

  return (
    <RecordForm words="regulasi" onSubmit={handleSubmit((values) => send(values))} saving={save.isPending} dialogs={dialogs}>
      <Fieldset legend={t('regulasi.form.identity')}>
        {/* The cursor starts at Jenis: the form reads as the citation does (jenis, nomor, tahun, then the title), Tab after Tab. */}
        <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm" verticalSpacing="xs">
          <Controller
            control={control}
            name="jenis"
            render={({ field }) => (
              <Select label={label('jenis')} withAsterisk data={regulationJenis.map((j) => ({ value: j, label: core(t, `regulations.jenis.${j}`) }))} value={field.value} onChange={(v) => v && field.onChange(v)} ref={field.ref} allowDeselect={false} searchable // The dialog opens with the keyboard here, its list closed (it covered Nomor and Judul; walk 32)
                openOnFocus={false} error={err('jenis')} data-autofocus data-testid="regulation-jenis" />
            )}
          />
          <TextInput label={label('singkatanJenis')} description={t('regulasi.form.singkatanHint')} placeholder={jenisSingkatan[form.watch('jenis')] ?? ''} {...register('singkatanJenis')} error={err('singkatanJenis')} />
          <TextInput label={label('nomor')} {...register('nomor')} error={err('nomor')} data-testid="regulation-nomor" />
          <Controller
            control={control}
            name="tahun"
            render={({ field }) => (
              <NumberInput label={label('tahun')} value={field.value ?? ''} onChange={(v) => field.onChange(typeof v === 'number' ? v : v === '' ? null : Number(v))} onBlur={field.onBlur} ref={field.ref} min={1945} max={2100} clampBehavior="none" allowDecimal={false} thousandSeparator="" error={err('tahun')} data-testid="regulation-tahun" />
            )}
          />
          <Box style={{ gridColumn: 'span 4' }}>
            <Textarea label={label('judul')} withAsterisk autosize minRows={1} maxRows={4} {...register('judul')} error={err('judul')} data-testid="regulation-judul" />
          </Box>
          <TextInput label={label('teuBadan')} placeholder={t('regulasi.form.teuPlaceholder')} {...register('teuBadan')} error={err('teuBadan')} data-testid="regulation-teuBadan" />
          <TextInput label={label('penandatangan')} {...register('penandatangan')} error={err('penandatangan')} />
          <TextInput label={label('pemrakarsa')} {...register('pemrakarsa')} error={err('pemrakarsa')} />
          <TextInput label={label('jdihnId')} {...register('jdihnId', { setValueAs: (v: string) => (v ? v : null) })} error={err('jdihnId')} />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('regulasi.form.dates')}>
        <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm" verticalSpacing="xs">
          <TextInput label={label('tempatPenetapan')} {...register('tempatPenetapan')} error={err('tempatPenetapan')} />
          {date('tanggalPenetapan')}
          {date('tanggalPengundangan', lateGazetteHint(form.watch('tanggalPenetapan'), form.watch('tanggalPengundangan')))}
          {date('effectiveDate', t('regulasi.form.effectiveHint'))}
          <Box style={{ gridColumn: 'span 2' }}>
            <TextInput label={label('sumber')} description={t('regulasi.form.sumberHint')} {...register('sumber')} error={err('sumber')} />
          </Box>
          <Box style={{ gridColumn: 'span 2' }}>
            <Controller
              control={control}
              name="areaCode"
              render={({ field }) => (
                <RegulationAreaSelect value={field.value ?? null} onChange={field.onChange} onBlur={field.onBlur} label={label('areaCode')} description={t('regulasi.form.areaHint')} error={err('areaCode')} testId="regulation-areaCode" />
              )}
            />
          </Box>
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('regulasi.form.content')}>
        <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm" verticalSpacing="xs">
          <TextInput label={label('subjek')} {...register('subjek')} error={err('subjek')} />
          <TextInput label={label('bidangHukum')} {...register('bidangHukum')} error={err('bidangHukum')} />
          <TextInput label={label('bahasa')} {...register('bahasa')} error={err('bahasa')} />
          <TextInput label={label('lokasi')} {...register('lokasi')} error={err('lokasi')} />
          <Box style={{ gridColumn: 'span 4' }}>
            <Textarea label={label('abstrak')} autosize minRows={2} maxRows={8} {...register('abstrak')} error={err('abstrak')} data-testid="regulation-abstrak" />
          </Box>
          <Box style={{ gridColumn: 'span 4' }}>
            <TextInput label={label('urlDownload')} {...register('urlDownload')} error={err('urlDownload')} />
          </Box>
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('regulasi.form.office')}>
        <Textarea label={label('notes')} autosize minRows={1} maxRows={4} {...register('notes')} error={err('notes')} />
      </Fieldset>
    </RecordForm>
  );
}
