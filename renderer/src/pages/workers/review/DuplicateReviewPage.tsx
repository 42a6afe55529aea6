import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RecordBackLink } from '../../../registers/RecordHeader.tsx';
import { DuplicateCandidates } from './DuplicateCandidates.tsx';
import './duplicate-messages.ts';

/** /register/pekerja/tinjauan-duplikat: the duplicate review on a page of its own. */
export function DuplicateReviewPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={1200}>
      <RecordBackLink to="/register/pekerja" label={t('pekerja.detail.back')} />
      <Title order={2}>{t('duplikat.title')}</Title>
      <Text c="dimmed">{t('duplikat.intro')}</Text>
      <DuplicateCandidates />
    </Stack>
  );
}
