import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { aspectInputSchema, indicatorInputSchema, type Aspect, type AspectInput, type Indicator, type IndicatorInput } from '../../../core/api/award.ts';
import { FormModal, useReportDirty } from '../components/FormModal.tsx';
import { AwardForm, useAwardSend } from './AwardForm.tsx';
import { NullableNumber } from './NullableNumber.tsx';
import { useCycleWrite } from './queries.ts';
import { useCheckedForm } from '../components/use-checked-form.ts';

// Tambah / ubah aspek and indikator: code, title, weight (optional), and for an indicator the
// evidence it asks for and the highest score of the self-assessment.

export type AspectEdit = { cycleUid: string; aspect: Aspect | null; position: number };
export type IndicatorEdit = { aspectUid: string; indicator: Indicator | null; position: number };

const failureAlert = (failure: string | null) => (failure ? <Alert color="red" role="alert" data-testid="rubric-form-error">{failure}</Alert> : null);

export function AspectFormModal({ editing, onClose }: { editing: AspectEdit | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal opened={editing !== null} onClose={onClose} title={t(editing?.aspect ? 'paritrana.rubric.aspectForm.editTitle' : 'paritrana.rubric.aspectForm.newTitle')} size="min(760px, 96vw)">
      {editing ? <AspectForm editing={editing} onSaved={onClose} /> : null}
    </FormModal>
  );
}

function AspectForm({ editing, onSaved }: { editing: AspectEdit; onSaved: () => void }) {
  const { t } = useTranslation();
  const save = useCycleWrite('award.rubric.saveAspect');
  const [failure, setFailure] = useState<string | null>(null);
  const a = editing.aspect;
  const initial: AspectInput = a
    ? { uid: a.uid, cycleUid: editing.cycleUid, code: a.code, title: a.title, description: a.description, weight: a.weight, position: a.position }
    : { cycleUid: editing.cycleUid, code: '', title: '', description: '', weight: null, position: editing.position };
  const form = useCheckedForm<AspectInput, z.output<typeof aspectInputSchema>>(zodResolver(aspectInputSchema), initial);
  const { register, control, handleSubmit, formState } = form;
  useReportDirty(formState.isDirty);
  const { err, guard } = useAwardSend(form, setFailure);
  const send = (values: z.output<typeof aspectInputSchema>) =>
    guard(async () => {
      await save.mutateAsync(values);
      onSaved();
    });
  return (
    <AwardForm onSubmit={handleSubmit(send)} aria={t('paritrana.rubric.aspectForm.aria')} saving={save.isPending} failure={failureAlert(failure)}>
      <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm" verticalSpacing="xs">
        <TextInput label={t('paritrana.rubric.aspectForm.code')} description={t('paritrana.rubric.aspectForm.codeHint')} withAsterisk {...register('code')} error={err('code')} data-autofocus data-testid="aspect-code" />
        <Box style={{ gridColumn: 'span 2' }}>
          <TextInput label={t('paritrana.rubric.aspectForm.title')} withAsterisk {...register('title')} error={err('title')} data-testid="aspect-title" />
        </Box>
        <NullableNumber control={control} name="weight" label={t('paritrana.rubric.aspectForm.weight')} description={t('paritrana.rubric.aspectForm.weightHint')} error={err('weight')} testId="aspect-weight" />
        <Box style={{ gridColumn: 'span 4' }}>
          <Textarea label={t('paritrana.rubric.aspectForm.description')} autosize minRows={2} maxRows={6} {...register('description')} error={err('description')} />
        </Box>
      </SimpleGrid>
    </AwardForm>
  );
}

export function IndicatorFormModal({ editing, onClose }: { editing: IndicatorEdit | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal opened={editing !== null} onClose={onClose} title={t(editing?.indicator ? 'paritrana.rubric.indicatorForm.editTitle' : 'paritrana.rubric.indicatorForm.newTitle')} size="min(860px, 96vw)">
      {editing ? <IndicatorForm editing={editing} onSaved={onClose} /> : null}
    </FormModal>
  );
}

function IndicatorForm({ editing, onSaved }: { editing: IndicatorEdit; onSaved: () => void }) {
  const { t } = useTranslation();
  const save = useCycleWrite('award.rubric.saveIndicator');
  const [failure, setFailure] = useState<string | null>(null);
  const i = editing.indicator;
  const initial: IndicatorInput = i
    ? { uid: i.uid, aspectUid: editing.aspectUid, code: i.code, title: i.title, evidenceAsked: i.evidenceAsked, weight: i.weight, maxScore: i.maxScore, position: i.position }
    : { aspectUid: editing.aspectUid, code: '', title: '', evidenceAsked: '', weight: null, maxScore: 5, position: editing.position };
  const form = useCheckedForm<IndicatorInput, z.output<typeof indicatorInputSchema>>(zodResolver(indicatorInputSchema), initial);
  const { register, control, handleSubmit, formState } = form;
  useReportDirty(formState.isDirty);
  const { err, guard } = useAwardSend(form, setFailure);
  const send = (values: z.output<typeof indicatorInputSchema>) =>
    guard(async () => {
      await save.mutateAsync(values);
      onSaved();
    });
  return (
    <AwardForm onSubmit={handleSubmit(send)} aria={t('paritrana.rubric.indicatorForm.aria')} saving={save.isPending} failure={failureAlert(failure)}>
      <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm" verticalSpacing="xs">
        <TextInput label={t('paritrana.rubric.indicatorForm.code')} description={t('paritrana.rubric.indicatorForm.codeHint')} withAsterisk {...register('code')} error={err('code')} data-autofocus data-testid="indicator-code" />
        <NullableNumber control={control} name="weight" label={t('paritrana.rubric.indicatorForm.weight')} description={t('paritrana.rubric.indicatorForm.weightHint')} error={err('weight')} testId="indicator-weight" />
        <Box style={{ gridColumn: 'span 2' }}>
          <NullableNumber control={control} name="maxScore" label={t('paritrana.rubric.indicatorForm.maxScore')} description={t('paritrana.rubric.indicatorForm.maxScoreHint')} error={err('maxScore')} testId="indicator-max" />
        </Box>
        <Box style={{ gridColumn: 'span 4' }}>
          <Textarea label={t('paritrana.rubric.indicatorForm.title')} withAsterisk autosize minRows={1} maxRows={4} {...register('title')} error={err('title')} data-testid="indicator-title" />
        </Box>
        <Box style={{ gridColumn: 'span 4' }}>
          <Textarea label={t('paritrana.rubric.indicatorForm.evidenceAsked')} autosize minRows={2} maxRows={6} {...register('evidenceAsked')} error={err('evidenceAsked')} />
        </Box>
      </SimpleGrid>
    </AwardForm>
  );
}
