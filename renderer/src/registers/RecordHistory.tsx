import { Accordion, Alert, Badge, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TimeZoneCode } from '../../../core/api/office-profile.ts';
import type { HistoryEntry } from '../../../core/api/registers.ts';
import { useErrorText } from '../api/error-text.ts';
import { useOfficeZone } from '../api/queries.ts';
import { formatTimestamp } from '../format.ts';
import { ChangeTable } from '../pages/audit/ChangeTable.tsx';
import { actorWords, inLanguage } from '../pages/audit/words.ts';
import { testIdsOf, type RegisterScreenConfig } from './register-config.ts';
import { useRecordHistory } from './register-queries.ts';

// A record's change history ("Riwayat perubahan"): its own changes and those imports and bulk
// changes made to it (registers.history), newest first, the newest open; each opens to the
// fields it changed, in the register's words; a creation entry says who made the record.

type HistorySource = Pick<RegisterScreenConfig<{ uid: string }, unknown>, 'key' | 'queryKey' | 'texts' | 'testIds'> & {
  data: Pick<RegisterScreenConfig<{ uid: string }, unknown>['data'], 'historyOf'>;
};

export function RecordHistory({ register, uid }: { register: HistorySource; uid: string }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const zone = useOfficeZone();
  const history = useRecordHistory(register, uid);
  const { texts } = register;
  if (history.isPending) return <Loader aria-label={t('common.loading')} />;
  if (history.isError) return <Alert color="red">{errorText(history.error)}</Alert>;
  const rows = history.data;
  if (rows.length === 0) return <Alert color="gray">{t(texts.historyNone)}</Alert>;
  // A new record's fields are all "changed": the summary names them only for an edit.
  const isNew = (row: HistoryEntry) => row.action === 'create' || row.action === 'demo' || row.action === 'import-create';
  // A report or an export made changes nothing: its fields are what it was ("Format berkas: teks"), not before → after.
  const isEvent = (row: HistoryEntry) => row.action === 'report' || row.action === 'export';
  const summary = (row: HistoryEntry) => (isNew(row) ? '' : row.changes.map((c) => inLanguage(c.label, i18n.language)).join(', '));
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t(texts.historyIntro)}
      </Text>
      <Accordion variant="separated" multiple defaultValue={rows[0] ? ['0'] : []} data-testid={testIdsOf(register).history}>
        {rows.map((row, i) => (
          <Accordion.Item key={i} value={String(i)}>
            <Accordion.Control>
              <Group gap="sm" wrap="nowrap">
                <Text size="sm" fw={600} w={235} style={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
                  {formatTimestamp(row.at, zone)}
                </Text>
                {/* At least 100 px so the columns line up; a longer word ('dibuat lewat impor') widens it rather than being cut. */}
                <Badge variant="light" tt="none" style={{ flexShrink: 0, minWidth: 100 }}>
                  {t(texts.historyAction(row.action), { defaultValue: row.action })}
                </Badge>
                <Text size="sm" c="dimmed" w={190} truncate style={{ flexShrink: 0 }} title={t('changeLog.actorHint')}>
                  {actorWords(t, row.actorName)}
                </Text>
                <Text size="sm" truncate>
                  {row.mergedFrom ? `${t('changeLog.mergedFrom', { who: row.mergedFrom })} · ` : ''}
                  {row.batch ? `${row.batch.fileName}${summary(row) ? ' · ' : ''}` : ''}
                  {summary(row)}
                </Text>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>{isNew(row) ? <Created row={row} zone={zone} /> : <ChangeTable changes={row.changes} valuesOnly={isEvent(row)} />}</Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}

/**
 * A creation entry: who made the record and when (and from which file), then the values it was
 * made with when they were kept (an import keeps none for a new record: it is not "no change").
 */
function Created({ row, zone }: { row: HistoryEntry; zone: TimeZoneCode }) {
  const { t } = useTranslation();
  const said = { who: actorWords(t, row.actorName), when: formatTimestamp(row.at, zone) };
  return (
    <Stack gap="xs">
      <Text size="sm" data-testid="history-created">
        {row.batch ? t('changeLog.createdByImport', { ...said, file: row.batch.fileName }) : t('changeLog.created', said)}
      </Text>
      {row.changes.length ? (
        <>
          <Text size="sm" c="dimmed">
            {t('changeLog.createdWith')}
          </Text>
          <ChangeTable changes={row.changes} valuesOnly />
        </>
      ) : null}
    </Stack>
  );
}
