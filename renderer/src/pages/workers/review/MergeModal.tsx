import { Alert, Button, Checkbox, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mergeFields, type DuplicatePair, type DuplicateSide, type MergeField, type MergePlanPeriod } from '../../../../../core/api/duplicates.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDay } from '../../../format.ts';
import { useMerge, useMergePlan } from './duplicate-queries.ts';
import './duplicate-messages.ts';

// "Gabungkan": which side stays was chosen by the button; here the reviewer sees what happens
// to the periods (the merge plan), leaves out the merged person's periods that would overlap a
// kept one and cannot be joined, and, for each field both sides fill differently, may take the
// merged person's value.

const valueOf = (s: DuplicateSide, field: MergeField): string => {
  switch (field) {
    case 'domicile':
      return [s.desaName, s.kecamatanName].filter(Boolean).join(', ');
    case 'category':
      return s.category ?? '';
    default:
      return s[field];
  }
};

export function MergeModal({ pair, keep, onClose, onMerged }: { pair: DuplicatePair; keep: 'a' | 'b'; onClose(): void; onMerged(text: string): void }) {
  const { t } = useTranslation();
  const merge = useMerge();
  const [take, setTake] = useState<MergeField[]>([]);
  const [drop, setDrop] = useState<string[]>([]);
  const kept = pair[keep];
  const merged = pair[keep === 'a' ? 'b' : 'a'];
  const plan = useMergePlan(pair.id, kept.uid);
  const clashes = plan.data?.clashes ?? [];
  const pending = clashes.some((c) => !drop.includes(c.period.uid));
  const { i18n } = useTranslation();
  const periodWords = (p: MergePlanPeriod) => {
    const words = t('duplikat.periodWords', { segment: p.segment, start: formatDay(p.startDate), end: p.endDate ? formatDay(p.endDate) : t('duplikat.ongoing') });
    // A PU period by its employer (two employers' periods are told apart so); others by who pays.
    if (p.employerName) return t('duplikat.periodEmployer', { period: words, employer: p.employerName });
    return p.funding ? t('duplikat.periodFunding', { period: words, funding: i18n.language === 'en' ? p.funding.en : p.funding.id }) : words;
  };
  const differing = mergeFields.filter((f) => valueOf(kept, f) !== '' && valueOf(merged, f) !== '' && valueOf(kept, f) !== valueOf(merged, f));
  const who = (s: DuplicateSide) => `${s.name} (${s.nik})`;
  const confirm = () =>
    merge.mutate(
      { pairId: pair.id, keepUid: kept.uid, takeFromMerged: take, dropPeriodUids: drop.filter((uid) => clashes.some((c) => c.period.uid === uid)) },
      { onSuccess: () => onMerged(t('duplikat.merged', { merged: who(merged), kept: who(kept) })) },
    );
  return (
    <Modal opened onClose={onClose} title={t('duplikat.mergeTitle')} size="lg">
      <Stack gap="sm" data-testid="duplicate-merge-modal">
        <Text size="sm">{t('duplikat.mergeIntro', { kept: who(kept), merged: who(merged) })}</Text>
        {plan.isPending ? <Loader size="sm" /> : null}
        {plan.error ? <ErrorAlert error={plan.error} /> : null}
        {plan.data && plan.data.joined + plan.data.moved > 0 ? (
          <Text size="sm" c="dimmed" data-testid="merge-plan">
            {t('duplikat.planPeriods', { joined: plan.data.joined, moved: plan.data.moved })}
          </Text>
        ) : null}
        {clashes.length ? (
          <Alert color="orange" title={t('duplikat.clashHeading')} data-testid="merge-clashes">
            <Stack gap={6}>
              <Text size="sm">{t('duplikat.clashIntro')}</Text>
              {clashes.map((c) => (
                <Checkbox
                  key={c.period.uid}
                  checked={drop.includes(c.period.uid)}
                  onChange={(e) => setDrop(e.currentTarget.checked ? [...drop, c.period.uid] : drop.filter((uid) => uid !== c.period.uid))}
                  label={t('duplikat.clashLine', { period: periodWords(c.period), merged: who(merged), kept: periodWords(c.kept), keeper: who(kept), reason: t(`duplikat.clashReason.${c.reason}`) })}
                  data-testid="merge-drop-period"
                />
              ))}
            </Stack>
          </Alert>
        ) : null}
        {differing.length ? (
          <Stack gap={6}>
            <Text size="sm">{t('duplikat.mergeTake')}</Text>
            {differing.map((field) => (
              <Checkbox
                key={field}
                checked={take.includes(field)}
                onChange={(e) => setTake(e.currentTarget.checked ? [...take, field] : take.filter((f) => f !== field))}
                label={`${t(`duplikat.take.${field}`)}: "${valueOf(merged, field)}" (${valueOf(kept, field)})`}
                data-testid={`merge-take-${field}`}
              />
            ))}
          </Stack>
        ) : null}
        {pending ? (
          <Text size="sm" c="orange.8" data-testid="merge-clash-pending">
            {t('duplikat.clashPending')}
          </Text>
        ) : null}
        {merge.error ? <ErrorAlert error={merge.error} /> : null}
        <Group justify="flex-end">
          {/* The safe choice has the keyboard first, as in the other confirmations (undo an import). */}
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('duplikat.cancel')}
          </Button>
          <Button onClick={confirm} loading={merge.isPending} disabled={!plan.data || pending} data-testid="duplicate-merge-confirm">
            {t('duplikat.mergeConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
