import { ActionIcon, Box, Button, Checkbox, Fieldset, Group, Loader, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { Controller, useFieldArray, useForm, useWatch, type Control, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { programmeCodes } from '../../../../core/api/employers.ts';
import type { FieldIssue } from '../../../../core/api/result.ts';
import { personInputSchema, segments, sexes, type PersonDetail, type PersonInput, type PersonValues } from '../../../../core/api/workers.ts';
import { ApiCallError } from '../../api/client.ts';
import { useErrorText } from '../../api/error-text.ts';
import { useReportDirty } from '../../components/FormModal.tsx';
import { IsoDateInput } from '../../components/IsoDateInput.tsx';
import { FormRegionPicker } from '../../components/FormRegionPicker.tsx';
import { ConfirmDialog, issuesOnFields, RecordForm, RecordFormModal, type RecordFormHandlers, type RecordFormModalProps } from '../../registers/RecordForm.tsx';
import { formatDate } from '../employers/shared.tsx';
import { PeriodProgrammeSelect } from '../programmes/PeriodProgrammeSelect.tsx';
import { useListChoices } from '../../components/list-choices.ts';
import { useEmployerSearch, useNikReading, useSaveWorker, useWorker } from './queries.ts';
import { usePersonResolver } from './person-resolver.ts';
import { RupiahInput } from '../../components/RupiahInput.tsx';
import { implausiblyLowMonthly } from '../../../../core/api/money.ts';
import { formatRupiah } from '../../format.ts';
import { tooLongWords } from '../../components/text-limit.ts';

// Tambah / ubah pekerja: the person and their participation periods in one form. A field that
// holds no valid value (a NIK the parser refuses too) blocks the save and says why; the server's
// checks (the periods' rules) land on their fields; nothing typed is lost while the user confirms.

type FormValues = PersonInput;

const blankPeriod = (): NonNullable<FormValues['periods']>[number] => ({
  segment: 'BPU', employerUid: null, kpj: '', programmes: ['JKK', 'JKM'], startDate: '', endDate: null, wage: null, declaredIncome: null, funding: null, programmeUid: null, source: '', sourceDate: null,
});
const blank: FormValues = { nik: '', name: '', sexTyped: null, birthDateTyped: null, address: '', kecamatanCode: null, desaCode: null, phone: '', occupation: '', category: null, kpj: '', notes: '', periods: [] };

const toForm = (d: PersonDetail): FormValues => ({
  uid: d.person.uid, nik: d.person.nik, name: d.person.name, sexTyped: d.person.sexTyped, birthDateTyped: d.person.birthDateTyped, address: d.person.address,
  kecamatanCode: d.person.kecamatanCode, desaCode: d.person.desaCode, phone: d.person.phone, occupation: d.person.occupation, category: d.person.category, kpj: d.person.kpj, notes: d.person.notes,
  periods: d.periods.map((p) => ({ uid: p.uid, segment: p.segment, employerUid: p.employerUid, kpj: p.kpj, programmes: p.programmes, startDate: p.startDate, endDate: p.endDate, wage: p.wage, declaredIncome: p.declaredIncome, funding: p.funding, programmeUid: p.programmeUid, source: p.source, sourceDate: p.sourceDate })),
});

export type PersonFormModalProps = RecordFormModalProps<PersonDetail>;

/** "PT Agro Tirta Karya · NN012345": an employer as its choice reads. */
const employerLabel = (name: string, npp: string | null) => (npp ? `${name} · ${npp}` : name);

/** The employers the loaded periods name, by uid: a choice shows its name though a search has not found it. */
const periodEmployers = (d: PersonDetail): EmployerLabels =>
  new Map(d.periods.flatMap((p) => (p.employerUid && p.employerName ? [[p.employerUid, employerLabel(p.employerName, p.employerNpp)] as const] : [])));

type EmployerLabels = ReadonlyMap<string, string>;

export function PersonFormModal({ opened, uid, onClose, onSaved, onOpenOther }: PersonFormModalProps) {
  return (
    <RecordFormModal opened={opened} uid={uid} onClose={onClose} titles={{ edit: 'pekerja.form.editTitle', new: 'pekerja.form.newTitle' }} useRecord={useWorker}>
      {(loaded) => <PersonForm initial={loaded ? toForm(loaded) : blank} employers={loaded ? periodEmployers(loaded) : new Map()} onSaved={onSaved} onOpenOther={onOpenOther} />}
    </RecordFormModal>
  );
}

type FormProps = RecordFormHandlers<PersonDetail>;

type Confirm = { confirmNikRepair?: boolean; confirmAge?: boolean };
type Asked = { kind: 'nik_repair' | 'implausible_age'; message: string; values: PersonValues; confirm: Confirm } | { kind: 'nik_in_use'; message: string; uid: string };

function PersonForm({ initial, employers, onSaved, onOpenOther }: FormProps & { initial: FormValues; employers: EmployerLabels }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const save = useSaveWorker();
  const categories = useListChoices('vulnerable_category');
  // Checked as each field is left ('onBlur'), before a save and after a refused one: with
  // 'onTouched' (or re-checking on change after a save), adding a period checked the whole list at
  // once and the new period said "Wajib diisi." before anything was typed (walks 30, 33).
  const form = useForm<FormValues, unknown, PersonValues>({ resolver: usePersonResolver(), defaultValues: initial, mode: 'onBlur', reValidateMode: 'onBlur' });
  const { register, control, handleSubmit, formState, getFieldState } = form;
  const periods = useFieldArray({ control, name: 'periods' });
  const nik = useWatch({ control, name: 'nik' });
  const [nikDebounced] = useDebouncedValue(nik ?? '', 300);
  const reading = useNikReading(nikDebounced).data;
  const fromNik = reading?.valid && reading.sex && reading.birthDate ? t('pekerja.form.fromNik', { sex: t(`pekerja.sex.${reading.sex}`), birth: formatDate(reading.birthDate) }) : null;
  const [asked, setAsked] = useState<Asked | null>(null);
  useReportDirty(formState.isDirty);

  const err = (name: FieldPath<FormValues>): string | undefined => {
    const message = getFieldState(name, formState).error?.message;
    return message ? tooLongWords(t, String(message), personInputSchema, name, form.getValues(name)) : undefined;
  };

  const send = async (values: PersonValues, confirm: Confirm = {}) => {
    try {
      onSaved(await save.mutateAsync({ ...values, ...confirm }));
    } catch (error) {
      if (!(error instanceof ApiCallError)) throw error;
      const details = error.error.details as { kind?: string; existingUid?: string; issues?: FieldIssue[] } | undefined;
      const message = errorText(error.error);
      if (details?.kind === 'nik_repair' || details?.kind === 'implausible_age') {
        setAsked({ kind: details.kind, message, values, confirm });
        return;
      }
      if (details?.kind === 'nik_in_use' && details.existingUid) setAsked({ kind: 'nik_in_use', message, uid: details.existingUid });
      const onFields = issuesOnFields(form, details?.issues, message);
      if (!onFields && details?.kind !== 'nik_in_use') notifications.show({ color: 'red', title: t('errors.title'), message });
    }
  };

  const prompt = (
    <ConfirmDialog
      opened={asked !== null}
      onBack={() => setAsked(null)}
      title={asked?.kind === 'implausible_age' ? t('pekerja.form.ageTitle') : asked?.kind === 'nik_repair' ? t('pekerja.form.repairTitle') : t('errors.title')}
      testId="worker-confirm"
      backLabel={t('pekerja.form.back')}
      actions={
        asked?.kind === 'nik_in_use' ? (
          <Button onClick={() => onOpenOther(asked.uid)}>{t('pekerja.form.inUse')}</Button>
        ) : asked ? (
          <Button
            loading={save.isPending}
            onClick={() => {
              setAsked(null);
              void send(asked.values, { ...asked.confirm, ...(asked.kind === 'nik_repair' ? { confirmNikRepair: true } : { confirmAge: true }) });
            }}
          >
            {asked.kind === 'nik_repair' ? t('pekerja.form.repairConfirm') : t('pekerja.form.ageConfirm')}
          </Button>
        ) : null
      }
    >
      <Text size="sm">{asked?.message}</Text>
    </ConfirmDialog>
  );

  return (
    <RecordForm words="pekerja" onSubmit={handleSubmit((values) => send(values))} saving={save.isPending} dialogs={prompt}>
      <Fieldset legend={t('pekerja.form.identity')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="xs">
          <TextInput label={t('pekerja.fields.nik')} withAsterisk inputMode="numeric" description={fromNik ?? t('pekerja.form.nikHint')} {...register('nik')} error={err('nik')} data-autofocus />
          <Box style={{ gridColumn: 'span 2' }}>
            <TextInput label={t('pekerja.fields.name')} withAsterisk {...register('name')} error={err('name')} />
          </Box>
          <Controller
            control={control}
            name="sexTyped"
            render={({ field }) => (
              <Select label={t('pekerja.fields.sexTyped')} description={t('pekerja.form.typedHint')} data={sexes.map((s) => ({ value: s, label: t(`pekerja.sex.${s}`) }))} value={field.value ?? null} onChange={(v) => field.onChange(v ?? null)} clearable placeholder={t('pekerja.common.choose')} error={err('sexTyped')} />
            )}
          />
          <Controller
            control={control}
            name="birthDateTyped"
            render={({ field }) => <IsoDateInput value={field.value} onChange={field.onChange} onBlur={field.onBlur} inputRef={field.ref} label={t('pekerja.fields.birthDateTyped')} error={err('birthDateTyped')} />}
          />
          <Controller
            control={control}
            name="category"
            render={({ field }) => (
              <Select
                label={t('pekerja.fields.category')}
                data={categories.options}
                value={field.value ?? null}
                onChange={(v) => field.onChange(v ?? null)}
                clearable
                searchable
                placeholder={t('pekerja.common.choose')}
                error={err('category')}
              />
            )}
          />
          <TextInput label={t('pekerja.fields.occupation')} {...register('occupation')} error={err('occupation')} />
          <TextInput label={t('pekerja.fields.phone')} type="tel" {...register('phone')} error={err('phone')} />
          <TextInput label={t('pekerja.fields.kpj')} inputMode="numeric" {...register('kpj')} error={err('kpj')} />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('pekerja.form.domicile')}>
        <Stack gap="xs">
          <Textarea label={t('pekerja.fields.address')} autosize minRows={1} maxRows={3} {...register('address')} error={err('address')} />
          <FormRegionPicker form={form} fields={{ kecamatan: 'kecamatanCode', desa: 'desaCode' }} error={{ kecamatan: err('kecamatanCode'), desa: err('desaCode') }} />
        </Stack>
      </Fieldset>

      <Fieldset legend={t('pekerja.form.periods')}>
        <Stack gap="sm">
          {periods.fields.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('pekerja.form.noPeriods')}
            </Text>
          ) : null}
          {periods.fields.map((item, index) => (
            <PeriodFields key={item.id} control={control} index={index} err={err} employers={employers} onRemove={() => periods.remove(index)} />
          ))}
          <Group>
            <Button variant="light" size="xs" onClick={() => periods.append(blankPeriod())} data-testid="add-period">
              {t('pekerja.form.addPeriod')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>

      <Textarea label={t('pekerja.fields.notes')} autosize minRows={2} maxRows={6} {...register('notes')} error={err('notes')} />
    </RecordForm>
  );
}

function PeriodFields({
  control,
  index,
  err,
  employers,
  onRemove,
}: {
  control: Control<FormValues>;
  index: number;
  err: (name: FieldPath<FormValues>) => string | undefined;
  employers: EmployerLabels;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const lowIncomeHint = (value: unknown) =>
    typeof value === 'number' && value > 0 && value < implausiblyLowMonthly ? t('pekerja.form.incomeLow', { amount: formatRupiah(value), thousands: formatRupiah(value * 1000) }) : undefined;
  const funding = useListChoices('funding_source');
  const segment = useWatch({ control, name: `periods.${index}.segment` });
  const path = <K extends string>(key: K) => `periods.${index}.${key}` as const;
  return (
    <Paper withBorder p="sm" data-testid={`period-${index}`}>
      <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm" verticalSpacing="xs">
        <Controller
          control={control}
          name={`periods.${index}.segment`}
          render={({ field }) => (
            <Select label={t('pekerja.fields.segment')} withAsterisk data={segments.map((s) => ({ value: s, label: s === 'JAKON' ? 'Jakon' : s }))} value={field.value} onChange={(v) => v && field.onChange(v)} allowDeselect={false} error={err(path('segment'))} />
          )}
        />
        <Controller
          control={control}
          name={`periods.${index}.startDate`}
          render={({ field }) => <IsoDateInput value={field.value} onChange={(v) => field.onChange(v ?? '')} onBlur={field.onBlur} inputRef={field.ref} label={t('pekerja.fields.startDate')} required error={err(path('startDate'))} testId={`period-${index}-start`} />}
        />
        <Controller
          control={control}
          name={`periods.${index}.endDate`}
          render={({ field }) => <IsoDateInput value={field.value} onChange={field.onChange} onBlur={field.onBlur} inputRef={field.ref} label={t('pekerja.fields.endDate')} error={err(path('endDate'))} />}
        />
        <Controller
          control={control}
          name={`periods.${index}.funding`}
          render={({ field }) => (
            <Select label={t('pekerja.fields.funding')} data={funding.options} value={field.value ?? null} onChange={(v) => field.onChange(v ?? null)} clearable searchable placeholder={t('pekerja.common.choose')} error={err(path('funding'))} />
          )}
        />
        {segment === 'PU' ? (
          <Box style={{ gridColumn: 'span 2' }}>
            <Controller control={control} name={`periods.${index}.employerUid`} render={({ field }) => <EmployerSelect value={field.value ?? null} onChange={field.onChange} known={employers} error={err(path('employerUid'))} />} />
          </Box>
        ) : null}
        <Controller
          control={control}
          name={`periods.${index}.programmes`}
          render={({ field }) => (
            <Checkbox.Group label={t('pekerja.fields.programmes')} value={field.value ?? []} onChange={(v) => field.onChange(programmeCodes.filter((c) => v.includes(c)))} error={err(path('programmes'))}>
              <Group gap="sm" mt={6}>
                {programmeCodes.map((p) => (
                  <Checkbox key={p} value={p} label={p} />
                ))}
              </Group>
            </Checkbox.Group>
          )}
        />
        <Controller
          control={control}
          name={segment === 'PU' ? `periods.${index}.wage` : `periods.${index}.declaredIncome`}
          render={({ field }) => (
            <RupiahInput
              label={segment === 'PU' ? t('pekerja.fields.wage') : t('pekerja.fields.declaredIncome')}
              // Said, not refused: "3.500" for 3.500.000 is a slip the import says too (worker-row.ts).
              description={lowIncomeHint(field.value)}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={err(segment === 'PU' ? path('wage') : path('declaredIncome'))}
            />
          )}
        />
        <Controller control={control} name={`periods.${index}.source`} render={({ field }) => <TextInput label={t('pekerja.fields.source')} value={field.value ?? ''} onChange={field.onChange} error={err(path('source'))} />} />
        <Box style={{ gridColumn: 'span 2' }}>
          <PeriodProgrammeSelect control={control} index={index} error={err(path('programmeUid'))} />
        </Box>
      </SimpleGrid>
      <Group justify="flex-end" mt="xs">
        <ActionIcon variant="subtle" color="red" onClick={onRemove} aria-label={t('pekerja.form.removePeriod')} title={t('pekerja.form.removePeriod')}>
          ×
        </ActionIcon>
      </Group>
    </Paper>
  );
}

/**
 * A PU period's employer, found by a search of the register. The chosen employer keeps its name
 * when the search's results do not hold it (a saved period's employer past the first 20, or a
 * choice followed by another search): from the loaded periods (`known`) or from the choice.
 */
function EmployerSelect({ value, onChange, known, error }: { value: string | null; onChange: (uid: string | null) => void; known: EmployerLabels; error: ReactNode }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const found = useEmployerSearch(debounced);
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const data = (found.data ?? []).map((e) => ({ value: e.uid, label: employerLabel(e.name, e.npp) }));
  const label = chosen?.value === value ? chosen.label : value ? known.get(value) : undefined;
  // Offered while the field shows it (or is empty), not above every other search's results.
  if (value && label && !data.some((d) => d.value === value) && (search === '' || search === label)) data.unshift({ value, label });
  return (
    <Select
      label={t('pekerja.fields.employer')}
      withAsterisk
      description={t('pekerja.form.employerHint')}
      data={data}
      value={value}
      onChange={(uid, option) => {
        setChosen(uid && option ? { value: uid, label: option.label } : null);
        onChange(uid);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      clearable
      nothingFoundMessage={found.isFetching ? t('common.loading') : undefined}
      error={error}
      rightSection={found.isFetching ? <Loader size="xs" /> : undefined}
    />
  );
}

