import { Accordion, Alert, Badge, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditRow } from '../../../core/api/audit.ts';
import { useErrorText } from '../api/error-text.ts';
import { useOfficeProfile } from '../api/queries.ts';
import { formatTimestamp } from '../format.ts';
import { AuditDiff } from '../pages/AuditDiff.tsx';
import { testIdsOf, type RegisterScreenConfig } from './register-config.ts';
import { useRecordHistory } from './register-queries.ts';

// A record's change history ("Riwayat perubahan"): every audit entry, newest first, the
// newest open; each opens to its fields before and after.

type HistorySource = Pick<RegisterScreenConfig<{ uid: string }, unknown>, 'key' | 'queryKey' | 'texts' | 'testIds'> & {
  data: Pick<RegisterScreenConfig<{ uid: string }, unknown>['data'], 'historyOf'>;
};

export function RecordHistory({ register, uid }: { register: HistorySource; uid: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const zone = useOfficeProfile().data?.timeZone ?? 'WITA';
  const history = useRecordHistory(register, uid);
  const { texts } = register;
  if (history.isPending) return <Loader aria-label={t('common.loading')} />;
  if (history.isError) return <Alert color="red">{errorText(history.error)}</Alert>;
  const rows = history.data;
  if (rows.length === 0) return <Alert color="gray">{t(texts.historyNone)}</Alert>;
  const fields = (row: AuditRow) =>
    row.changedFields
      ? row.changedFields
          .split(', ')
          .map((f) => t(`audit.fields.${f}`, { defaultValue: f }))
          .join(', ')
      : '';
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t(texts.historyIntro)}
      </Text>
      <Accordion variant="separated" multiple defaultValue={rows[0] ? [String(rows[0].id)] : []} data-testid={testIdsOf(register).history}>
        {rows.map((row) => (
          <Accordion.Item key={row.id} value={String(row.id)}>
            <Accordion.Control>
              <Group gap="sm" wrap="nowrap">
                <Text size="sm" fw={600} w={250} style={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
                  {formatTimestamp(row.at, zone)}
                </Text>
                {/* At least 100 px so the columns line up; a longer word ('dibuat lewat impor') widens it rather than being cut. */}
                <Badge variant="light" tt="none" style={{ flexShrink: 0, minWidth: 100 }}>
                  {t(texts.historyAction(row.action), { defaultValue: row.action })}
                </Badge>
                <Text size="sm" c="dimmed" w={140} truncate style={{ flexShrink: 0 }}>
                  {row.actorName}
                </Text>
                <Text size="sm" truncate>
                  {row.action === 'update' ? fields(row) : ''}
                </Text>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <AuditDiff before={row.before} after={row.after} />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}
