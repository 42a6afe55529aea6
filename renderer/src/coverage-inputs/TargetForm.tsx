import { zodResolver } from '@hookform/resolvers/zod';
import { Box, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { aggregateSegments, targetInputSchema, targetKinds, type Target, type TargetInput, type TargetValues } from '../../../core/api/coverage-inputs.ts';
import { useOfficeYear } from '../api/queries.ts';
import { FormModal, useReportDirty } from '../components/FormModal.tsx';
import { formatNumber } from '../format.ts';
import { useListChoices } from '../components/list-choices.ts';
import { RecordForm } from '../registers/RecordForm.tsx';
import { AreaField } from './AreaField.tsx';
import { useDenominators, useSaveTarget } from './queries.ts';
import { useFormSend } from './use-form-send.ts';
import { typedNumber, useNumberSeparators } from '../components/number-field.ts';
import { useCheckedForm } from '../components/use-checked-form.ts';

// Tambah / ubah target: the year, area, a percentage of a denominator or a number of people,
// optionally for one segment or category, and where it was set.

const blank = (year: number): TargetInput => ({ year, areaCode: '', kind: 'persen', value: 0, denominatorUid: null, segment: null, category: null, programmeUid: null, source: '', notes: '' });
const toForm = (x: Target): TargetInput => ({
  uid: x.uid, year: x.year, areaCode: x.areaCode, kind: x.kind, value: x.value, denominatorUid: x.denominatorUid, segment: x.segment, category: x.category, programmeUid: x.programmeUid, source: x.source, notes: x.notes,
});

export function TargetFormModal({ opened, editing, onClose }: { opened: boolean; editing: Target | null; onClose: () => void }) {
  const { t } = useTranslation();
  const year = useOfficeYear();
  return (
    <FormModal opened={opened} onClose={onClose} title={t(editing ? 'cakupanInput.form.editTarget' : 'cakupanInput.form.newTarget')} size="min(900px, 96vw)">
      {opened ? <TargetForm initial={editing ? toForm(editing) : blank(year)} onSaved={onClose} /> : null}
    </FormModal>
  );
}

function TargetForm({ initial, onSaved }: { initial: TargetInput; onSaved: () => void }) {
  const { t } = useTranslation();
  const separators = useNumberSeparators();
  const save = useSaveTarget();
  const denominators = useDenominators(false);
  const categories = useListChoices('vulnerable_category');
  const form = useCheckedForm<TargetInput, TargetValues>(zodResolver(targetInputSchema), initial);
  const { register, control, handleSubmit, formState, setValue } = form;
  useReportDirty(formState.isDirty);
  const { err, send } = useFormSend(form, save.mutateAsync, onSaved);
  const [kind, value, denominatorUid, areaCode] = useWatch({ control, name: ['kind', 'value', 'denominatorUid', 'areaCode'] });
  const chosen = denominators.data?.find((d) => d.uid === denominatorUid);
  // Only the chosen area's denominators (all while no area is chosen); a choice of another area kept
  // from before stays listed so that the refusal on saving can name it.
  const offered = (denominators.data ?? []).filter((d) => !areaCode || d.areaCode === areaCode || d.uid === denominatorUid);
  const options = offered.map((d) => ({ value: d.uid, label: `${d.name} — ${formatNumber(d.value)} (${d.areaCode})` }));
  if (denominatorUid && !chosen) options.push({ value: denominatorUid, label: denominatorUid });

  return (
    <RecordForm words="cakupanInput" onSubmit={handleSubmit(send)} saving={save.isPending}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
        <Controller
          control={control}
          name="year"
          render={({ field }) => <NumberInput label={t('cakupanInput.fields.year')} withAsterisk value={field.value} onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v))} onBlur={field.onBlur} min={2000} max={2100} clampBehavior="none" allowDecimal={false} thousandSeparator="" error={err('year')} data-autofocus data-testid="target-year" />}
        />
        <Controller
          control={control}
          name="kind"
          render={({ field }) => (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('cakupanInput.fields.kind')}
              </Text>
              <SegmentedControl
                data={targetKinds.map((k) => ({ value: k, label: t(`cakupanInput.kind.${k}`) }))}
                value={field.value}
                onChange={(v) => {
                  field.onChange(v);
                  if (v === 'orang') setValue('denominatorUid', null, { shouldDirty: true });
                }}
                data-testid="target-kind"
              />
            </Stack>
          )}
        />
        <Box style={{ gridColumn: '1 / -1' }}>
          <Controller
            control={control}
            name="areaCode"
            render={({ field }) => (
              <AreaField
                value={field.value}
                onChange={(code) => {
                  field.onChange(code);
                  // A denominator of the area left behind no longer fits: choose again.
                  if (chosen && chosen.areaCode !== code) setValue('denominatorUid', null, { shouldDirty: true });
                }}
                error={err('areaCode')}
                testId="target-area"
              />
            )}
          />
        </Box>
        <Controller
          control={control}
          name="value"
          render={({ field }) => (
            <NumberInput
              label={t('cakupanInput.fields.targetValue')}
              withAsterisk
              value={field.value ?? ''}
              onChange={(v) => field.onChange(typedNumber(v, null))}
              onBlur={field.onBlur}
              min={0}
              max={kind === 'persen' ? 100 : undefined}
              // What was typed stays (250 % is not turned into 100 %): the schema says the range beside it.
              clampBehavior="none"
              allowDecimal={kind === 'persen'}
              decimalScale={2}
              {...separators}
              suffix={kind === 'persen' ? ' %' : ''}
              error={err('value')}
              data-testid="target-value"
            />
          )}
        />
        {kind === 'persen' ? (
          <Controller
            control={control}
            name="denominatorUid"
            render={({ field }) => (
              <Select
                label={t('cakupanInput.fields.denominator')}
                description={chosen && typeof value === 'number' && value >= 0 && value <= 100 ? `≈ ${formatNumber(Math.ceil((value * chosen.value) / 100))} ${t('cakupanInput.fields.people').toLowerCase()}` : t('cakupanInput.targets.needsDenominator')}
                withAsterisk
                data={options}
                value={field.value ?? null}
                onChange={(v) => field.onChange(v)}
                searchable
                placeholder={t('cakupanInput.common.choose')}
                error={err('denominatorUid')}
                data-testid="target-denominator"
              />
            )}
          />
        ) : (
          <div />
        )}
        <Controller
          control={control}
          name="segment"
          render={({ field }) => <Select label={t('cakupanInput.fields.segment')} description={t('cakupanInput.form.narrowHint')} data={aggregateSegments.map((s) => ({ value: s, label: t(`cakupanInput.segment.${s}`) }))} value={field.value ?? null} onChange={(v) => field.onChange(v)} clearable placeholder={t('cakupanInput.common.all')} />}
        />
        <Controller
          control={control}
          name="category"
          render={({ field }) => <Select label={t('cakupanInput.fields.category')} description={t('cakupanInput.form.narrowHint')} data={categories.options} value={field.value ?? null} onChange={(v) => field.onChange(v)} clearable searchable placeholder={t('cakupanInput.common.all')} error={err('category')} />}
        />
        <Box style={{ gridColumn: '1 / -1' }}>
          <TextInput label={t('cakupanInput.fields.source')} withAsterisk {...register('source')} error={err('source')} data-testid="target-source" />
        </Box>
        <Box style={{ gridColumn: '1 / -1' }}>
          <Textarea label={t('cakupanInput.fields.notes')} autosize minRows={1} {...register('notes')} error={err('notes')} />
        </Box>
      </SimpleGrid>
    </RecordForm>
  );
}
