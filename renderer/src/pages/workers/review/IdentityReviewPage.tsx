import { Anchor, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOfficeZone } from '../../../api/queries.ts';
import { formatNumber } from '../../../format.ts';
import { IdentityConflicts } from './IdentityConflicts.tsx';
import { useIdentityReviews } from './queries.ts';
import { PageTitle } from '../../../components/PageTitle.tsx';
import './messages.ts';

/** /register/pekerja/tinjauan-impor: rows of imported lists held for an identity decision. */
export function IdentityReviewPage() {
  const { t } = useTranslation();
  const zone = useOfficeZone();
  const [show, setShow] = useState<'open' | 'resolved'>('open');
  const open = useIdentityReviews('open').data?.open ?? 0;
  return (
    <Stack>
      <div>
        <Anchor component={Link} to="/register/pekerja" size="sm">
          {t('workerReview.backToRegister')}
        </Anchor>
        <PageTitle>{t('workerReview.title')}</PageTitle>
        <Text c="dimmed" size="sm" maw={900}>
          {t('workerReview.intro')}
        </Text>
      </div>
      <SegmentedControl
        w="fit-content"
        value={show}
        onChange={(v) => setShow(v as 'open' | 'resolved')}
        data={[
          { value: 'open', label: t('workerReview.show.open', { n: formatNumber(open) }) },
          { value: 'resolved', label: t('workerReview.show.resolved') },
        ]}
      />
      <IdentityConflicts show={show} zone={zone} />
    </Stack>
  );
}

/** The worker register's toolbar link to the review, with how many rows wait. */
export function IdentityReviewLink() {
  const { t } = useTranslation();
  const open = useIdentityReviews('open').data?.open ?? 0;
  if (!open) return null;
  return (
    <Anchor component={Link} to="/register/pekerja/tinjauan-impor" size="sm" c="orange.8" fw={600} data-testid="identity-review-link">
      {t('workerReview.toolbar')} ({formatNumber(open)})
    </Anchor>
  );
}
