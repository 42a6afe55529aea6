import { Alert, Button, Group, List, Loader, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, RestoreResult } from '../../../../core/api/backups.ts';
import { messageNamespace } from '../../../../core/api/messages/message.ts';
import type { TimeZoneCode } from '../../../../core/api/office-profile.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatNumber, formatTimestamp } from '../../format.ts';
import { actorWords, inLanguage } from '../audit/words.ts';
import { useRestore, useRestorePreview } from './queries.ts';

/** Changes listed before "Tampilkan semua". */
const firstShown = 5;

/** What a restore would change, then the restore after the typed confirmation. */
export function RestoreModal({ backup, zone, onClose, onRestored }: { backup: BackupInfo; zone: TimeZoneCode; onClose: () => void; onRestored: (result: RestoreResult) => void }) {
  const { t, i18n } = useTranslation();
  const preview = useRestorePreview(backup.file);
  const restore = useRestore();
  const [typed, setTyped] = useState('');
  // The newest few first; all that a restore would take back on asking.
  const [showAll, setShowAll] = useState(false);
  const tableWords = (table: string) => t(`backups.tables.${table}`, { defaultValue: t(`audit.entities.${table}`, { ns: messageNamespace, defaultValue: table }) });
  const data = preview.data;
  const confirmed = data !== undefined && typed.trim().toUpperCase() === data.confirmWord;
  return (
    <Modal opened onClose={restore.isPending ? () => {} : onClose} title={t('backups.preview.title', { when: formatTimestamp(backup.createdAt, zone) })} size="lg" data-testid="restore-modal">
      {preview.isPending ? (
        <Loader aria-label={t('common.loading')} />
      ) : preview.isError ? (
        <ErrorAlert error={preview.error} />
      ) : (
        <Stack>
          <Alert color={data!.checksumOk ? 'green' : 'red'} data-testid="restore-checksum">
            {data!.checksumOk ? t('backups.preview.checksumOk') : t('backups.preview.checksumBad')}
          </Alert>
          <Table withTableBorder data-testid="restore-counts">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('backups.preview.table')}</Table.Th>
                <Table.Th ta="right">{t('backups.preview.now')}</Table.Th>
                <Table.Th ta="right">{t('backups.preview.backup')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data!.counts.map((c) => (
                <Table.Tr key={c.table}>
                  <Table.Td>{tableWords(c.table)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(c.now)}</Table.Td>
                  <Table.Td ta="right" fw={c.now !== c.backup ? 700 : undefined}>
                    {formatNumber(c.backup)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Stack gap={4} data-testid="restore-lost">
            <Text fw={500}>{data!.lostTotal > 0 ? t('backups.preview.lost', { count: data!.lostTotal }) : t('backups.preview.lostNone')}</Text>
            {data!.lostTotal > 0 && (
              <Text size="sm" c="dimmed">
                {t('backups.preview.lostHint')}
              </Text>
            )}
            {!data!.lostExact && (
              <Alert color="yellow" data-testid="restore-lost-not-exact">
                {t('backups.preview.lostNotExact')}
              </Alert>
            )}
            {data!.lostTotal > 0 && (
              <List size="sm" data-testid="restore-lost-list" style={showAll ? { maxHeight: 300, overflowY: 'auto' } : undefined}>
                {(showAll ? data!.lostChanges : data!.lostChanges.slice(0, firstShown)).map((change, i) => (
                  <List.Item key={i}>
                    {formatTimestamp(change.at, zone)} · {actorWords(t, change.actorName)} · {inLanguage(change.words, i18n.language)}
                  </List.Item>
                ))}
              </List>
            )}
            {data!.lostChanges.length > firstShown && (
              <Group>
                <Button variant="subtle" size="compact-sm" onClick={() => setShowAll((v) => !v)} data-testid="restore-lost-all">
                  {showAll ? t('backups.preview.showFewer') : t('backups.preview.showAll', { count: data!.lostChanges.length })}
                </Button>
              </Group>
            )}
            {data!.lostTotal > data!.lostChanges.length && (showAll || data!.lostChanges.length <= firstShown) && (
              <Text size="sm" c="dimmed">
                {t('backups.preview.lostMore', { count: data!.lostTotal - data!.lostChanges.length })}
              </Text>
            )}
          </Stack>
          <Text size="sm">{t('backups.preview.safety')}</Text>
          <Text size="sm" data-testid="restore-accounts-kept">{t('backups.preview.accountsKept')}</Text>
          <Text size="sm" data-testid="restore-audit-kept">{t('backups.preview.auditKept')}</Text>
          {data!.checksumOk && (
            <TextInput
              label={t('backups.preview.confirm', { word: data!.confirmWord })}
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
              disabled={restore.isPending}
              data-testid="restore-confirm"
              autoComplete="off"
            />
          )}
          {restore.isPending && <Text aria-live="polite">{t('backups.preview.restoring')}</Text>}
          <ErrorAlert error={restore.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={restore.isPending}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              disabled={!confirmed || !data!.checksumOk}
              loading={restore.isPending}
              onClick={() => restore.mutate({ file: backup.file, confirm: typed }, { onSuccess: onRestored })}
              data-testid="restore-go"
            >
              {t('backups.preview.go')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
