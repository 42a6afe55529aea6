import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, NumberInput, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { aggregateInputSchema, aggregateSegments, coverageSourceKinds, kbliSections, type Aggregate, type AggregateInput, type AggregateValues } from '../../../core/api/coverage-inputs.ts';
import { FormModal, useReportDirty } from '../components/FormModal.tsx';
import { IsoDateInput } from '../components/IsoDateInput.tsx';
import { useListChoices } from '../components/list-choices.ts';
import { RecordForm } from '../registers/RecordForm.tsx';
import { AreaField } from './AreaField.tsx';
import { useSaveAggregate } from './queries.ts';
import { useFormSend } from './use-form-send.ts';
import { typedNumber, useNumberSeparators } from '../components/number-field.ts';
import { useCheckedForm } from '../components/use-checked-form.ts';

// Tambah / ubah data agregat: a count of active participants for an area at a date, optionally
// for one segment, category, KBLI section or funding source, with its source. A row a frozen
// month summed says why its numbers are locked; a replacement starts as a copy of the retired row.

const blank = (): AggregateInput => ({ areaCode: '', segment: null, category: null, sector: null, funding: null, programmeUid: null, count: 0, asOfDate: '', sourceKind: 'bpjs', source: '', notes: '' });
const toForm = (a: Aggregate): AggregateInput => ({
  uid: a.uid, areaCode: a.areaCode, segment: a.segment, category: a.category, sector: a.sector, funding: a.funding, programmeUid: a.programmeUid, count: a.count, asOfDate: a.asOfDate, sourceKind: a.sourceKind, source: a.source, notes: a.notes,
});

interface Props {
  opened: boolean;
  /** The row to edit, a retired row to start its replacement from (`copy`), or null for a blank one. */
  editing: Aggregate | null;
  copy?: boolean;
  onClose: () => void;
}

export function AggregateFormModal({ opened, editing, copy, onClose }: Props) {
  const { t } = useTranslation();
  const isEdit = editing !== null && !copy;
  const initial = editing ? (copy ? { ...toForm(editing), uid: undefined } : toForm(editing)) : blank();
  return (
    <FormModal opened={opened} onClose={onClose} title={t(isEdit ? 'cakupanInput.form.editAggregate' : 'cakupanInput.form.newAggregate')} size="min(900px, 96vw)">
      {opened ? <AggregateForm initial={initial} note={isEdit && editing.usedBySnapshot ? 'frozenNote' : copy ? 'replaceNote' : null} onSaved={onClose} /> : null}
    </FormModal>
  );
}

function AggregateForm({ initial, note, onSaved }: { initial: AggregateInput; note: 'frozenNote' | 'replaceNote' | null; onSaved: () => void }) {
  const { t } = useTranslation();
  const separators = useNumberSeparators();
  const save = useSaveAggregate();
  const categories = useListChoices('vulnerable_category');
  const funding = useListChoices('funding_source');
  const form = useCheckedForm<AggregateInput, AggregateValues>(zodResolver(aggregateInputSchema), initial);
  const { register, control, handleSubmit, formState } = form;
  useReportDirty(formState.isDirty);
  const { err, send } = useFormSend(form, save.mutateAsync, onSaved);
  const optional = (name: 'segment' | 'category' | 'sector' | 'funding', data: { value: string; label: string }[], testId: string) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Select label={t(`cakupanInput.fields.${name}`)} description={t('cakupanInput.form.narrowHint')} data={data} value={field.value ?? null} onChange={(v) => field.onChange(v)} clearable searchable placeholder={t('cakupanInput.common.all')} error={err(name)} data-testid={testId} />
      )}
    />
  );

  return (
    <RecordForm words="cakupanInput" onSubmit={handleSubmit(send)} saving={save.isPending}>
      {note ? (
        <Alert color={note === 'frozenNote' ? 'yellow' : 'blue'} data-testid="aggregate-form-note">
          {t(`cakupanInput.aggregates.${note}`)}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
        <Box style={{ gridColumn: '1 / -1' }}>
          <Controller control={control} name="areaCode" render={({ field }) => <AreaField value={field.value} onChange={(code) => field.onChange(code)} error={err('areaCode')} testId="aggregate-area" />} />
        </Box>
        <Controller
          control={control}
          name="count"
          render={({ field }) => (
            <NumberInput label={t('cakupanInput.fields.count')} withAsterisk value={field.value ?? ''} onChange={(v) => field.onChange(typedNumber(v, null))} onBlur={field.onBlur} min={0} max={1_000_000_000} clampBehavior="none" allowDecimal={false} {...separators} error={err('count')} data-autofocus data-testid="aggregate-count" />
          )}
        />
        <Controller
          control={control}
          name="asOfDate"
          render={({ field }) => <IsoDateInput label={t('cakupanInput.fields.asOfDate')} description={t('cakupanInput.form.aggregateDateHint')} required value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={err('asOfDate')} testId="aggregate-date" />}
        />
        {optional('segment', aggregateSegments.map((s) => ({ value: s, label: t(`cakupanInput.segment.${s}`) })), 'aggregate-segment')}
        {optional('category', categories.options, 'aggregate-category')}
        {optional('sector', kbliSections.map((s) => ({ value: s, label: s })), 'aggregate-sector')}
        {optional('funding', funding.options, 'aggregate-funding')}
        <Controller
          control={control}
          name="sourceKind"
          render={({ field }) => <Select label={t('cakupanInput.fields.sourceKind')} withAsterisk data={coverageSourceKinds.map((s) => ({ value: s, label: t(`cakupanInput.sourceKind.${s}`) }))} value={field.value} onChange={(v) => v && field.onChange(v)} allowDeselect={false} searchable error={err('sourceKind')} />}
        />
        <TextInput label={t('cakupanInput.fields.source')} description={t('cakupanInput.form.sourceHint')} withAsterisk {...register('source')} error={err('source')} data-testid="aggregate-source" />
        <Box style={{ gridColumn: '1 / -1' }}>
          <Textarea label={t('cakupanInput.fields.notes')} autosize minRows={1} {...register('notes')} error={err('notes')} />
        </Box>
      </SimpleGrid>
    </RecordForm>
  );
}
