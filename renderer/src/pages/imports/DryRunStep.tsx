import { Alert, Badge, Button, Group, Pagination, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, Title, type MantineColor } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DryRunResult, DryRunRow, ImportFieldInfo, RowProblem, RowStatus } from '../../../../core/api/imports.ts';
import type { JobState } from '../../../../core/api/jobs.ts';
import type { TimeZoneCode } from '../../../../core/api/office-profile.ts';
import { downloadFile, request } from '../../api/client.ts';
import { useErrorText } from '../../api/error-text.ts';
import { formatNumber, formatTimestamp } from '../../format.ts';
import { JobProgress } from '../../jobs/JobProgress.tsx';
import { apiErrorOf } from './queries.ts';
import { useLocalized, useProblemText } from './shared.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

interface Props {
  job: JobState;
  fields: ImportFieldInfo[];
  zone: TimeZoneCode;
  headingId: string;
  onRetry: () => void;
  onBack: () => void;
  onSave: () => void;
  saving: boolean;
  saveError: string | null;
}

export const statusColor: Record<RowStatus, MantineColor> = { new: 'green', changed: 'blue', unchanged: 'gray', invalid: 'red' };
type Filter = 'all' | 'invalid' | 'warnings' | 'changed' | 'new';
const pageSize = 50;
/** Errors (why the row is refused) before warnings. */
const bySeverity = (a: RowProblem, b: RowProblem) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1);
const hasWarning = (r: DryRunRow) => r.problems.some((p) => p.severity === 'warning');

/** Step 3: the dry run, its progress, then every row with something to say. Nothing is saved. */
export function DryRunStep({ job, fields, zone, headingId, onRetry, onBack, onSave, saving, saveError }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();

  return (
    <Stack>
      <Title order={3} id={headingId} tabIndex={-1}>
        {t('imports.check.heading')}
      </Title>
      {job.status === 'running' ? (
        <JobProgress
          job={job}
          testId="dry-run-progress"
          label={(p) => (p === null ? t('imports.check.runningNoTotal') : t('imports.check.running', { percent: `${p}%` }))}
          note={t('imports.check.nothingSaved')}
        />
      ) : null}
      {job.status === 'cancelled' || job.status === 'failed' ? (
        <Alert color={job.status === 'cancelled' ? 'gray' : 'red'} title={job.status === 'failed' ? t('imports.check.failedTitle') : undefined} role="alert" data-testid="dry-run-error">
          <Stack gap="sm">
            <Text size="sm">{job.status === 'cancelled' ? t('imports.check.cancelled') : job.error ? errorText(job.error) : ''}</Text>
            <Group>
              <Button size="xs" onClick={onRetry}>
                {t('imports.check.retry')}
              </Button>
              <Button size="xs" variant="default" onClick={onBack}>
                {t('imports.check.backToColumns')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : null}
      {job.status === 'done' ? (
        <DryRunReport jobId={job.id} result={job.result as DryRunResult} fields={fields} zone={zone} onBack={onBack} onSave={onSave} saving={saving} saveError={saveError} />
      ) : null}
    </Stack>
  );
}

function SummaryCard({ label, hint, value, color, testId }: { label: string; hint: string; value: number; color: MantineColor; testId: string }) {
  return (
    <Paper withBorder p="sm" style={{ borderTop: `4px solid var(--mantine-color-${color}-6)` }} data-testid={testId}>
      <Text size="sm" fw={600} c={`${color}.8`}>
        {label}
      </Text>
      <Text size="xl" fw={700} c={value ? `${color}.8` : 'dimmed'} data-testid={`${testId}-value`}>
        {formatNumber(value)}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Paper>
  );
}

function DryRunReport({ jobId, result, fields, zone, onBack, onSave, saving, saveError }: { jobId: string; result: DryRunResult; fields: ImportFieldInfo[]; zone: TimeZoneCode } & Pick<Props, 'onBack' | 'onSave' | 'saving' | 'saveError'>) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const localized = useLocalized();
  const problemText = useProblemText();
  const [filter, setFilter] = useState<Filter>(result.summary.invalid ? 'invalid' : 'all');
  const [page, setPage] = useState(1);
  const [downloading, setDownloading] = useState(false);
  const { summary } = result;
  const toSave = summary.new + summary.changed;

  const matches = (r: DryRunRow, f: Filter) => (f === 'all' ? true : f === 'warnings' ? hasWarning(r) : r.status === f);
  const count = (f: Filter) => result.rows.filter((r) => matches(r, f)).length;
  const rows = result.rows.filter((r) => matches(r, filter));
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const shown = rows.slice((page - 1) * pageSize, page * pageSize);
  const fieldLabel = (key: string) => {
    const f = fields.find((x) => x.key === key);
    return f ? localized(f.label) : key;
  };

  const errorFile = async () => {
    setDownloading(true);
    try {
      const out = await request('imports.errorFile', { jobId });
      await downloadFile(out.token, out.fileName);
    } catch (e) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errorText(apiErrorOf(e)) });
    } finally {
      setDownloading(false);
    }
  };

  const cards: { key: keyof typeof summary & string; color: MantineColor }[] = [
    { key: 'new', color: 'green' },
    { key: 'changed', color: 'blue' },
    { key: 'unchanged', color: 'gray' },
    { key: 'invalid', color: 'red' },
    { key: 'warnings', color: 'yellow' },
  ];

  return (
    <Stack>
      <Group gap="xs">
        <Text>{t('imports.check.nothingSaved')}</Text>
        <Text c="dimmed">{t('imports.check.ofTotal', { n: formatNumber(summary.total), sheet: result.sheet })}</Text>
      </Group>
      <SimpleGrid cols={{ base: 2, md: 5 }} data-testid="dry-run-summary">
        {cards.map((c) => (
          <SummaryCard key={c.key} label={t(`imports.check.summary.${c.key}`)} hint={t(`imports.check.summaryHint.${c.key}`)} value={summary[c.key]} color={c.color} testId={`summary-${c.key}`} />
        ))}
      </SimpleGrid>

      {result.alreadyImported ? (
        <Alert color="yellow" title={t('imports.already.title')} data-testid="already-imported">
          {t('imports.already.body', { when: formatTimestamp(result.alreadyImported.createdAt, zone) })}
        </Alert>
      ) : null}

      {summary.invalid ? (
        <Alert color="red" variant="light" title={t('imports.check.invalidTitle', { count: summary.invalid, n: formatNumber(summary.invalid) })} data-testid="invalid-help">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('imports.check.invalidBody')}</Text>
            <Button size="xs" color="red" variant="outline" onClick={() => void errorFile()} loading={downloading}>
              {t('imports.check.errorFile')}
            </Button>
          </Stack>
        </Alert>
      ) : null}

      {result.rows.length === 0 ? (
        <Alert color="green">{t('imports.check.noRows')}</Alert>
      ) : (
        <Stack gap="xs">
          <SegmentedControl
            aria-label={t('imports.check.filter')}
            value={filter}
            onChange={(v) => {
              setFilter(v as Filter);
              setPage(1);
            }}
            data={[
              { value: 'all', label: t('imports.check.filterAll', { n: formatNumber(count('all')) }) },
              { value: 'invalid', label: t('imports.check.filterInvalid', { n: formatNumber(count('invalid')) }) },
              { value: 'warnings', label: t('imports.check.filterWarnings', { n: formatNumber(count('warnings')) }) },
              { value: 'changed', label: t('imports.check.filterChanged', { n: formatNumber(count('changed')) }) },
              { value: 'new', label: t('imports.check.filterNew', { n: formatNumber(count('new')) }) },
            ]}
            style={{ alignSelf: 'flex-start' }}
          />
          {result.rowsTruncated ? (
            <Text size="sm" c="dimmed">
              {t('imports.check.truncated', { n: formatNumber(result.rows.length) })}
            </Text>
          ) : null}
          <Table withTableBorder striped verticalSpacing={6} data-testid="dry-run-rows" aria-label={t('imports.check.heading')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>{t('imports.check.colRow')}</Table.Th>
                <Table.Th w={130}>{t('imports.check.colStatus')}</Table.Th>
                <Table.Th w="24%">{t('imports.check.colName')}</Table.Th>
                <Table.Th>{t('imports.check.colDetail')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={4}>
                    <Text size="sm" c="dimmed">
                      {t('imports.check.noRowsFilter')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : (
                shown.map((r) => (
                  <Table.Tr key={r.rowNumber} data-row={r.rowNumber}>
                    <Table.Td>{r.rowNumber}</Table.Td>
                    <Table.Td>
                      <Badge color={statusColor[r.status]} variant="light" tt="none" styles={{ label: { overflow: 'visible' } }}>
                        {t(`imports.check.status.${r.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{r.name}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        {[...r.problems].sort(bySeverity).map((p, i) => (
                          <Text key={i} size="sm" c={p.severity === 'error' ? 'red.8' : 'orange.8'} data-testid="row-problem">
                            <Text span fw={600} size="sm">
                              {p.severity === 'error' ? t('imports.check.error') : t('imports.check.warning')}:
                            </Text>{' '}
                            {problemText(r.rowNumber, p)}
                          </Text>
                        ))}
                        {r.changedFields.length ? (
                          <Text size="sm" c="blue.8">
                            {t('imports.check.changedFields', { list: r.changedFields.map(fieldLabel).join(', ') })}
                          </Text>
                        ) : null}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ))
              )}
            </Table.Tbody>
          </Table>
          {pages > 1 ? <Pagination total={pages} value={page} onChange={setPage} size="sm" /> : null}
        </Stack>
      )}

      <ErrorAlert error={saveError} role="alert" />
      <Paper withBorder p="md" bg="gray.0">
        <Group justify="space-between">
          <Button variant="default" onClick={onBack}>
            {t('imports.check.backToColumns')}
          </Button>
          <Group>
            <Text size="sm" c={summary.invalid ? 'red.8' : 'dimmed'} fw={summary.invalid ? 600 : undefined} data-testid="will-skip">
              {toSave === 0 ? t('imports.check.nothingToSave') : summary.invalid ? t('imports.check.willSkip', { count: summary.invalid, n: formatNumber(summary.invalid) }) : ''}
            </Text>
            <Button onClick={onSave} loading={saving} disabled={toSave === 0 || result.alreadyImported !== null}>
              {t('imports.check.save', { count: toSave, n: formatNumber(toSave) })}
            </Button>
          </Group>
        </Group>
      </Paper>
    </Stack>
  );
}
