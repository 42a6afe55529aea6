import { Alert, Badge, Button, Loader, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportBatchInfo, ImportRegister } from '../../../../core/api/imports.ts';
import type { TimeZoneCode } from '../../../../core/api/office-profile.ts';
import { useErrorText } from '../../api/error-text.ts';
import { formatNumber, formatTimestamp } from '../../format.ts';
import { apiErrorOf, useImportHistory } from './queries.ts';
import { UndoModal } from './UndoModal.tsx';

/** Riwayat impor: every import of this register, newest first, each one undoable as a whole. */
export function HistoryPanel({ register, zone }: { register: ImportRegister; zone: TimeZoneCode }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const history = useImportHistory(register);
  const [undoing, setUndoing] = useState<ImportBatchInfo | null>(null);

  if (history.isPending) return <Loader aria-label={t('common.loading')} />;
  if (history.error) {
    return (
      <Alert color="red" title={t('imports.history.loadFailed')}>
        {errorText(apiErrorOf(history.error))}
      </Alert>
    );
  }
  if (history.data.length === 0) return <Alert color="blue">{t('imports.history.empty')}</Alert>;

  return (
    <Stack>
      <ScrollArea type="auto">
        <Table withTableBorder striped verticalSpacing={6} data-testid="import-history" aria-label={t('imports.history.heading')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.history.date')}</Table.Th>
              <Table.Th>{t('imports.history.file')}</Table.Th>
              <Table.Th>{t('imports.history.actor')}</Table.Th>
              <Table.Th ta="right">{t('imports.history.inserted')}</Table.Th>
              <Table.Th ta="right">{t('imports.history.updated')}</Table.Th>
              <Table.Th ta="right">{t('imports.history.unchanged')}</Table.Th>
              <Table.Th ta="right">{t('imports.history.invalid')}</Table.Th>
              <Table.Th>{t('imports.history.status')}</Table.Th>
              <Table.Th>{t('imports.history.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.data.map((b) => (
              <Table.Tr key={b.uid} data-batch={b.uid}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatTimestamp(b.createdAt, zone)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{b.fileName}</Text>
                  <Text size="xs" c="dimmed">
                    {t('imports.history.sheet', { sheet: b.sheet })}
                  </Text>
                </Table.Td>
                <Table.Td>{b.actorName}</Table.Td>
                <Table.Td ta="right">{formatNumber(b.inserted)}</Table.Td>
                <Table.Td ta="right">{formatNumber(b.updated)}</Table.Td>
                <Table.Td ta="right">{formatNumber(b.unchanged)}</Table.Td>
                <Table.Td ta="right">{formatNumber(b.invalid)}</Table.Td>
                <Table.Td>
                  <Badge color={b.status === 'committed' ? 'green' : 'gray'} variant="light" tt="none" styles={{ label: { overflow: 'visible' } }}>
                    {t(`imports.history.${b.status}`)}
                  </Badge>
                  {b.undoneAt ? (
                    <Text size="xs" c="dimmed">
                      {t('imports.history.undoneAt', { when: formatTimestamp(b.undoneAt, zone) })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {b.status === 'committed' ? (
                    <Button
                      size="xs"
                      variant="light"
                      color="red"
                      onClick={() => setUndoing(b)}
                      aria-label={t('imports.history.undoLabel', { file: b.fileName, when: formatTimestamp(b.createdAt, zone) })}
                    >
                      {t('imports.history.undo')}
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <UndoModal register={register} batch={undoing} zone={zone} onClose={() => setUndoing(null)} />
    </Stack>
  );
}
