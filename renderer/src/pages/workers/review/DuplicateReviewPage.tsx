import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RecordBackLink } from '../../../registers/RecordHeader.tsx';
import { DuplicateCandidates } from './DuplicateCandidates.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import './duplicate-messages.ts';

/** /register/pekerja/tinjauan-duplikat: the duplicate review on a page of its own. */
export function DuplicateReviewPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={1200}>
      <RecordBackLink to="/register/pekerja" label={t('pekerja.detail.back')} />
      <PageTitle>{t('duplikat.title')}</PageTitle>
      <Text c="dimmed">{t('duplikat.intro')}</Text>
      <DuplicateCandidates />
    </Stack>
  );
}
