import { Alert, Badge, Button, Loader, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportBatchInfo } from '../../../../core/api/imports.ts';
import type { TimeZoneCode } from '../../../../core/api/office-profile.ts';
import { useCan } from '../../api/auth.ts';
import { useErrorText } from '../../api/error-text.ts';
import { formatNumber, formatTimestamp } from '../../format.ts';
import type { ImportScreenConfig } from './import-screen-config.ts';
import { apiErrorOf, useImportHistory } from './queries.ts';
import { UndoModal } from './UndoModal.tsx';
import { actorWords } from '../audit/words.ts';

/** A count the batch kind does not have (a bulk change adds nothing and refuses no row). */
const dash = '—';
/** A CSV's only "sheet" is named after the file: nothing to say. */
const hasSheet = (b: ImportBatchInfo) => b.sheet !== '' && !/\.csv$/i.test(b.fileName) && b.sheet !== b.fileName.replace(/\.[^.]+$/, '');

/**
 * Riwayat: every import of the register and every bulk change made from its filter (what was
 * done, in words, and why), newest first, each one undoable as a whole.
 */
export function HistoryPanel({ config, zone }: { config: ImportScreenConfig; zone: TimeZoneCode }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const history = useImportHistory(config.register);
  const [undoing, setUndoing] = useState<ImportBatchInfo | null>(null);
  // Batalkan only where the undo is allowed (the history says so per batch: one's own, or any
  // with imports.undoAny); an importer sees why another's has none.
  const canUndo = useCan('records.import');

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
              <Table.Th>{t('imports.history.what')}</Table.Th>
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
            {history.data.map((b) => {
              const bulk = b.kind === 'bulk';
              const when = formatTimestamp(b.createdAt, zone);
              return (
                <Table.Tr key={b.uid} data-batch={b.uid} data-kind={b.kind}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{when}</Table.Td>
                  <Table.Td maw={420}>
                    {bulk ? (
                      <Badge size="xs" color="violet" variant="light" tt="none" mb={2}>
                        {t('imports.history.bulk')}
                      </Badge>
                    ) : null}
                    <Text size="sm">{b.fileName}</Text>
                    <Text size="xs" c="dimmed">
                      {bulk ? t('imports.history.reason', { reason: b.note || dash }) : hasSheet(b) ? t('imports.history.sheet', { sheet: b.sheet }) : null}
                    </Text>
                  </Table.Td>
                  <Table.Td title={t('changeLog.actorHint')}>{actorWords(t, b.actorName)}</Table.Td>
                  <Table.Td ta="right">{bulk ? dash : formatNumber(b.inserted)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(b.updated)}</Table.Td>
                  <Table.Td ta="right">{bulk ? dash : formatNumber(b.unchanged)}</Table.Td>
                  <Table.Td ta="right">{bulk ? dash : formatNumber(b.invalid)}</Table.Td>
                  <Table.Td>
                    <Badge color={b.status === 'committed' ? 'green' : 'gray'} variant="light" tt="none" styles={{ label: { overflow: 'visible' } }}>
                      {t(`imports.history.${b.status}`)}
                    </Badge>
                    {b.undoneAt ? (
                      <Text size="xs" c="dimmed">
                        {t('imports.history.undoneAt', { when: formatTimestamp(b.undoneAt, zone) })}
                      </Text>
                    ) : null}
                    {b.status === 'undone' && b.kept ? (
                      <Text size="xs" c="dimmed" data-testid="batch-kept">
                        {t('imports.history.kept', { count: b.kept, n: formatNumber(b.kept) })}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {b.status === 'committed' && b.mayUndo ? (
                      <Button
                          size="xs"
                          variant="light"
                          color="red"
                          onClick={() => setUndoing(b)}
                          aria-label={t(bulk ? 'imports.history.undoBulkLabel' : 'imports.history.undoLabel', { file: b.fileName, when })}
                        >
                          {t('imports.history.undo')}
                      </Button>
                    ) : b.status === 'committed' && canUndo ? (
                      <Text size="xs" c="dimmed" maw={180} data-testid="undo-not-yours">
                        {t('imports.history.undoNotYours')}
                      </Text>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <UndoModal config={config} batch={undoing} zone={zone} onClose={() => setUndoing(null)} />
    </Stack>
  );
}
