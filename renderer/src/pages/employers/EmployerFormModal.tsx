import { zodResolver } from '@hookform/resolvers/zod';
import {
  Anchor,
  Badge,
  Box,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Input,
  List,
  Loader,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { Controller, useWatch, type Control, type FieldPath, type UseFormGetValues, type UseFormSetValue } from 'react-hook-form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  bpjsStatuses,
  businessScales,
  employerInputSchema,
  legalForms,
  mandatoryProgrammes,
  programmeCodes,
  sexSplitSum,
  workforceFindings,
  type BusinessScale,
  type Employer,
  type EmployerInput,
  type EmployerValues,
  type RegistrationFinding,
  type WorkforceCounts,
} from '../../../../core/api/employers.ts';
import type { FieldIssue } from '../../../../core/api/result.ts';
import { ApiCallError } from '../../api/client.ts';
import { useErrorText } from '../../api/error-text.ts';
import { useReportDirty } from '../../components/FormModal.tsx';
import { FormRegionPicker } from '../../components/FormRegionPicker.tsx';
import { formatNumber } from '../../format.ts';
import { IsoDateInput } from '../../components/IsoDateInput.tsx';
import { ConfirmDialog, issuesOnFields, RecordForm, RecordFormModal, type RecordFormHandlers, type RecordFormModalProps } from '../../registers/RecordForm.tsx';
import { useEmployer, useHeadOfficeSearch, useKbliAnalysis, useSaveEmployer } from './queries.ts';
import { typedNumber, useNumberSeparators } from '../../components/number-field.ts';
import { tooLongWords } from '../../components/text-limit.ts';
import { useCheckedForm } from '../../components/use-checked-form.ts';

// Tambah / ubah perusahaan: one form in a large dialog, grouped like the detail view.
// The server checks identity numbers and names; its answers land on the fields.

type FormValues = EmployerInput;
type IdField = 'nib' | 'npwp' | 'npp';
interface Duplicate {
  field: IdField;
  existing: { uid: string; name: string };
}

const blank: FormValues = {
  name: '',
  legalForm: '',
  nib: '',
  npwp: '',
  npp: '',
  kbliCodes: [],
  businessScale: null,
  address: '',
  kecamatanCode: null,
  desaCode: null,
  officeType: 'pusat',
  headOfficeUid: null,
  startDate: null,
  ownerName: '',
  contactPhone: '',
  contactEmail: '',
  // Worker counts start unknown (empty), not 0.
  workersTotal: null,
  workersMale: null,
  workersFemale: null,
  workersPkwtt: null,
  workersPkwt: null,
  workersHarianLepas: null,
  workersBorongan: null,
  workersForeign: null,
  wlkpNumber: '',
  wlkpDate: null,
  bpjsStatus: 'pwbd',
  bpjsProgrammes: [],
  bpjsInfoDate: null,
  notes: '',
};

const toForm = (e: Employer): FormValues => {
  const values: FormValues = { uid: e.uid, name: e.name };
  for (const key of Object.keys(blank) as (keyof FormValues)[]) (values as Record<string, unknown>)[key] = e[key as keyof Employer];
  return values;
};

export type EmployerFormModalProps = RecordFormModalProps<Employer>;

export function EmployerFormModal({ opened, uid, onClose, onSaved, onOpenOther }: EmployerFormModalProps) {
  return (
    <RecordFormModal opened={opened} uid={uid} onClose={onClose} titles={{ edit: 'employers.form.editTitle', new: 'employers.form.newTitle' }} useRecord={useEmployer}>
      {(loaded) =>
        loaded ? (
          <EmployerForm initial={toForm(loaded.employer)} headOfficeName={loaded.employer.headOfficeName} onSaved={onSaved} onOpenOther={onOpenOther} />
        ) : (
          <EmployerForm initial={blank} onSaved={onSaved} onOpenOther={onOpenOther} />
        )
      }
    </RecordFormModal>
  );
}

type FormProps = RecordFormHandlers<Employer>;

function EmployerForm({ initial, headOfficeName, onSaved, onOpenOther }: FormProps & { initial: FormValues; headOfficeName?: string | null }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const save = useSaveEmployer();
  const form = useCheckedForm<FormValues, EmployerValues>(zodResolver(employerInputSchema), initial);
  const { register, control, handleSubmit, formState, setError, setValue, setFocus } = form;
  const [duplicate, setDuplicate] = useState<Duplicate | null>(null);
  const [similar, setSimilar] = useState<{ similar: { uid: string; name: string }[]; values: EmployerValues; confirm: Confirmed } | null>(null);
  const [gaps, setGaps] = useState<{ findings: RegistrationFinding[]; values: EmployerValues; confirm: Confirmed } | null>(null);
  const [officeType, bpjsStatus, businessScale, programmes] = useWatch({ control, name: ['officeType', 'bpjsStatus', 'businessScale', 'bpjsProgrammes'] });

  useReportDirty(formState.isDirty);

  const err = (name: FieldPath<FormValues>): ReactNode => {
    if (duplicate && duplicate.field === name) {
      return (
        <span data-testid={`duplicate-${name}`}>
          {t('employers.form.duplicateOf', { label: t(`employers.fields.${name}`), name: duplicate.existing.name })}{' '}
          <Anchor component="button" type="button" size="xs" onClick={() => onOpenOther(duplicate.existing.uid)}>
            {t('employers.form.openExisting')}
          </Anchor>
        </span>
      );
    }
    const message = (formState.errors as Record<string, { message?: string } | undefined>)[name.split('.')[0] ?? name]?.message;
    return message ? tooLongWords(t, String(message), employerInputSchema, name, form.getValues(name)) : undefined;
  };

  const send = async (values: EmployerValues, confirm: Confirmed = {}) => {
    setDuplicate(null);
    try {
      const saved = await save.mutateAsync({ ...values, confirmSimilarName: confirm.similarName ?? false, confirmRegistrationGaps: confirm.registrationGaps ?? false });
      onSaved(saved);
    } catch (error) {
      if (!(error instanceof ApiCallError)) throw error;
      const details = error.error.details as
        | { kind?: 'duplicate_id'; field?: IdField; existing?: { uid: string; name: string }; issues?: FieldIssue[] }
        | { kind?: 'similar_name'; similar?: { uid: string; name: string }[] }
        | { kind?: 'registration_gaps'; findings?: RegistrationFinding[] }
        | { issues?: FieldIssue[] }
        | undefined;
      if (error.error.code === 'CONFLICT' && details && 'kind' in details && details.kind === 'duplicate_id' && details.field && details.existing) {
        setDuplicate({ field: details.field, existing: details.existing });
        setError(details.field, { type: 'server', message: 'validation.duplicate' });
        setFocus(details.field);
        return;
      }
      if (error.error.code === 'CONFLICT' && details && 'kind' in details && details.kind === 'similar_name') {
        setSimilar({ similar: details.similar ?? [], values, confirm });
        return;
      }
      if (error.error.code === 'CONFLICT' && details && 'kind' in details && details.kind === 'registration_gaps') {
        setGaps({ findings: details.findings ?? [], values, confirm });
        return;
      }
      const issues = (details && 'issues' in details ? details.issues : undefined) ?? [];
      // The fields get their short words; the toast keeps the sentence that says which code or place.
      // An issue without its own words (a date's) carries the sentence to its field: no toast then.
      const onFields = issuesOnFields(form, issues, errorText(error.error), (path) => path.split('.')[0] ?? path);
      // The counts' sentences already stand in red under the counts (the live check): no toast repeats them (walk 33).
      const countsSaidLive = issues.length > 0 && issues.every((issue) => (countNames as readonly string[]).includes(issue.path ?? ''));
      if (!onFields && !countsSaidLive) notifications.show({ color: 'red', title: t('errors.title'), message: errorText(error.error) });
    }
  };


  const prompts = (
    <>
      <ConfirmDialog
        opened={similar !== null}
        onBack={() => setSimilar(null)}
        title={t('employers.similar.title')}
        testId="similar-dialog"
        size="lg"
        backLabel={t('employers.similar.back')}
        actions={
          <Button
            loading={save.isPending}
            onClick={() => {
              if (!similar) return;
              setSimilar(null);
              void send(similar.values, { ...similar.confirm, similarName: true });
            }}
          >
            {t('employers.similar.continue')}
          </Button>
        }
      >
        <Text size="sm">{t('employers.similar.intro')}</Text>
        <List spacing="xs">
          {similar?.similar.map((s) => (
            <List.Item key={s.uid}>
              <Group gap="sm">
                <Text size="sm" fw={600}>
                  {s.name}
                </Text>
                <Button size="compact-xs" variant="light" onClick={() => onOpenOther(s.uid)}>
                  {t('employers.similar.open')}
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
        <Text size="sm" c="dimmed">
          {t('employers.similar.hint')}
        </Text>
      </ConfirmDialog>
      <RegistrationGapsDialog
        gaps={gaps}
        saving={save.isPending}
        onBack={(field) => {
          setGaps(null);
          // Back to what is missing: the NPP box, or the programme boxes.
          if (field === 'npp') setFocus('npp');
          else document.querySelector<HTMLInputElement>('[data-programmes] input[type="checkbox"]:not(:checked)')?.focus();
        }}
        onSave={(values, confirm) => {
          setGaps(null);
          void send(values, confirm);
        }}
      />
    </>
  );

  return (
    <RecordForm words="employers" onSubmit={handleSubmit((values) => send(values))} saving={save.isPending} dialogs={prompts}>
      <Fieldset legend={t('employers.sections.identity')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="xs">
          <Box style={{ gridColumn: 'span 2' }}>
            <TextInput label={t('employers.fields.name')} withAsterisk {...register('name')} error={err('name')} data-autofocus description={t('employers.form.nameHint')} />
          </Box>
          <Controller
            control={control}
            name="legalForm"
            render={({ field }) => (
              <Select
                label={t('employers.fields.legalForm')}
                data={legalForms.map((f) => ({ value: f, label: t(`employers.legalForms.${f}`) }))}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
                clearable
                searchable
                placeholder={t('employers.form.choose')}
                description={t('employers.form.legalFormHint')}
                error={err('legalForm')}
              />
            )}
          />
          <TextInput label={t('employers.fields.nib')} description={t('employers.form.nibHint')} inputMode="numeric" {...register('nib', { onChange: () => setDuplicate(null) })} error={err('nib')} />
          <TextInput label={t('employers.fields.npwp')} description={t('employers.form.npwpHint')} {...register('npwp', { onChange: () => setDuplicate(null) })} error={err('npwp')} />
          <TextInput label={t('employers.fields.npp')} description={t('employers.form.nppHint')} {...register('npp', { onChange: () => setDuplicate(null) })} error={err('npp')} />
          <TextInput label={t('employers.fields.ownerName')} {...register('ownerName')} error={err('ownerName')} />
          <TextInput label={t('employers.fields.contactPhone')} type="tel" {...register('contactPhone')} error={err('contactPhone')} />
          <TextInput label={t('employers.fields.contactEmail')} type="email" {...register('contactEmail')} error={err('contactEmail')} />
          <DateField control={control} name="startDate" label={t('employers.fields.startDate')} error={err('startDate')} />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('employers.sections.business')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="xs">
          <Box style={{ gridColumn: 'span 2' }}>
            <Controller
              control={control}
              name="kbliCodes"
              render={({ field }) => <KbliInput value={field.value ?? []} onChange={field.onChange} onBlur={field.onBlur} error={err('kbliCodes')} />}
            />
          </Box>
          <Controller
            control={control}
            name="businessScale"
            render={({ field }) => (
              <Select
                label={t('employers.fields.businessScale')}
                description={t('employers.form.scaleHint')}
                data={businessScales.map((s) => ({ value: s, label: t(`employers.scaleLong.${s}`) }))}
                value={field.value ?? null}
                onChange={(v) => field.onChange(v ?? null)}
                onBlur={field.onBlur}
                clearable
                searchable
                placeholder={t('employers.form.unknown')}
                error={err('businessScale')}
              />
            )}
          />
          <Controller
            control={control}
            name="officeType"
            render={({ field }) => (
              <Input.Wrapper label={t('employers.fields.officeType')} id="office-type" description={t('employers.form.officeTypeHint')}>
                <SegmentedControl
                  aria-label={t('employers.fields.officeType')}
                  fullWidth
                  value={field.value ?? 'pusat'}
                  onChange={(v) => {
                    field.onChange(v);
                    if (v === 'pusat') setValue('headOfficeUid', null, { shouldDirty: true });
                  }}
                  data={[
                    { value: 'pusat', label: t('employers.officeTypes.pusat') },
                    { value: 'cabang', label: t('employers.officeTypes.cabang') },
                  ]}
                />
              </Input.Wrapper>
            )}
          />
          {officeType === 'cabang' ? (
            <Box style={{ gridColumn: 'span 2' }}>
              <Controller
                control={control}
                name="headOfficeUid"
                render={({ field }) => (
                  <HeadOfficeSelect value={field.value ?? null} onChange={field.onChange} selfUid={initial.uid ?? null} initialName={headOfficeName ?? null} error={err('headOfficeUid')} />
                )}
              />
            </Box>
          ) : null}
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('employers.sections.address')}>
        <Stack gap="xs">
          <Textarea label={t('employers.fields.address')} autosize minRows={1} maxRows={3} {...register('address')} error={err('address')} placeholder={t('employers.form.addressHint')} />
          <FormRegionPicker form={form} fields={{ kecamatan: 'kecamatanCode', desa: 'desaCode' }} error={{ kecamatan: err('kecamatanCode') as string | undefined, desa: err('desaCode') as string | undefined }} />
        </Stack>
      </Fieldset>

      <Fieldset legend={t('employers.sections.workforce')}>
        <WorkforceFields control={control} err={err} getValues={form.getValues} setValue={setValue} />
      </Fieldset>

      <Fieldset legend={t('employers.sections.bpjs')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="xs">
          <Controller
            control={control}
            name="bpjsStatus"
            render={({ field }) => (
              <Select
                label={t('employers.fields.bpjsStatus')}
                withAsterisk
                data={bpjsStatuses.map((s) => ({ value: s, label: t(`employers.bpjs.${s}`) }))}
                value={field.value ?? 'pwbd'}
                onChange={(v) => v && field.onChange(v)}
                onBlur={field.onBlur}
                allowDeselect={false}
                searchable
                description={t(`employers.bpjsHint.${bpjsStatus ?? 'pwbd'}`)}
                error={err('bpjsStatus')}
              />
            )}
          />
          <Controller
            control={control}
            name="bpjsProgrammes"
            render={({ field }) => (
              <Checkbox.Group
                data-programmes
                label={t('employers.fields.bpjsProgrammes')}
                description={programmeHint(t, businessScale ?? null, programmes ?? [], bpjsStatus ?? 'pwbd')}
                value={field.value ?? []}
                onChange={(v) => field.onChange(programmeCodes.filter((c) => v.includes(c)))}
                error={err('bpjsProgrammes')}
              >
                <Group gap="md" mt={6}>
                  {programmeCodes.map((p) => (
                    <Checkbox key={p} value={p} label={p} title={t(`employers.programmes.${p}`)} />
                  ))}
                </Group>
              </Checkbox.Group>
            )}
          />
          <DateField control={control} name="bpjsInfoDate" label={t('employers.fields.bpjsInfoDate')} description={t('employers.form.bpjsInfoDateHint')} error={err('bpjsInfoDate')} />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('employers.sections.wlkp')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="xs">
          <TextInput label={t('employers.fields.wlkpNumber')} {...register('wlkpNumber')} error={err('wlkpNumber')} />
          <DateField control={control} name="wlkpDate" label={t('employers.fields.wlkpDate')} error={err('wlkpDate')} />
        </SimpleGrid>
      </Fieldset>

      <Textarea label={t('employers.fields.notes')} autosize minRows={2} maxRows={6} {...register('notes')} error={err('notes')} />
    </RecordForm>
  );
}

interface Confirmed {
  similarName?: boolean;
  registrationGaps?: boolean;
}

/** A record about to be saved as Terdaftar without an NPP or without its mandatory programmes. */
function RegistrationGapsDialog({
  gaps,
  saving,
  onBack,
  onSave,
}: {
  gaps: { findings: RegistrationFinding[]; values: EmployerValues; confirm: Confirmed } | null;
  saving: boolean;
  onBack: (field: RegistrationFinding['field']) => void;
  onSave: (values: EmployerValues, confirm: Confirmed) => void;
}) {
  const { t } = useTranslation();
  const missing = gaps?.findings.find((f) => f.kind === 'missing_programmes');
  return (
    <ConfirmDialog
      opened={gaps !== null}
      onBack={() => onBack(gaps?.findings[0]?.field ?? 'npp')}
      title={t('employers.registration.title')}
      testId="registration-dialog"
      size="lg"
      backLabel={t('employers.registration.back')}
      actions={
        gaps ? (
          <>
            {missing ? (
              <Button variant="light" loading={saving} onClick={() => onSave({ ...gaps.values, bpjsStatus: 'pds_program' }, gaps.confirm)}>
                {t('employers.registration.asPds')}
              </Button>
            ) : null}
            <Button color="orange" loading={saving} onClick={() => onSave(gaps.values, { ...gaps.confirm, registrationGaps: true })}>
              {t('employers.registration.keep')}
            </Button>
          </>
        ) : null
      }
    >
          <Text size="sm">{t('employers.registration.intro', { name: gaps?.values.name })}</Text>
          <List spacing="xs">
            {gaps?.findings.map((f) => (
              <List.Item key={f.kind}>
                <Text size="sm">
                  {f.kind === 'no_npp'
                    ? t('employers.registration.noNpp')
                    : t(f.scale ? 'employers.registration.missing' : 'employers.registration.missingNoScale', {
                        list: f.missing.join(', '),
                        scale: f.scale ? t(`employers.scales.${f.scale}`).toLowerCase() : '',
                      })}
                </Text>
              </List.Item>
            ))}
          </List>
          {missing ? (
            <Text size="sm" c="dimmed">
              {t('employers.registration.pdsHint')}
            </Text>
          ) : null}
    </ConfirmDialog>
  );
}

function programmeHint(t: TFunction, scale: BusinessScale | null, chosen: string[], status: string): string {
  if (status === 'pwbd') return t('employers.form.programmesPwbd');
  const required = mandatoryProgrammes(scale);
  const missing = required.filter((p) => !chosen.includes(p));
  if (!scale) return missing.length ? t('employers.form.programmesMissingNoScale', { list: missing.join(', ') }) : t('employers.form.programmesNoScale');
  return missing.length ? t('employers.form.programmesMissing', { list: missing.join(', ') }) : t('employers.form.programmesComplete', { list: required.join(', ') });
}

type DateName = 'startDate' | 'bpjsInfoDate' | 'wlkpDate';

/** A date field (dd/mm/yyyy); empty is stored as null. */
function DateField({ control, name, label, description, error }: { control: Control<FormValues>; name: DateName; label: string; description?: string; error: ReactNode }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <IsoDateInput value={field.value} onChange={field.onChange} onBlur={field.onBlur} inputRef={field.ref} label={label} description={description} error={error} />
      )}
    />
  );
}

type CountName = 'workersTotal' | 'workersMale' | 'workersFemale' | 'workersPkwtt' | 'workersPkwt' | 'workersHarianLepas' | 'workersBorongan' | 'workersForeign';

interface CountFieldProps {
  control: Control<FormValues>;
  name: CountName;
  label: string;
  description?: string;
  placeholder?: string;
  error: ReactNode;
  /** Called with each value the user types, after the form has it. */
  onTyped?: (value: number | null) => void;
  /** Called on a key that edits the field, even when it leaves the value as it was (the same total typed again). */
  onEditKey?: () => void;
  testId?: string;
}

/** A count of workers; empty is "not known" (null), never 0. */
function CountField({ control, name, label, description, placeholder, error, onTyped, onEditKey, testId }: CountFieldProps) {
  const separators = useNumberSeparators();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberInput
          label={label}
          description={description}
          placeholder={placeholder}
          value={field.value ?? ''}
          onChange={(v) => {
            // What was typed stays ("-5", "1,5"): the schema says the range beside the field.
            const value = typedNumber(v, null);
            field.onChange(value);
            onTyped?.(typeof value === 'number' ? value : null);
          }}
          onBlur={field.onBlur}
          onKeyDown={(e) => (e.key.length === 1 || e.key === 'Backspace' || e.key === 'Delete' ? onEditKey?.() : undefined)}
          onPaste={() => onEditKey?.()}
          ref={field.ref}
          clampBehavior="none"
          {...separators}
          hideControls
          error={error}
          data-testid={testId}
        />
      )}
    />
  );
}

/** A count as the checks take it: a whole number from 0, else unknown. */
const validCount = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null);

const countNames = ['workersTotal', 'workersMale', 'workersFemale', 'workersPkwtt', 'workersPkwt', 'workersHarianLepas', 'workersBorongan', 'workersForeign'] as const;

interface WorkforceProps {
  control: Control<FormValues>;
  err: (name: FieldPath<FormValues>) => ReactNode;
  getValues: UseFormGetValues<FormValues>;
  setValue: UseFormSetValue<FormValues>;
}

function WorkforceFields({ control, err, getValues, setValue }: WorkforceProps) {
  const { t } = useTranslation();
  const watched = useWatch({ control, name: [...countNames] });
  // A count not yet a valid one ("-5", "1,5") is unknown to the live checks: its field says why.
  const counts = Object.fromEntries(countNames.map((name, i) => [name, validCount(watched[i])])) as WorkforceCounts;
  const derived = counts.workersTotal === null ? sexSplitSum(counts) : null;
  // A total in step with male + female when the form opens follows them as they change (as
  // an import's new split moves the total); once the user types a total, it is theirs.
  const following = useRef<boolean | null>(null);
  if (following.current === null) {
    const [total, male, female] = getValues(['workersTotal', 'workersMale', 'workersFemale']);
    following.current = total != null && male != null && female != null && total === male + female;
  }
  const splitTyped = () => {
    if (!following.current) return;
    const [male, female] = getValues(['workersMale', 'workersFemale']).map(validCount);
    setValue('workersTotal', male == null && female == null ? null : (male ?? 0) + (female ?? 0), { shouldDirty: true });
  };
  // The splits against the total, as the save will check them: red blocks the save, orange does not.
  const findings = workforceFindings(counts);
  const say = (n: number) => formatNumber(n);
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" verticalSpacing="xs">
        <CountField
          control={control}
          name="workersTotal"
          label={t('employers.fields.workersTotal')}
          placeholder={t('employers.workforce.unknown')}
          error={err('workersTotal')}
          testId="workers-total"
          onTyped={() => {
            following.current = false;
          }}
          // Typed over, even with the number it held, the total is the user's: male and female no longer move it (walk 29).
          onEditKey={() => {
            following.current = false;
          }}
        />
        <CountField control={control} name="workersMale" label={t('employers.fields.workersMale')} error={err('workersMale')} onTyped={splitTyped} />
        <CountField control={control} name="workersFemale" label={t('employers.fields.workersFemale')} error={err('workersFemale')} onTyped={splitTyped} />
        <CountField control={control} name="workersForeign" label={t('employers.fields.workersForeign')} error={err('workersForeign')} />
        <CountField control={control} name="workersPkwtt" label={t('employers.fields.workersPkwtt')} error={err('workersPkwtt')} />
        <CountField control={control} name="workersPkwt" label={t('employers.fields.workersPkwt')} error={err('workersPkwt')} />
        <CountField control={control} name="workersHarianLepas" label={t('employers.fields.workersHarianLepas')} error={err('workersHarianLepas')} />
        <CountField control={control} name="workersBorongan" label={t('employers.fields.workersBorongan')} error={err('workersBorongan')} />
      </SimpleGrid>
      <Text size="xs" c="dimmed" data-testid="workforce-total-hint">
        {derived === null ? t('employers.workforce.totalHint') : t('employers.workforce.totalFromSplit', { sum: say(derived) })}
      </Text>
      {findings.map((f) => (
        <Text key={f.code} size="xs" c={f.severity === 'error' ? 'red.8' : 'orange.8'} data-testid={`workforce-${f.code}`}>
          {t(`employers.workforce.${f.code}`, { split: say(f.split), total: say(f.total) })}
        </Text>
      ))}
    </Stack>
  );
}

// ---------------------------------------------------------------------------------------

/** KBLI codes as tags, each checked against KBLI 2020 with its category shown. */
function KbliInput({ value, onChange, onBlur, error }: { value: string[]; onChange: (v: string[]) => void; onBlur: () => void; error: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <TagsInput
        label={t('employers.fields.kbliCodes')}
        description={t('employers.form.kbliHint')}
        value={value}
        onChange={(v) => onChange(v.map((c) => c.trim()).filter(Boolean))}
        onBlur={onBlur}
        splitChars={[',', ' ', ';']}
        maxTags={10}
        clearable
        placeholder={value.length ? '' : t('employers.form.kbliPlaceholder')}
        error={error}
        data-testid="kbli-input"
      />
      {value.length ? (
        <Stack gap={2} data-testid="kbli-feedback">
          {value.map((code, i) => (
            <KbliLine key={`${code}-${i}`} code={code} main={i === 0} onReplace={(next) => onChange(value.map((c, j) => (j === i ? next : c)))} />
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}

function KbliLine({ code, main, onReplace }: { code: string; main: boolean; onReplace: (code: string) => void }) {
  const { t, i18n } = useTranslation();
  const analysis = useKbliAnalysis(code);
  const lang = i18n.language === 'en' ? 'en' : 'id';
  if (analysis.isPending) return <Text size="xs" c="dimmed">{code} …</Text>;
  if (analysis.isError) return null;
  const a = analysis.data;
  const ok = a.valid && a.level === 'kelompok' && !a.needsConfirmation;
  return (
    <Group gap={6} wrap="nowrap" align="baseline">
      <Text size="xs" ff="monospace" fw={600} c={ok ? undefined : 'red'}>
        {code}
      </Text>
      {main ? (
        // Never squeezed by the long name beside it (it was cut to "ut…" at 1366 px).
        <Badge size="xs" variant="light" tt="none" style={{ flexShrink: 0, overflow: 'visible' }}>
          {t('employers.form.kbliMain')}
        </Badge>
      ) : null}
      {ok ? (
        // Cut to one line: the whole name on hover.
        <Text size="xs" c="dimmed" lineClamp={1} miw={0} title={`${a.section} – ${a.sectionName?.[lang] ?? ''}${a.divisionName ? ` · ${a.division} ${a.divisionName[lang]}` : ''}`}>
          {a.section} – {a.sectionName?.[lang]}
          {a.divisionName ? ` · ${a.division} ${a.divisionName[lang]}` : ''}
        </Text>
      ) : (
        <Text size="xs" c="red">
          {a.needsConfirmation && a.code ? (
            <>
              {t('employers.form.kbliRepair', { code: a.code })}{' '}
              <Anchor component="button" type="button" size="xs" onClick={() => onReplace(a.code ?? code)}>
                {t('employers.form.kbliUse', { code: a.code })}
              </Anchor>
            </>
          ) : a.level && a.level !== 'kelompok' ? (
            t('employers.form.kbliNotFive')
          ) : (
            (a.issues[0]?.message[lang] ?? t('validation.kbli'))
          )}
        </Text>
      )}
    </Group>
  );
}

// ---------------------------------------------------------------------------------------

/** The head office of a branch: an active head office found by name, NIB or NPWP. */
function HeadOfficeSelect({ value, onChange, selfUid, initialName, error }: { value: string | null; onChange: (v: string | null) => void; selfUid: string | null; initialName: string | null; error: ReactNode }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [chosen, setChosen] = useState<{ uid: string; name: string } | null>(value && initialName ? { uid: value, name: initialName } : null);
  const results = useHeadOfficeSearch(debounced === chosen?.name ? '' : debounced);
  const data = useMemo(() => {
    const rows = (results.data?.rows ?? []).filter((r) => r.uid !== selfUid);
    const items = rows.map((r) => ({ value: r.uid, label: r.name, description: [r.kecamatanName, r.nib].filter(Boolean).join(' · ') }));
    if (chosen && !items.some((i) => i.value === chosen.uid)) items.unshift({ value: chosen.uid, label: chosen.name, description: '' });
    return items;
  }, [results.data, selfUid, chosen]);
  const byUid = useMemo(() => new Map(data.map((d) => [d.value, d])), [data]);
  return (
    <Select
      label={t('employers.fields.headOffice')}
      description={t('employers.form.headOfficeHint')}
      withAsterisk
      data={data.map(({ value: v, label }) => ({ value: v, label }))}
      value={value}
      onChange={(v) => {
        const item = v ? byUid.get(v) : undefined;
        setChosen(item ? { uid: item.value, name: item.label } : null);
        onChange(v);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      clearable
      placeholder={t('employers.form.headOfficePlaceholder')}
      nothingFoundMessage={results.isFetching ? t('common.loading') : t('employers.form.headOfficeNone')}
      rightSection={results.isFetching ? <Loader size={14} /> : undefined}
      renderOption={({ option }) => (
        <div>
          <Text size="sm">{option.label}</Text>
          {byUid.get(option.value)?.description ? (
            <Text size="xs" c="dimmed">
              {byUid.get(option.value)?.description}
            </Text>
          ) : null}
        </div>
      )}
      error={error}
      data-testid="head-office-select"
    />
  );
}
