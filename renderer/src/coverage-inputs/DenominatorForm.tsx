import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, NumberInput, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { Controller, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { coverageSourceKinds, denominatorInputSchema, denominatorUniverses, type Denominator, type DenominatorInput, type DenominatorValues } from '../../../core/api/coverage-inputs.ts';
import { FormModal, useReportDirty } from '../components/FormModal.tsx';
import { IsoDateInput } from '../components/IsoDateInput.tsx';
import { useListChoices } from '../components/list-choices.ts';
import { RecordForm } from '../registers/RecordForm.tsx';
import { AreaField } from './AreaField.tsx';
import { useSaveDenominator } from './queries.ts';
import { useFormSend } from './use-form-send.ts';
import { typedNumber, useNumberSeparators } from '../components/number-field.ts';
import { useCheckedForm } from '../components/use-checked-form.ts';

// Tambah / ubah penyebut: its name, number, area, what it counts, source and date. A denominator
// a frozen month uses shows why its numbers are locked (the server refuses their change).

// What the form holds: the number is empty until typed (a 0 shown would look like a value; 0 typed is shown and refused).
// The schema checks it as typed (null or text is refused with the field's message).
type DenominatorDraft = Omit<DenominatorInput, 'value'> & { value: number | string | null };

const blank = (): DenominatorDraft => ({ name: '', value: null, areaCode: '', universe: 'bekerja', category: null, programmeUid: null, sourceKind: 'bps_sakernas', source: '', asOfDate: '', notes: '' });
const toForm = (d: Denominator): DenominatorDraft => ({
  uid: d.uid, name: d.name, value: d.value, areaCode: d.areaCode, universe: d.universe, category: d.category, programmeUid: d.programmeUid, sourceKind: d.sourceKind, source: d.source, asOfDate: d.asOfDate, notes: d.notes,
});

interface Props {
  opened: boolean;
  /** The denominator to edit, a copy to start a new one from (`copy`), or null for a blank one. */
  editing: Denominator | null;
  copy?: boolean;
  onClose: () => void;
}

export function DenominatorFormModal({ opened, editing, copy, onClose }: Props) {
  const { t } = useTranslation();
  const isEdit = editing !== null && !copy;
  return (
    <FormModal opened={opened} onClose={onClose} title={t(isEdit ? 'cakupanInput.form.editDenominator' : 'cakupanInput.form.newDenominator')} size="min(900px, 96vw)">
      {opened ? <DenominatorForm initial={editing ? (copy ? { ...toForm(editing), uid: undefined } : toForm(editing)) : blank()} frozen={isEdit && editing.usedBySnapshot} onSaved={onClose} /> : null}
    </FormModal>
  );
}

function DenominatorForm({ initial, frozen, onSaved }: { initial: DenominatorDraft; frozen: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  const separators = useNumberSeparators();
  const save = useSaveDenominator();
  const categories = useListChoices('vulnerable_category');
  const form = useCheckedForm<DenominatorDraft, DenominatorValues>(zodResolver(denominatorInputSchema) as Resolver<DenominatorDraft, unknown, DenominatorValues>, initial);
  const { register, control, handleSubmit, formState } = form;
  useReportDirty(formState.isDirty);
  const { err, send } = useFormSend(form, save.mutateAsync, onSaved);

  return (
    <RecordForm words="cakupanInput" onSubmit={handleSubmit(send)} saving={save.isPending}>
      {frozen ? <Alert color="yellow">{t('cakupanInput.denominators.frozenNote')}</Alert> : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
        <Box style={{ gridColumn: '1 / -1' }}>
          <TextInput label={t('cakupanInput.fields.name')} withAsterisk {...register('name')} error={err('name')} data-autofocus data-testid="denominator-name" />
        </Box>
        <Controller
          control={control}
          name="value"
          render={({ field }) => (
            <NumberInput label={t('cakupanInput.fields.value')} withAsterisk value={field.value ?? ''} onChange={(v) => field.onChange(typedNumber(v, null))} onBlur={field.onBlur} min={1} max={1_000_000_000} clampBehavior="none" allowDecimal={false} {...separators} error={err('value')} data-testid="denominator-value" />
          )}
        />
        <Controller
          control={control}
          name="universe"
          render={({ field }) => <Select label={t('cakupanInput.fields.universe')} withAsterisk data={denominatorUniverses.map((u) => ({ value: u, label: t(`cakupanInput.universe.${u}`) }))} value={field.value} onChange={(v) => v && field.onChange(v)} allowDeselect={false} searchable error={err('universe')} data-testid="denominator-universe" />}
        />
        <Box style={{ gridColumn: '1 / -1' }}>
          <Controller control={control} name="areaCode" render={({ field }) => <AreaField value={field.value} onChange={(code) => field.onChange(code)} error={err('areaCode')} testId="denominator-area" />} />
        </Box>
        <Controller
          control={control}
          name="sourceKind"
          render={({ field }) => <Select label={t('cakupanInput.fields.sourceKind')} withAsterisk data={coverageSourceKinds.map((s) => ({ value: s, label: t(`cakupanInput.sourceKind.${s}`) }))} value={field.value} onChange={(v) => v && field.onChange(v)} allowDeselect={false} searchable error={err('sourceKind')} data-testid="denominator-source-kind" />}
        />
        <Controller
          control={control}
          name="asOfDate"
          render={({ field }) => <IsoDateInput label={t('cakupanInput.fields.asOfDate')} description={t('cakupanInput.form.dateHint')} required value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={err('asOfDate')} testId="denominator-date" />}
        />
        <Box style={{ gridColumn: '1 / -1' }}>
          <TextInput label={t('cakupanInput.fields.source')} description={t('cakupanInput.form.sourceHint')} withAsterisk {...register('source')} error={err('source')} data-testid="denominator-source" />
        </Box>
        <Controller
          control={control}
          name="category"
          render={({ field }) => (
            <Select label={t('cakupanInput.fields.category')} description={t('cakupanInput.form.narrowHint')} data={categories.options} value={field.value ?? null} onChange={(v) => field.onChange(v)} clearable searchable placeholder={t('cakupanInput.common.all')} error={err('category')} />
          )}
        />
        <Box style={{ gridColumn: '1 / -1' }}>
          <Textarea label={t('cakupanInput.fields.notes')} autosize minRows={1} {...register('notes')} error={err('notes')} />
        </Box>
      </SimpleGrid>
    </RecordForm>
  );
}
