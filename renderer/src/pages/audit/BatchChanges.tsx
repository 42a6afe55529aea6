import { Accordion, Alert, Badge, Group, Loader, Pagination, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client.ts';
import { useErrorText } from '../../api/error-text.ts';
import { formatNumber } from '../../format.ts';
import { ChangeTable } from './ChangeTable.tsx';
import { recordTitle } from './record-title.ts';
import { inLanguage } from './words.ts';

// The records an import, its undo or a bulk change touched, a page at a time (imports.changes):
// each with its name, new or changed, and the fields it changed.

const pageSize = 20;

export function BatchChanges({ batchUid, undoEntry }: { batchUid: string; undoEntry: boolean }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [page, setPage] = useState(0);
  const changes = useQuery({
    queryKey: ['imports.changes', batchUid, page],
    queryFn: () => request('imports.changes', { batchUid, page, pageSize }),
    placeholderData: keepPreviousData,
  });
  if (changes.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (changes.isError) return <Alert color="red">{errorText(changes.error)}</Alert>;
  const { total, rows, batch } = changes.data;
  const pages = Math.ceil(total / pageSize);
  return (
    <Stack gap="xs" data-testid="batch-changes">
      <Text fw={600}>{t('changeLog.records', { n: formatNumber(total) })}</Text>
      {undoEntry ? (
        <Text size="sm" c="dimmed">
          {t('changeLog.undoEntry')}
        </Text>
      ) : batch.status === 'undone' ? (
        <Text size="sm" c="dimmed">
          {t('changeLog.undone')}
        </Text>
      ) : null}
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('changeLog.noRecords')}
        </Text>
      ) : (
        <Accordion variant="contained" multiple chevronPosition="left">
          {rows.map((row) => (
            <Accordion.Item key={row.id} value={String(row.id)} data-testid="batch-change">
              <Accordion.Control disabled={row.changes.length === 0}>
                <Group gap="sm" wrap="nowrap">
                  <Badge size="sm" variant="light" color={row.action === 'insert' ? 'teal' : 'blue'} tt="none" style={{ flexShrink: 0 }}>
                    {t(row.action === 'insert' ? 'changeLog.recordNew' : 'changeLog.recordChanged')}
                  </Badge>
                  <Text size="sm" fw={500} truncate c={row.recordLabel ? undefined : 'dimmed'}>
                    {recordTitle(t, row, i18n.language, batch.status === 'undone')}
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    {row.changes.map((c) => inLanguage(c.label, i18n.language)).join(', ')}
                  </Text>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <ChangeTable changes={row.changes} />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
      {pages > 1 ? <Pagination size="sm" total={pages} value={page + 1} onChange={(p) => setPage(p - 1)} aria-label={t('changeLog.pages')} /> : null}
    </Stack>
  );
}
