import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title, type MantineColor } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DryRunResult, Inspection } from '../../../../core/api/imports.ts';
import type { JobState } from '../../../../core/api/jobs.ts';
import type { TimeZoneCode } from '../../../../core/api/office-profile.ts';
import { downloadFile, request } from '../../api/client.ts';
import { useErrorText } from '../../api/error-text.ts';
import { formatNumber, formatTimestamp } from '../../format.ts';
import { JobProgress } from '../../jobs/JobProgress.tsx';
import { apiErrorOf } from './queries.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { DryRunRows } from './DryRunRows.tsx';
import type { Mapping } from './MappingStep.tsx';
import type { ValueMapping } from './value-mapping.ts';
import { ValueMappingPanel } from './ValueMappingPanel.tsx';

interface Props {
  job: JobState;
  inspection: Inspection;
  mapping: Mapping;
  /** The value mapping this dry run was started with. */
  values: ValueMapping;
  zone: TimeZoneCode;
  headingId: string;
  onRetry: () => void;
  /** Runs the dry run again with another value mapping. */
  onRecheck: (values: ValueMapping) => void;
  rechecking: boolean;
  onBack: () => void;
  /** Leaves this file unimported: its copies go and the import starts again from the file (walk 38: a dry run had no way out). */
  onDiscard: () => void;
  onSave: () => void;
  saving: boolean;
  saveError: string | null;
}

/** Step 3: the dry run, its progress, then its counts, the unknown values to map, and its rows by status. Nothing is saved. */
export function DryRunStep({ job, inspection, mapping, values, zone, headingId, onRetry, onRecheck, rechecking, onBack, onDiscard, onSave, saving, saveError }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();

  return (
    <Stack>
      <Title order={2} size="h3" id={headingId} tabIndex={-1}>
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
        <DryRunReport
          key={job.id}
          jobId={job.id}
          result={job.result as DryRunResult}
          inspection={inspection}
          mapping={mapping}
          values={values}
          zone={zone}
          onRecheck={onRecheck}
          rechecking={rechecking}
          onBack={onBack}
          onDiscard={onDiscard}
          onSave={onSave}
          saving={saving}
          saveError={saveError}
        />
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

type ReportProps = { jobId: string; result: DryRunResult } & Pick<Props, 'inspection' | 'mapping' | 'values' | 'zone' | 'onRecheck' | 'rechecking' | 'onBack' | 'onDiscard' | 'onSave' | 'saving' | 'saveError'>;

function DryRunReport({ jobId, result, inspection, mapping, values, zone, onRecheck, rechecking, onBack, onDiscard, onSave, saving, saveError }: ReportProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [downloading, setDownloading] = useState(false);
  const { summary } = result;
  // Rows to review are saved too: into the review list, the register's record untouched.
  const toSave = summary.new + summary.changed + summary.review;

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
    ...(summary.review ? [{ key: 'review' as const, color: 'orange' as MantineColor }] : []),
    { key: 'unchanged', color: 'gray' },
    { key: 'invalid', color: 'red' },
    { key: 'warnings', color: 'yellow' },
  ];

  return (
    <Stack>
      <Group gap="xs">
        <Text>{t('imports.check.nothingSaved')}</Text>
        <Text c="dimmed">
          {/* A CSV has no sheets: the file is named instead. */}
          {inspection.format === 'csv'
            ? t('imports.check.ofTotalFile', { n: formatNumber(summary.total), file: result.fileName, row: result.headerRow })
            : t('imports.check.ofTotal', { n: formatNumber(summary.total), sheet: result.sheet, row: result.headerRow })}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 2, md: cards.length }} data-testid="dry-run-summary">
        {cards.map((c) => (
          <SummaryCard key={c.key} label={t(`imports.check.summary.${c.key}`)} hint={t(`imports.check.summaryHint.${c.key}`)} value={summary[c.key] ?? 0} color={c.color} testId={`summary-${c.key}`} />
        ))}
      </SimpleGrid>

      {result.alreadyImported ? (
        <Alert color="yellow" title={t('imports.already.title')} data-testid="already-imported">
          {t('imports.already.body', { when: formatTimestamp(result.alreadyImported.createdAt, zone) })}
        </Alert>
      ) : null}

      <ValueMappingPanel inspection={inspection} mapping={mapping} unknown={result.unknownValues} values={values} onRecheck={onRecheck} rechecking={rechecking} />

      {summary.review ? (
        <Alert color="orange" variant="light" title={t('imports.check.reviewTitle', { count: summary.review, n: formatNumber(summary.review) })} data-testid="review-help">
          <Text size="sm">{t('imports.check.reviewBody')}</Text>
        </Alert>
      ) : null}

      {summary.invalid ? (
        <Alert color="red" variant="light" title={t('imports.check.invalidTitle', { count: summary.invalid, n: formatNumber(summary.invalid) })} data-testid="invalid-help">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('imports.check.invalidBody')}</Text>
            {result.unknownValues.length ? <Text size="sm">{t('imports.check.invalidValues')}</Text> : null}
            <Button size="xs" color="red" variant="outline" onClick={() => void errorFile()} loading={downloading}>
              {t('imports.check.errorFile')}
            </Button>
          </Stack>
        </Alert>
      ) : null}

      {summary.skipped ? (
        <Alert color="gray" variant="light" title={t('imports.check.skippedTitle', { count: summary.skipped, n: formatNumber(summary.skipped) })} data-testid="skipped-help">
          <Text size="sm">{t('imports.check.skippedBody')}</Text>
        </Alert>
      ) : null}

      <DryRunRows result={result} fields={inspection.fields} />

      <ErrorAlert error={saveError} role="alert" />
      <Paper withBorder p="md" bg="gray.0">
        <Group justify="space-between">
          <Group>
            <Button variant="default" onClick={onBack}>
              {t('imports.check.backToColumns')}
            </Button>
            <Button variant="subtle" color="gray" onClick={onDiscard} disabled={saving} data-testid="dry-run-discard">
              {t('imports.check.discard')}
            </Button>
          </Group>
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
