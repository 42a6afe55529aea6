import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mergeFields, type DuplicatePair, type DuplicateSide, type MergeField } from '../../../../../core/api/duplicates.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useMerge } from './duplicate-queries.ts';
import './duplicate-messages.ts';

// "Gabungkan": which side stays was chosen by the button; here the reviewer sees what happens
// and, for each field both sides fill differently, may take the merged person's value.

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
  const kept = pair[keep];
  const merged = pair[keep === 'a' ? 'b' : 'a'];
  const differing = mergeFields.filter((f) => valueOf(kept, f) !== '' && valueOf(merged, f) !== '' && valueOf(kept, f) !== valueOf(merged, f));
  const who = (s: DuplicateSide) => `${s.name} (${s.nik})`;
  const confirm = () =>
    merge.mutate(
      { pairId: pair.id, keepUid: kept.uid, takeFromMerged: take },
      { onSuccess: () => onMerged(t('duplikat.merged', { merged: who(merged), kept: who(kept) })) },
    );
  return (
    <Modal opened onClose={onClose} title={t('duplikat.mergeTitle')} size="lg">
      <Stack gap="sm" data-testid="duplicate-merge-modal">
        <Text size="sm">{t('duplikat.mergeIntro', { kept: who(kept), merged: who(merged) })}</Text>
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
        {merge.error ? <ErrorAlert error={merge.error} /> : null}
        <Group justify="flex-end">
          {/* The safe choice has the keyboard first, as in the other confirmations (undo an import). */}
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('duplikat.cancel')}
          </Button>
          <Button onClick={confirm} loading={merge.isPending} data-testid="duplicate-merge-confirm">
            {t('duplikat.mergeConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
