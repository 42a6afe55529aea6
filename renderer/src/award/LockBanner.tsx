import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Approval } from '../../../core/api/award.ts';
import { useOfficeZone } from '../api/queries.ts';
import { formatMonth } from '../coverage/coverage-format.ts';
import { formatTimestamp } from '../format.ts';

// An approved cycle says who approved it, when, with which NIP and from which frozen month, and
// how to change the evidence again (withdraw, with a reason).
export function LockBanner({ approval }: { approval: Approval }) {
  const { t, i18n } = useTranslation();
  const zone = useOfficeZone();
  return (
    <Alert color="green" variant="light" title={t('paritrana.lock.title')} data-testid="cycle-lock">
      {t('paritrana.lock.body', {
        name: approval.approverName || approval.approvedBy,
        nip: approval.approverNip || t('paritrana.lock.noNip'),
        when: formatTimestamp(approval.approvedAt, zone),
        by: approval.approvedBy,
        month: formatMonth(approval.snapshotMonth, i18n.language),
      })}
    </Alert>
  );
}
