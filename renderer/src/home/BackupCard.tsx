import { Badge, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCan } from '../api/auth.ts';
import { useOfficeZone } from '../api/queries.ts';
import { formatTimestamp } from '../format.ts';
import { useBackupState } from './queries.ts';
import { HomeCard } from './HomeCard.tsx';

// Whether the office's data is backed up: the last backup and whether one is overdue. Every role
// sees it; the backups screen is the administrator's, so only they get the link.

export function BackupCard() {
  const { t } = useTranslation();
  const canManage = useCan('backups.manage');
  const zone = useOfficeZone();
  const state = useBackupState();
  const data = state.data;
  return (
    <HomeCard title={t('beranda.backup.heading')} testId="home-backup" link={canManage ? { to: '/pengaturan/cadangan', label: t('beranda.backup.open') } : null}>
      {state.isError ? (
        <Text size="sm" c="red">
          {t('beranda.loadFailed')}
        </Text>
      ) : !data ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : (
        <>
          <Badge color={data.overdue ? 'red' : 'green'} variant={data.overdue ? 'filled' : 'light'} tt="none" w="fit-content" data-testid="home-backup-state">
            {t(data.overdue ? 'beranda.backup.overdue' : 'beranda.backup.current')}
          </Badge>
          <Text size="sm" fw={500} data-testid="home-backup-last">
            {data.lastBackupAt ? t('beranda.backup.last', { when: formatTimestamp(data.lastBackupAt, zone) }) : t('beranda.backup.none')}
          </Text>
          {data.nextBackupAt && !data.overdue ? (
            <Text size="xs" c="dimmed">
              {t('beranda.backup.next', { when: formatTimestamp(data.nextBackupAt, zone) })}
            </Text>
          ) : null}
          {canManage ? null : (
            <Text size="xs" c="dimmed">
              {t('beranda.backup.askAdmin')}
            </Text>
          )}
        </>
      )}
    </HomeCard>
  );
}
