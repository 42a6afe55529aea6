import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Badge, Box, Fieldset, Group, Select, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { evidenceInputSchema, evidenceKinds, type CycleDetail, type EvidenceInput, type EvidenceItem, type EvidenceValues, type NarrativeNode, type OwnerAccount } from '../../../core/api/award.ts';
import { FormModal, useReportDirty } from '../components/FormModal.tsx';
import { IsoDateInput } from '../components/IsoDateInput.tsx';
import { AwardForm, useAwardSend } from './AwardForm.tsx';
import { EvidenceDocuments } from './EvidenceDocuments.tsx';
import { CoverageTarget, ExtractTarget, RegulationDocuments, RegulationTarget } from './EvidenceTargets.tsx';
import { NarrativeEditor } from './NarrativeEditor.tsx';
import { useCycleWrite, useOwners } from './queries.ts';
import { useCheckedForm } from '../components/use-checked-form.ts';

// Tambah / ubah bukti: kind, title, owner (an account picked, or any name typed), due date, state,
// summary, and what the kind needs (a
// regulation, a frozen coverage month and its table, a register extract, a narrative, documents).
// Documents attach to a saved item: a new document item stays open after its first save.

export interface EvidenceEdit {
  indicatorUid: string;
  /** null: a new item. */
  item: EvidenceItem | null;
  position: number;
}

interface Props {
  cycle: CycleDetail;
  editing: EvidenceEdit | null;
  editable: boolean;
  onClose: () => void;
  /** A new item saved that stays open (to attach its documents). */
  onCreated: (edit: EvidenceEdit) => void;
}

export function EvidenceFormModal({ cycle, editing, editable, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal
      opened={editing !== null}
      onClose={onClose}
      title={t(!editable ? 'paritrana.evidence.form.viewTitle' : editing?.item ? 'paritrana.evidence.form.editTitle' : 'paritrana.evidence.form.newTitle')}
      size="min(1000px, 96vw)"
      // Shown, not edited: every field is off and cannot take the focus, so the close button does
      // (the focus inside the dialog is what lets Esc close it).
      closeButtonProps={{ 'aria-label': t('common.close'), ...(editable ? {} : { 'data-autofocus': true }) }}
    >
      {editing ? <EvidenceForm key={editing.item?.uid ?? 'new'} cycle={cycle} editing={editing} editable={editable} onSaved={onClose} onCreated={onCreated} /> : null}
    </FormModal>
  );
}

/** The active accounts, and the item's own account when it is no longer active (shown by its saved name). */
function ownerOptions(accounts: readonly OwnerAccount[], uid: string | null, savedName: string) {
  const options = accounts.map((o) => ({ value: o.uid, label: o.displayName }));
  return uid && !accounts.some((o) => o.uid === uid) ? [...options, { value: uid, label: savedName || uid }] : options;
}

const toForm = (e: EvidenceEdit): EvidenceInput => {
  const i = e.item;
  if (!i) return { indicatorUid: e.indicatorUid, kind: 'document', title: '', owner: '', ownerAccountUid: null, dueDate: null, state: 'belum', summary: '', regulationUid: null, coverage: null, extract: null, narrative: null, position: e.position };
  return {
    uid: i.uid, indicatorUid: i.indicatorUid, kind: i.kind, title: i.title, owner: i.owner, ownerAccountUid: i.ownerAccountUid, dueDate: i.dueDate, state: i.state === 'disetujui' ? 'siap' : i.state,
    summary: i.summary, regulationUid: i.regulationUid, coverage: i.coverage, extract: i.extract, narrative: i.narrative, position: i.position,
  };
};

/** Only the target of the chosen kind goes to the server (a kind changed leaves no stale target behind). */
const onlyKindTarget = (v: EvidenceValues): EvidenceValues => ({
  ...v,
  regulationUid: v.kind === 'regulation' ? v.regulationUid : null,
  coverage: v.kind === 'coverage' ? v.coverage : null,
  extract: v.kind === 'register_extract' ? v.extract : null,
  narrative: v.kind === 'narrative' ? v.narrative : null,
});

const hasTarget = (v: EvidenceValues, documents: number) =>
  ({ regulation: v.regulationUid !== null, coverage: v.coverage !== null, register_extract: v.extract !== null, narrative: v.narrative !== null, document: documents > 0 })[v.kind];

function EvidenceForm({ cycle, editing, editable, onSaved, onCreated }: { cycle: CycleDetail; editing: EvidenceEdit; editable: boolean; onSaved: () => void; onCreated: (edit: EvidenceEdit) => void }) {
  const { t } = useTranslation();
  const save = useCycleWrite('award.evidence.save');
  const [failure, setFailure] = useState<string | null>(null);
  const form = useCheckedForm<EvidenceInput, EvidenceValues>(zodResolver(evidenceInputSchema), toForm(editing));
  const { register, control, handleSubmit, formState, setError, setValue, getValues } = form;
  const owners = useOwners();
  useReportDirty(formState.isDirty);
  const { err, guard } = useAwardSend(form, setFailure);
  const kind = useWatch({ control, name: 'kind' });
  const item = editing.item;
  // The item as the cycle holds it now (its documents change while the form is open).
  const current = cycle.aspects.flatMap((a) => a.indicators).flatMap((i) => i.items).find((x) => x.uid === item?.uid) ?? item;
  const documents = current?.documents.length ?? 0;

  const send = (values: EvidenceValues) =>
    guard(async () => {
      const clean = onlyKindTarget(values);
      if (clean.state === 'siap' && !hasTarget(clean, documents)) {
        setError('state', { type: 'target', message: 'paritrana.evidence.form.targetMissing' });
        return;
      }
      const before = new Set(cycle.aspects.flatMap((a) => a.indicators).flatMap((i) => i.items).map((x) => x.uid));
      const saved = await save.mutateAsync(clean);
      const created = item ? null : (saved.aspects.flatMap((a) => a.indicators).find((i) => i.uid === clean.indicatorUid)?.items.find((x) => !before.has(x.uid)) ?? null);
      if (created && clean.kind === 'document') {
        notifications.show({ color: 'green', message: t('paritrana.evidence.form.savedStay') });
        onCreated({ indicatorUid: clean.indicatorUid, item: created, position: created.position });
      } else {
        onSaved();
      }
    });

  const failureAlert = failure ? (
    <Alert color="red" role="alert" title={t('paritrana.lock.refused')} data-testid="evidence-form-error">
      {failure}
    </Alert>
  ) : null;

  return (
    <AwardForm onSubmit={handleSubmit(send)} aria={t('paritrana.evidence.form.aria')} saving={save.isPending} disabled={!editable} failure={failureAlert}>
      {/* A locked cycle's item is shown, not edited: every field is off. */}
      <Fieldset variant="unstyled" disabled={!editable} p={0}>
      <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm" verticalSpacing="xs">
        <Controller
          control={control}
          name="kind"
          render={({ field }) => (
            <Select
              label={t('paritrana.evidence.form.kind')}
              withAsterisk
              data={evidenceKinds.map((k) => ({ value: k, label: t(`paritrana.kinds.${k}`) }))}
              value={field.value}
              onChange={(v) => v && field.onChange(v)}
              allowDeselect={false}
              error={err('kind')}
              data-testid="evidence-kind"
            />
          )}
        />
        <Box style={{ gridColumn: 'span 3' }}>
          <TextInput label={t('paritrana.evidence.form.title')} description={t('paritrana.evidence.form.titleHint')} withAsterisk {...register('title')} error={err('title')} data-autofocus={editable || undefined} data-testid="evidence-title" />
        </Box>
        <Box style={{ gridColumn: 'span 4' }}>
          <Text size="xs" c="dimmed">
            {t(`paritrana.kindHints.${kind}`)}
          </Text>
        </Box>
        <Controller
          control={control}
          name="ownerAccountUid"
          render={({ field }) => (
            <Select
              label={t('paritrana.evidence.form.ownerAccount')}
              description={t('paritrana.evidence.form.ownerAccountHint')}
              placeholder={t('paritrana.evidence.form.ownerAccountNone')}
              data={ownerOptions(owners.data ?? [], field.value ?? null, current?.owner ?? '')}
              value={field.value ?? null}
              onChange={(uid) => {
                field.onChange(uid);
                const picked = owners.data?.find((o) => o.uid === uid);
                if (picked) setValue('owner', picked.displayName, { shouldDirty: true, shouldValidate: true });
              }}
              searchable
              clearable
              nothingFoundMessage={t('paritrana.evidence.form.ownerAccountNone')}
              error={err('ownerAccountUid')}
              data-testid="evidence-owner-account"
            />
          )}
        />
        <TextInput
          label={t('paritrana.evidence.form.owner')}
          description={t('paritrana.evidence.form.ownerHint')}
          {...register('owner', {
            // A name typed that is not the picked account's: the item belongs to that name, not the account.
            onChange: (e: { target: { value: string } }) => {
              const uid = getValues('ownerAccountUid');
              const account = owners.data?.find((o) => o.uid === uid);
              if (uid && e.target.value !== (account?.displayName ?? current?.owner)) setValue('ownerAccountUid', null, { shouldDirty: true });
            },
          })}
          error={err('owner')}
          data-testid="evidence-owner"
        />
        <Controller
          control={control}
          name="dueDate"
          render={({ field }) => <IsoDateInput value={field.value ?? null} onChange={field.onChange} onBlur={field.onBlur} inputRef={field.ref} label={t('paritrana.evidence.form.due')} error={err('dueDate')} testId="evidence-due" />}
        />
        <Controller
          control={control}
          name="state"
          render={({ field }) => (
            <Select
              label={t('paritrana.evidence.form.state')}
              description={t('paritrana.evidence.form.stateHint')}
              data={(['belum', 'draf', 'siap'] as const).map((s) => ({ value: s, label: t(`paritrana.states.${s}`) }))}
              value={field.value ?? 'belum'}
              onChange={(v) => v && field.onChange(v)}
              allowDeselect={false}
              error={err('state')}
              data-testid="evidence-state"
            />
          )}
        />
        <Group align="center" pt={24}>
          {current?.state === 'disetujui' ? <Badge color="green">{t('paritrana.evidence.approvedBy', { by: current.approvedBy ?? '' })}</Badge> : null}
        </Group>
        <Box style={{ gridColumn: 'span 4' }}>
          <Textarea label={t('paritrana.evidence.form.summary')} description={t('paritrana.evidence.form.summaryHint')} autosize minRows={1} maxRows={4} {...register('summary')} error={err('summary')} data-testid="evidence-summary" />
        </Box>
      </SimpleGrid>
      </Fieldset>
      {kind !== 'document' ? (
        <Fieldset legend={t('paritrana.evidence.form.target')} disabled={!editable}>
          {kind === 'regulation' ? (
            <>
              <Controller control={control} name="regulationUid" render={({ field }) => <RegulationTarget value={field.value ?? null} label={current?.targetLabel ?? null} onChange={field.onChange} error={err('regulationUid')} disabled={!editable} />} />
              <RegulationDocuments names={current?.regulationDocuments.map((d) => d.name) ?? []} />
            </>
          ) : null}
          {kind === 'coverage' ? <Controller control={control} name="coverage" render={({ field }) => <CoverageTarget value={field.value ?? null} onChange={field.onChange} error={err('coverage')} disabled={!editable} />} /> : null}
          {kind === 'register_extract' ? <Controller control={control} name="extract" render={({ field }) => <ExtractTarget value={field.value ?? null} onChange={field.onChange} error={err('extract')} disabled={!editable} />} /> : null}
          {kind === 'narrative' ? (
            <Controller
              control={control}
              name="narrative"
              render={({ field }) => <NarrativeEditor value={(field.value as NarrativeNode | null | undefined) ?? null} onChange={field.onChange} label={t('paritrana.evidence.form.narrative')} description={t('paritrana.evidence.form.narrativeHint')} error={err('narrative')} disabled={!editable} />}
            />
          ) : null}
        </Fieldset>
      ) : null}
      {current ? (
        // Enter in the documents' search field searches; it does not save the form around it.
        <div onKeyDown={(e) => e.key === 'Enter' && e.target instanceof HTMLInputElement && e.preventDefault()}>
          <EvidenceDocuments cycleUid={cycle.uid} itemUid={current.uid} canWrite={editable} />
        </div>
      ) : kind === 'document' ? (
        <Alert color="blue" variant="light">
          {t('paritrana.evidence.form.documentsAfterSave')}
        </Alert>
      ) : null}
    </AwardForm>
  );
}
