import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CommitResult, ImportBatchInfo } from '../../../../core/api/imports.ts';
import type { JobState } from '../../../../core/api/jobs.ts';
import type { TimeZoneCode } from '../../../../core/api/office-profile.ts';
import { downloadFile } from '../../api/client.ts';
import { useErrorText } from '../../api/error-text.ts';
import { notifications } from '@mantine/notifications';
import { formatNumber } from '../../format.ts';
import { JobProgress } from '../../jobs/JobProgress.tsx';
import type { ImportScreenConfig } from './import-screen-config.ts';
import { apiErrorOf, useImportHistory } from './queries.ts';
import { UndoModal } from './UndoModal.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

interface Props {
  /** Rows the dry run held for review: the result points to where they are decided. */
  review: number;
  config: ImportScreenConfig;
  job: JobState;
  zone: TimeZoneCode;
  headingId: string;
  onAnother: () => void;
  /** A retry that could not start. */
  error: string | null;
}

/** Step 4: the commit (one transaction), its progress and Batal (until the rows are saved), then what was saved. */
export function CommitStep({ config, job, review, zone, headingId, onAnother, error }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [undoing, setUndoing] = useState<ImportBatchInfo | null>(null);
  const batch = job.status === 'done' ? (job.result as CommitResult).batch : null;
  // Undone here or from the history tab: the history says which.
  const history = useImportHistory(config.register);
  const current = batch === null ? undefined : history.data?.find((b) => b.uid === batch.uid);
  const undone = current?.status === 'undone';
  // The rows left out, to fix and import again (written at the commit: the check's plan is gone).
  const errorFile = job.status === 'done' ? ((job.result as CommitResult).errorFile ?? null) : null;
  const [downloading, setDownloading] = useState(false);
  const downloadErrors = async () => {
    if (!errorFile) return;
    setDownloading(true);
    try {
      await downloadFile(errorFile.token, errorFile.fileName, true); // written unasked: on record as it is taken
    } catch (e) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errorText(apiErrorOf(e)) });
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Stack>
      <Title order={2} size="h3" id={headingId} tabIndex={-1}>
        {t('imports.save.heading')}
      </Title>
      {job.status === 'running' ? (
        <JobProgress
          job={job}
          testId="commit-progress"
          label={() =>
            job.progress.phase === 'saved'
              ? t('imports.save.writingErrorFile')
              : job.progress.total
                ? t('imports.save.running', { done: formatNumber(job.progress.done), total: formatNumber(job.progress.total) })
                : t('imports.save.runningNoTotal')
          }
          note={job.progress.phase === 'saved' ? undefined : t('imports.save.allOrNothing')}
          cancellable={job.progress.phase !== 'saved'}
        />
      ) : null}
      {job.status === 'cancelled' || job.status === 'failed' ? (
        <Alert color={job.status === 'cancelled' ? 'gray' : 'red'} title={job.status === 'failed' ? t('imports.save.failedTitle') : undefined} role="alert" data-testid="commit-error">
          <Stack gap="sm">
            <Text size="sm">{job.status === 'cancelled' ? t('imports.save.cancelled') : job.error ? errorText(job.error) : ''}</Text>
            {/* The import is over: its staged file and plan are gone (core/imports/import-scratch.ts). */}
            <Text size="sm">{t('imports.save.ended')}</Text>
            <Group>
              <Button size="xs" onClick={onAnother}>
                {t('imports.save.chooseAgain')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : null}
      <ErrorAlert error={error} role="alert" />
      {batch ? (
        <Alert color={undone ? 'gray' : 'green'} title={t(undone ? 'imports.save.undoneTitle' : 'imports.save.doneTitle')} data-testid="commit-result">
          <Stack gap="sm">
            <Text size="lg" fw={600} data-testid="commit-counts">
              {t('imports.save.done', { inserted: formatNumber(batch.inserted), updated: formatNumber(batch.updated) })}
            </Text>
            <Text size="sm">{t('imports.save.doneMore', { unchanged: formatNumber(batch.unchanged), invalid: formatNumber(batch.invalid) })}</Text>
            {review && config.review && !undone ? (
              <Text size="sm" fw={600} c="orange.8" data-testid="commit-review">
                {t('imports.save.toReview', { count: review, n: formatNumber(review) })}
              </Text>
            ) : null}
            {batch.inserted && config.afterAdding && !undone ? (
              <Text size="sm" data-testid="commit-after-adding">
                {t(config.afterAdding.note, { count: batch.inserted, n: formatNumber(batch.inserted) })}
              </Text>
            ) : null}
            <Text size="sm" c="dimmed">
              {undone ? (current.kept ? t('imports.save.undoneKept', { count: current.kept, n: formatNumber(current.kept) }) : t('imports.save.undone')) : t('imports.save.doneAudit')}
            </Text>
            <Group>
              <Button component={Link} to={config.registerPath}>
                {t(config.labels.openRegister)}
              </Button>
              {errorFile ? (
                <Button variant="outline" onClick={() => void downloadErrors()} loading={downloading} data-testid="commit-error-file">
                  {t('imports.check.errorFile')}
                </Button>
              ) : null}
              {review && config.review && !undone ? (
                <Button component={Link} to={config.review.path} color="orange" variant="light">
                  {t(config.review.label)}
                </Button>
              ) : null}
              {batch.inserted && config.afterAdding && !undone ? (
                <Button component={Link} to={config.afterAdding.path} variant="light">
                  {t(config.afterAdding.label)}
                </Button>
              ) : null}
              {!undone ? (
                <Button variant="light" color="red" onClick={() => setUndoing(batch)}>
                  {t('imports.save.undo')}
                </Button>
              ) : null}
              <Button variant="default" onClick={onAnother}>
                {t('imports.save.another')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : null}
      <UndoModal config={config} batch={undoing} zone={zone} onClose={() => setUndoing(null)} />
    </Stack>
  );
}
