import { zodResolver } from '@hookform/resolvers/zod';
import { ActionIcon, Box, Button, Checkbox, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Controller, useFieldArray, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { programmeInputSchema, programmePackageCodes, programmeStatuses, type Programme, type ProgrammeInput, type ProgrammeValues } from '../../../../core/api/programmes.ts';
import type { FieldIssue } from '../../../../core/api/result.ts';
import { ApiCallError } from '../../api/client.ts';
import { useOfficeYear } from '../../api/queries.ts';
import { useErrorText } from '../../api/error-text.ts';
import { useReportDirty } from '../../components/FormModal.tsx';
import { issuesOnFields, RecordForm, RecordFormModal, type RecordFormModalProps } from '../../registers/RecordForm.tsx';
import { useLegalBasisPick } from '../regulations/queries.ts';
import { useListChoices } from '../../components/list-choices.ts';
import { useProgramme, useSaveProgramme } from './queries.ts';
import { typedNumber, useNumberSeparators } from '../../components/number-field.ts';
import { RupiahInput } from '../../components/RupiahInput.tsx';
import { useCheckedForm } from '../../components/use-checked-form.ts';

// Tambah / ubah program pekerja rentan: the programme, its package and budget, and its target
// people by category. A field without a valid value blocks the save and says why; the server's
// checks land on their fields; what was typed stays.

type FormValues = ProgrammeInput;

const blank = (year: number): FormValues => ({ name: '', year, funding: '', package: ['JKK', 'JKM'], declaredIncome: null, budget: null, legalBasisRegulationUid: null, legalBasis: '', notes: '', status: 'aktif', targets: [], recalculate: false });

const toForm = (p: Programme): FormValues => ({
  uid: p.uid, name: p.name, year: p.year, funding: p.funding, package: p.package, declaredIncome: p.declaredIncome, budget: p.budget, legalBasisRegulationUid: p.legalBasisRegulationUid, legalBasis: p.legalBasis, notes: p.notes, status: p.status,
  targets: p.targets.map((t) => ({ category: t.category, target: t.target })), recalculate: false,
});

export function ProgrammeFormModal({ opened, uid, onClose, onSaved }: Omit<RecordFormModalProps<Programme>, 'onOpenOther'>) {
  const year = useOfficeYear();
  return (
    <RecordFormModal opened={opened} uid={uid} onClose={onClose} titles={{ edit: 'program.form.editTitle', new: 'program.form.newTitle' }} useRecord={useProgramme}>
      {(loaded) => <ProgrammeForm initial={loaded ? toForm(loaded) : blank(year)} linked={loaded?.legalBasisRegulation ?? null} editing={loaded !== null} onSaved={onSaved} />}
    </RecordFormModal>
  );
}

/** The legal basis as a record of the regulations register: found by its number or title. */
function RegulationPicker({ value, onChange, linked, error }: { value: string | null; onChange: (uid: string | null) => void; linked: Programme['legalBasisRegulation']; error?: string | undefined }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const pick = useLegalBasisPick(debounced);
  const option = (p: { uid: string; label: string; judul: string }) => ({ value: p.uid, label: `${p.label} — ${p.judul}`.slice(0, 140) });
  // The record chosen stays an option whatever is typed next (even one marked entered in error).
  const [chosen, setChosen] = useState(linked ? option(linked) : null);
  const options = (pick.data ?? []).map(option);
  if (chosen && value === chosen.value && !options.some((o) => o.value === chosen.value)) options.unshift(chosen);
  return (
    <Select
      label={t('program.form.legalRegulation')}
      description={t('program.form.legalRegulationHint')}
      placeholder={t('program.form.legalRegulationSearch')}
      searchable
      clearable
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      data={options}
      value={value}
      onChange={(uid) => {
        setChosen(options.find((o) => o.value === uid) ?? null);
        onChange(uid);
      }}
      nothingFoundMessage={pick.isFetching ? undefined : t('program.common.none')}
      error={error}
      data-testid="programme-legal-regulation"
    />
  );
}

function ProgrammeForm({ initial, linked, editing, onSaved }: { initial: FormValues; linked: Programme['legalBasisRegulation']; editing: boolean; onSaved: (saved: Programme) => void }) {
  const { t } = useTranslation();
  const separators = useNumberSeparators();
  const errorText = useErrorText();
  const save = useSaveProgramme();
  const funding = useListChoices('funding_source');
  const categories = useListChoices('vulnerable_category');
  const form = useCheckedForm<FormValues, ProgrammeValues>(zodResolver(programmeInputSchema), initial);
  const { register, control, handleSubmit, formState, getFieldState } = form;
  const targets = useFieldArray({ control, name: 'targets' });
  useReportDirty(formState.isDirty);

  const err = (name: FieldPath<FormValues>): string | undefined => {
    const message = getFieldState(name, formState).error?.message;
    return message ? t(String(message)) : undefined;
  };

  const send = async (values: ProgrammeValues) => {
    try {
      const saved = await save.mutateAsync(values);
      notifications.show({ color: 'green', title: t('common.saved'), message: t('program.form.saved') });
      onSaved(saved);
    } catch (error) {
      if (!(error instanceof ApiCallError)) throw error;
      const message = errorText(error.error);
      // Said on its field only; a toast for what no field shows.
      if (!issuesOnFields(form, (error.error.details as { issues?: FieldIssue[] } | undefined)?.issues, message)) notifications.show({ color: 'red', title: t('errors.title'), message });
    }
  };

  const categoryOptions = [...categories.options];
  // A target kept on a category deactivated since stays choosable on this programme.
  for (const target of initial.targets ?? []) if (!categoryOptions.some((o) => o.value === target.category)) categoryOptions.push({ value: target.category, label: target.category });

  return (
    <RecordForm words="program" onSubmit={handleSubmit(send)} saving={save.isPending}>
      <Fieldset legend={t('program.form.basics')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="xs">
          <Box style={{ gridColumn: 'span 2' }}>
            <TextInput label={t('program.fields.name')} withAsterisk {...register('name')} error={err('name')} data-autofocus />
          </Box>
          <Controller
            control={control}
            name="year"
            render={({ field }) => (
              // Not clamped on blur: 1999 stays 1999 and the schema says the range; emptied is undefined (required), not 0.
              <NumberInput label={t('program.fields.year')} withAsterisk value={field.value ?? ''} onChange={(v) => field.onChange(typeof v === 'number' ? v : v === '' ? undefined : Number(v))} onBlur={field.onBlur} min={2015} max={2100} clampBehavior="none" allowDecimal={false} thousandSeparator="" error={err('year')} />
            )}
          />
          <Controller
            control={control}
            name="funding"
            render={({ field }) => (
              <Select label={t('program.fields.funding')} withAsterisk data={funding.options} value={field.value || null} onChange={(v) => field.onChange(v ?? '')} searchable placeholder={t('program.common.choose')} error={err('funding')} />
            )}
          />
          <Controller
            control={control}
            name="package"
            render={({ field }) => (
              <Checkbox.Group label={t('program.fields.package')} description={t('program.form.packageHint')} withAsterisk value={field.value ?? []} onChange={(v) => field.onChange(programmePackageCodes.filter((c) => v.includes(c)))} error={err('package')}>
                <Group gap="sm" mt={6}>
                  {programmePackageCodes.map((p) => (
                    <Checkbox key={p} value={p} label={p} />
                  ))}
                </Group>
              </Checkbox.Group>
            )}
          />
          {editing ? (
            <Controller
              control={control}
              name="status"
              render={({ field }) => <Select label={t('program.fields.status')} data={programmeStatuses.map((s) => ({ value: s, label: t(`program.status.${s}`) }))} value={field.value ?? 'aktif'} onChange={(v) => v && field.onChange(v)} allowDeselect={false} />}
            />
          ) : null}
          <Box style={{ gridColumn: '1 / -1' }}>
            <Controller control={control} name="legalBasisRegulationUid" render={({ field }) => <RegulationPicker value={field.value ?? null} onChange={field.onChange} linked={linked} error={err('legalBasisRegulationUid')} />} />
          </Box>
          <Box style={{ gridColumn: '1 / -1' }}>
            <TextInput label={t('program.page.legalNote')} description={t('program.form.legalHint')} {...register('legalBasis')} error={err('legalBasis')} />
          </Box>
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('program.form.money')}>
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
            <Controller control={control} name="declaredIncome" render={({ field }) => <RupiahInput label={t('program.fields.declaredIncome')} description={t('program.form.incomeHint')} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={err('declaredIncome')} />} />
            <Controller control={control} name="budget" render={({ field }) => <RupiahInput label={t('program.fields.budget')} required value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={err('budget')} testId="programme-budget" />} />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('program.form.contributionNote')}
          </Text>
          {editing ? <Controller control={control} name="recalculate" render={({ field }) => <Checkbox label={t('program.form.recalculate')} checked={field.value ?? false} onChange={(e) => field.onChange(e.currentTarget.checked)} />} /> : null}
        </Stack>
      </Fieldset>

      <Fieldset legend={t('program.form.targets')}>
        <Stack gap="xs">
          {targets.fields.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('program.form.noTargets')}
            </Text>
          ) : null}
          {targets.fields.map((item, index) => (
            <Group key={item.id} gap="sm" align="flex-start" wrap="nowrap" data-testid={`target-${index}`}>
              <Controller
                control={control}
                name={`targets.${index}.category`}
                render={({ field }) => (
                  <Select style={{ flex: 2 }} label={index === 0 ? t('program.fields.category') : undefined} aria-label={t('program.fields.category')} data={categoryOptions} value={field.value || null} onChange={(v) => field.onChange(v ?? '')} searchable placeholder={t('program.common.choose')} error={err(`targets.${index}.category`)} />
                )}
              />
              <Controller
                control={control}
                name={`targets.${index}.target`}
                render={({ field }) => (
                  <NumberInput style={{ flex: 1 }} label={index === 0 ? t('program.fields.target') : undefined} aria-label={t('program.fields.target')} value={field.value} onChange={(v) => field.onChange(typedNumber(v, 0))} onBlur={field.onBlur} min={0} max={10_000_000} clampBehavior="none" allowDecimal={false} {...separators} error={err(`targets.${index}.target`)} />
                )}
              />
              <ActionIcon variant="subtle" color="red" mt={index === 0 ? 28 : 4} onClick={() => targets.remove(index)} aria-label={t('program.form.removeTarget')} title={t('program.form.removeTarget')}>
                ×
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button variant="light" size="xs" onClick={() => targets.append({ category: '', target: 0 })} data-testid="add-target">
              {t('program.form.addTarget')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>

      <Textarea label={t('program.fields.notes')} autosize minRows={2} maxRows={6} {...register('notes')} error={err('notes')} />
    </RecordForm>
  );
}
