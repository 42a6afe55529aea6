import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonDetail } from '../../../../core/api/workers.ts';
import { workerPath } from './worker-register.ts';

/** A record merged away by the duplicate review: a link to the person it was merged into (NIK masked). */
export function MergedIntoLink({ kept, label }: { kept: NonNullable<PersonDetail['mergedInto']>; label?: string }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={workerPath(kept.uid)} size="sm" data-testid="merged-into">
      {label ?? t('pekerja.detail.mergedInto', { nik: kept.nik })}
    </Anchor>
  );
}
