import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, NumberInput, Select, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Controller, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { awardCategories, awardLevels, cycleInputSchema, type CycleDetail, type CycleInput, type CycleSummary, type CycleValues } from '../../../core/api/award.ts';
import { useOfficeProfile, useOfficeYear } from '../api/queries.ts';
import { FormModal, useReportDirty } from '../components/FormModal.tsx';
import { IsoDateInput } from '../components/IsoDateInput.tsx';
import { AwardForm, useAwardSend } from './AwardForm.tsx';
import { calendarYear } from './dates.ts';
import { useCycleWrite } from './queries.ts';
import { useCheckedForm } from '../components/use-checked-form.ts';

// "Siklus baru" / "Ubah siklus": edition, year, level, category, the assessment period and the
// announced dates, each separate (the edition, the period and the ceremony differ). A new cycle
// starts on this year's calendar year (the office's year); changing the year moves an untouched period with it.

const editionOf = (year: number) => `Paritrana Award ${year}`;

function blank(officeLevel: 'provinsi' | 'kabupaten_kota' | null | undefined, year: number): CycleInput {
  return {
    edition: editionOf(year), year, level: 'provinsi', category: officeLevel === 'provinsi' ? 'pemerintah_provinsi' : 'pemerintah_kabupaten_kota',
    ...calendarYear(year), submissionDeadline: null, interviewDate: null, ceremonyDate: null, result: '', notes: '',
  };
}

const toForm = (c: CycleSummary): CycleInput => ({
  uid: c.uid, edition: c.edition, year: c.year, level: c.level, category: c.category, periodStart: c.periodStart, periodEnd: c.periodEnd,
  submissionDeadline: c.submissionDeadline, interviewDate: c.interviewDate, ceremonyDate: c.ceremonyDate, result: c.result, notes: c.notes,
});

interface Props {
  opened: boolean;
  /** null: a new cycle. */
  editing: CycleSummary | null;
  /** An approved cycle: only its result and notes may change (they are not in the package). */
  locked?: boolean;
  onClose: () => void;
  onSaved: (cycle: CycleDetail) => void;
}

export function CycleFormModal({ opened, editing, locked = false, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const profile = useOfficeProfile();
  const year = useOfficeYear();
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t(editing ? 'paritrana.form.editTitle' : 'paritrana.form.newTitle')}
      size="min(900px, 96vw)"
      // An approved cycle's edition is off and cannot take the focus, so the close button does
      // (the focus inside the dialog is what lets Esc close it).
      closeButtonProps={{ 'aria-label': t('common.close'), ...(locked ? { 'data-autofocus': true } : {}) }}
    >
      {opened && (editing || !profile.isPending) ? <CycleForm initial={editing ? toForm(editing) : blank(profile.data?.level, year)} locked={locked} onSaved={onSaved} /> : null}
    </FormModal>
  );
}

function CycleForm({ initial, locked, onSaved }: { initial: CycleInput; locked: boolean; onSaved: (cycle: CycleDetail) => void }) {
  const { t } = useTranslation();
  const save = useCycleWrite('award.cycles.save');
  const [failure, setFailure] = useState<string | null>(null);
  const form = useCheckedForm<CycleInput, CycleValues>(zodResolver(cycleInputSchema), initial);
  const { register, control, handleSubmit, formState, getValues, setValue, setError } = form;
  useReportDirty(formState.isDirty);
  const { err, guard } = useAwardSend(form, setFailure);

  // A year changed moves the edition's name and the period with it while they still follow the old year.
  const onYear = (year: number | null, previous: number | null) => {
    if (year === null || previous === null || year < 2015 || year > 2100) return;
    const before = calendarYear(previous);
    if (getValues('periodStart') === before.periodStart && getValues('periodEnd') === before.periodEnd) {
      const after = calendarYear(year);
      setValue('periodStart', after.periodStart, { shouldDirty: true });
      setValue('periodEnd', after.periodEnd, { shouldDirty: true });
    }
    if (getValues('edition') === editionOf(previous)) setValue('edition', editionOf(year), { shouldDirty: true });
  };

  const send = (values: CycleValues) =>
    guard(async () => {
      if (values.periodEnd < values.periodStart) {
        setError('periodEnd', { type: 'order', message: 'paritrana.form.periodOrder' });
        return;
      }
      const saved = await save.mutateAsync(values);
      if (!initial.uid) notifications.show({ color: 'green', message: t('paritrana.form.savedNew', { edition: saved.edition }) });
      onSaved(saved);
    });

  const date = (name: FieldPath<CycleInput> & ('periodStart' | 'periodEnd' | 'submissionDeadline' | 'interviewDate' | 'ceremonyDate'), label: string, required = false) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <IsoDateInput value={field.value ?? null} onChange={field.onChange} onBlur={field.onBlur} inputRef={field.ref} label={label} required={required} error={err(name)} testId={`cycle-${name}`} disabled={locked} />
      )}
    />
  );

  return (
    <AwardForm onSubmit={handleSubmit(send)} aria={t('paritrana.form.aria')} saving={save.isPending} failure={failure ? <Alert color="red" role="alert" data-testid="cycle-form-error">{failure}</Alert> : null}>
      {locked ? <Alert color="green" variant="light">{t('paritrana.form.lockedHint')}</Alert> : null}
      <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm" verticalSpacing="xs">
        <Box style={{ gridColumn: 'span 3' }}>
          <TextInput label={t('paritrana.form.edition')} description={t('paritrana.form.editionHint')} withAsterisk {...register('edition')} error={err('edition')} disabled={locked} data-autofocus={!locked || undefined} data-testid="cycle-edition" />
        </Box>
        <Controller
          control={control}
          name="year"
          render={({ field }) => (
            <NumberInput
              label={t('paritrana.form.year')}
              description={t('paritrana.form.yearHint')}
              withAsterisk
              value={field.value}
              onChange={(v) => {
                const year = typeof v === 'number' ? v : v === '' ? null : Number(v);
                onYear(year, field.value);
                field.onChange(year);
              }}
              onBlur={field.onBlur}
              allowDecimal={false}
              thousandSeparator=""
              min={2015}
              max={2100}
              error={err('year')}
              disabled={locked}
              data-testid="cycle-year"
            />
          )}
        />
        <Controller
          control={control}
          name="level"
          render={({ field }) => (
            <Select label={t('paritrana.form.level')} withAsterisk data={awardLevels.map((l) => ({ value: l, label: t(`paritrana.levels.${l}`) }))} value={field.value} onChange={(v) => v && field.onChange(v)} allowDeselect={false} error={err('level')} disabled={locked} data-testid="cycle-level" />
          )}
        />
        <Box style={{ gridColumn: 'span 2' }}>
          <Controller
            control={control}
            name="category"
            render={({ field }) => (
              <Select label={t('paritrana.form.category')} withAsterisk data={awardCategories.map((c) => ({ value: c, label: t(`paritrana.categories.${c}`) }))} value={field.value} onChange={(v) => v && field.onChange(v)} allowDeselect={false} error={err('category')} disabled={locked} data-testid="cycle-category" />
            )}
          />
        </Box>
        <Box />
        {date('periodStart', t('paritrana.form.periodStart'), true)}
        {date('periodEnd', t('paritrana.form.periodEnd'), true)}
        <Box style={{ gridColumn: 'span 2' }}>
          <Text size="xs" c="dimmed" mt={24}>
            {t('paritrana.form.periodHint')}
          </Text>
        </Box>
        {date('submissionDeadline', t('paritrana.form.deadline'))}
        {date('interviewDate', t('paritrana.form.interview'))}
        {date('ceremonyDate', t('paritrana.form.ceremony'))}
        <Text size="xs" c="dimmed" mt={24}>
          {t('paritrana.form.datesHint')}
        </Text>
        <Box style={{ gridColumn: 'span 2' }}>
          <TextInput label={t('paritrana.form.result')} description={t('paritrana.form.resultHint')} {...register('result')} error={err('result')} />
        </Box>
        <Box style={{ gridColumn: 'span 4' }}>
          <Textarea label={t('paritrana.form.notes')} autosize minRows={1} maxRows={5} {...register('notes')} error={err('notes')} />
        </Box>
      </SimpleGrid>
    </AwardForm>
  );
}
