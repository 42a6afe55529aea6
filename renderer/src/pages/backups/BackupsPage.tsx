import { Alert, Badge, Button, Card, Group, NumberInput, Progress, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { backupSettingsSchema, type BackupInfo, type BackupResult, type BackupSettings } from '../../../../core/api/backups.ts';
import type { JobState } from '../../../../core/api/jobs.ts';
import { messageNamespace } from '../../../../core/api/messages/message.ts';
import { request } from '../../api/client.ts';
import { useOfficeZone } from '../../api/queries.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDecimal, formatNumber, formatTimestamp } from '../../format.ts';
import { useJob } from '../../jobs/use-job.ts';
import { backupKeys, useBackupOverview, useSaveBackupSettings } from './queries.ts';
import { RestoreModal } from './RestoreModal.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import './messages.ts';

// The administrator's backups: the schedule, the last backup, "Cadangkan sekarang", the list with
// what each holds, the settings, and the restore (RestoreModal).

const megabytes = (bytes: number) => `${formatDecimal(bytes / 1_048_576, 1)} MB`;

/** A backup's kind in whole words ("SEBELUM PEMULIHAN"): on two lines in a narrow column, never cut off. */
const wrappedBadge = { root: { overflow: 'visible', maxWidth: '100%' }, label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', lineHeight: 1.3 } } as const;

export function BackupsPage() {
  const { t } = useTranslation();
  const zone = useOfficeZone();
  const overview = useBackupOverview();
  const client = useQueryClient();
  const [start, setStart] = useState<JobState | null>(null);
  const [startError, setStartError] = useState<unknown>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const job = useJob(start).data ?? null;

  useEffect(() => {
    if (!job || job.status === 'running' || !start) return;
    setStart(null);
    void client.invalidateQueries({ queryKey: backupKeys.overview });
    if (job.status !== 'done') return setStartError(job.error);
    const result = job.result as BackupResult;
    const folder = overview.data?.settings.secondFolder ?? '';
    notifications.show({ color: 'green', message: t('backups.done', { file: result.backup.file }) });
    if (result.secondCopy === 'missing') notifications.show({ color: 'orange', message: t('backups.secondMissing', { folder }), autoClose: false });
    if (result.secondCopy === 'failed') notifications.show({ color: 'red', message: t('backups.secondFailed'), autoClose: false });
  }, [job, start, client, overview.data, t]);

  const backupNow = async () => {
    setStartError(null);
    try {
      setStart(await request('backups.create', {}));
    } catch (error) {
      setStartError(error);
    }
  };
  const tableWords = (table: string) => t(`backups.tables.${table}`, { defaultValue: t(`audit.entities.${table}`, { ns: messageNamespace, defaultValue: table }) });
  const data = overview.data;

  return (
    <Stack maw={1100}>
      <PageTitle>{t('backups.title')}</PageTitle>
      <Text size="sm" c="dimmed">
        {t('backups.intro')}
      </Text>
      <ErrorAlert error={overview.error} />
      {data && (
        <Card withBorder data-testid="backup-status">
          <Group justify="space-between" align="flex-start">
            <Stack gap={2}>
              <Text>{data.settings.intervalHours === 24 ? t('backups.daily') : t('backups.schedule', { hours: data.settings.intervalHours })}</Text>
              <Text fw={500}>{data.lastBackupAt ? t('backups.last', { when: formatTimestamp(data.lastBackupAt, zone) }) : t('backups.none')}</Text>
              {data.nextBackupAt && (
                <Text size="sm" c="dimmed">
                  {t('backups.next', { when: formatTimestamp(data.nextBackupAt, zone) })}
                </Text>
              )}
            </Stack>
            <Button onClick={() => void backupNow()} loading={job?.status === 'running'} data-testid="backup-now">
              {t('backups.backupNow')}
            </Button>
          </Group>
          {job?.status === 'running' && (
            <Stack gap={4} mt="sm" data-testid="backup-progress">
              <Text size="sm" aria-live="polite">
                {t('backups.running', { phase: t(`backups.phase.${job.progress.phase}`, { defaultValue: job.progress.phase }) })}
              </Text>
              <Progress value={100} striped animated />
            </Stack>
          )}
          {data.secondFolderMissing && (
            <Alert color="orange" mt="sm">
              {t('backups.secondMissing', { folder: data.settings.secondFolder })}
            </Alert>
          )}
          <ErrorAlert error={startError} mt="sm" />
        </Card>
      )}
      <Title order={2} size="h3">{t('backups.list')}</Title>
      <Table withTableBorder striped data-testid="backup-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('backups.col.date')}</Table.Th>
            <Table.Th>{t('backups.col.kind')}</Table.Th>
            <Table.Th ta="right">{t('backups.col.size')}</Table.Th>
            <Table.Th>{t('backups.col.counts')}</Table.Th>
            <Table.Th>{t('backups.col.head')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(data?.backups ?? []).map((b) => (
            <Table.Tr key={`${b.folder}/${b.file}`} data-testid="backup-row">
              <Table.Td>
                <Text size="sm">{formatTimestamp(b.createdAt, zone)}</Text>
                <Text size="xs" c="dimmed">
                  {b.file}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={b.kind === 'before-restore' ? 'orange' : 'blue'} h="auto" py={2} styles={wrappedBadge} data-testid="backup-kind">
                  {t(`backups.kind.${b.kind}`, { defaultValue: b.kind })}
                </Badge>
                {b.folder === 'second' && (
                  <Text size="xs" c="dimmed">
                    {t('backups.where.second')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{megabytes(b.sizeBytes)}</Table.Td>
              <Table.Td>
                {Object.entries(b.counts).map(([table, n]) => (
                  <Text size="sm" key={table}>
                    {tableWords(table)}: {formatNumber(n)}
                  </Text>
                ))}
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {b.auditHead ? `#${formatNumber(b.auditHead.id)}${b.auditHead.hash ? ` ${b.auditHead.hash.slice(0, 12)}…` : ''}` : '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Button size="xs" variant="light" color="red" onClick={() => setRestoring(b)} data-testid="backup-restore">
                  {t('backups.restore')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {data && data.backups.length === 0 && <Text c="dimmed">{t('backups.none')}</Text>}
      {data && <SettingsForm settings={data.settings} />}
      {restoring && (
        <RestoreModal
          backup={restoring}
          zone={zone}
          onClose={() => setRestoring(null)}
          onRestored={(result) => {
            setRestoring(null);
            notifications.show({ color: 'green', message: t('backups.restored', { file: result.restored, safety: result.safetyBackup }), autoClose: 10_000 });
          }}
        />
      )}
    </Stack>
  );
}

type NumberKey = 'intervalHours' | 'keepDaily' | 'keepWeekly' | 'keepMonthly';
const numberKeys: readonly NumberKey[] = ['intervalHours', 'keepDaily', 'keepWeekly', 'keepMonthly'];
/** The ranges the service takes, read from its schema. */
const numberRange = Object.fromEntries(numberKeys.map((k) => [k, [backupSettingsSchema.shape[k].minValue ?? 0, backupSettingsSchema.shape[k].maxValue ?? Number.MAX_SAFE_INTEGER]])) as Record<NumberKey, [number, number]>;

function SettingsForm({ settings }: { settings: BackupSettings }) {
  const { t } = useTranslation();
  const save = useSaveBackupSettings();
  const [values, setValues] = useState<BackupSettings>(settings);
  // What each number field holds as typed: a value out of its range is said beside it and blocks the save, never replaced.
  const [typed, setTyped] = useState<Partial<Record<NumberKey, number | string>>>({});
  const [tried, setTried] = useState(false);
  useEffect(() => {
    setValues(settings);
    setTyped({});
  }, [settings]);
  const held = (key: NumberKey) => typed[key] ?? values[key];
  const outOfRange = (key: NumberKey) => {
    const v = held(key);
    const [min, max] = numberRange[key];
    return typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max;
  };
  const number = (key: NumberKey, label: string) => (
    <NumberInput
      label={label}
      min={numberRange[key][0]}
      max={numberRange[key][1]}
      clampBehavior="none"
      allowDecimal={false}
      value={held(key)}
      onChange={(v) => setTyped({ ...typed, [key]: v })}
      error={tried && outOfRange(key) ? t('backups.outOfRange', { min: numberRange[key][0], max: formatNumber(numberRange[key][1]) }) : null}
      w={190}
    />
  );
  const submit = () => {
    setTried(true);
    if (numberKeys.some(outOfRange)) return;
    const next = { ...values, ...Object.fromEntries(numberKeys.map((k) => [k, held(k)])) } as BackupSettings;
    save.mutate(next, { onSuccess: () => notifications.show({ color: 'green', message: t('backups.saved') }) });
  };
  return (
    <Card withBorder>
      <Title order={2} size="h3" mb="sm">
        {t('backups.settings')}
      </Title>
      <Stack>
        <Group>
          {number('intervalHours', t('backups.interval'))}
          {number('keepDaily', t('backups.keepDaily'))}
          {number('keepWeekly', t('backups.keepWeekly'))}
          {number('keepMonthly', t('backups.keepMonthly'))}
        </Group>
        <Text size="sm" c="dimmed">
          {t('backups.keepHint')}
        </Text>
        <TextInput
          label={t('backups.secondFolder')}
          description={t('backups.secondFolderHint')}
          value={values.secondFolder ?? ''}
          onChange={(e) => setValues({ ...values, secondFolder: e.currentTarget.value.trim() === '' ? null : e.currentTarget.value })}
        />
        <ErrorAlert error={save.error} />
        <Group>
          <Button onClick={submit} loading={save.isPending}>
            {t('backups.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
