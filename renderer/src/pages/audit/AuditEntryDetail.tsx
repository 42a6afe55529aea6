import { Alert, Badge, Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TimeZoneCode } from '../../../../core/api/office-profile.ts';
import { request } from '../../api/client.ts';
import { useErrorText } from '../../api/error-text.ts';
import { formatTimestamp } from '../../format.ts';
import { BatchChanges } from './BatchChanges.tsx';
import { ChangeTable } from './ChangeTable.tsx';
import { actionWords, actorWords, entityWords, inLanguage } from './words.ts';

/** One change-log entry: who, when, what, which record; only the fields it changed; a batch's records. */
export function AuditEntryDetail({ id, zone }: { id: number; zone: TimeZoneCode }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const detail = useQuery({ queryKey: ['audit.get', id], queryFn: () => request('audit.get', { id }) });
  if (detail.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (detail.isError) return <Alert color="red">{errorText(detail.error)}</Alert>;
  const { row, changes, batch } = detail.data;
  return (
    <Stack gap="sm" data-testid="audit-detail">
      <Group gap="xs">
        <Badge variant="light" tt="none">
          {actionWords(t, row.action, row.entity)}
        </Badge>
        <Text size="sm" fw={600}>
          {entityWords(t, row.entity)}
          {row.entityLabel ? `: ${row.entityLabel}` : ''}
        </Text>
      </Group>
      {row.summary ? (
        <Text size="sm" data-testid="audit-summary">
          {inLanguage(row.summary, i18n.language)}
        </Text>
      ) : null}
      <Text size="sm" c="dimmed">
        {formatTimestamp(row.at, zone)} · <span title={t('changeLog.actorHint')}>{actorWords(t, row.actorName)}</span>
      </Text>
      {batch ? (
        <Text size="sm" fw={600}>
          {t('changeLog.summary')}
        </Text>
      ) : null}
      <ChangeTable changes={changes} testId="audit-changes" valuesOnly={row.before === null} />
      {batch ? <BatchChanges batchUid={batch.uid} undoEntry={row.action === 'undo'} /> : null}
    </Stack>
  );
}
