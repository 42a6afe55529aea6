import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CycleDetail } from '../../../core/api/award.ts';
import type { DownloadToken } from '../../../core/api/imports.ts';
import type { JobState } from '../../../core/api/jobs.ts';
import { downloadFile, request } from '../api/client.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { JobProgress } from '../jobs/JobProgress.tsx';
import { useJob } from '../jobs/use-job.ts';

// "Buat paket bukti": the package of an approved cycle built as a job (progress with its phase,
// Batal), its ZIP handed to the download or the save dialog when done, and what was built said.

export function PackagePanel({ cycle, canExport }: { cycle: CycleDetail; canExport: boolean }) {
  const { t } = useTranslation();
  const [started, setStarted] = useState<JobState | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const starting = useMutation({ mutationFn: () => request('award.package', { uid: cycle.uid }) });
  const job = useJob(started).data ?? started;

  // The job ended: its file goes to the user once.
  const handed = useRef<string | null>(null);
  useEffect(() => {
    if (!job || job.status !== 'done' || handed.current === job.id) return;
    handed.current = job.id;
    const file = job.result as DownloadToken;
    downloadFile(file.token, file.fileName).then(
      (saved) => (saved ? notifications.show({ color: 'green', message: t('paritrana.pkg.done', { file: file.fileName }) }) : undefined),
      (error: unknown) => setSaveError(error),
    );
  }, [job, t]);

  const running = job?.status === 'running';
  const failure = starting.error ?? saveError ?? (job?.status === 'failed' ? job.error : null);
  const start = async () => {
    setSaveError(null);
    try {
      setStarted(await starting.mutateAsync());
    } catch {
      // said below from starting.error
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-label={t('paritrana.pkg.title')} data-testid="package-panel">
      <Stack gap="sm">
        <Title order={2} size="h4">{t('paritrana.pkg.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('paritrana.pkg.intro')}
        </Text>
        {!cycle.approval ? (
          <Alert color="blue" data-testid="package-needs-approval">
            {t('paritrana.pkg.needsApproval')}
          </Alert>
        ) : null}
        {running && job ? (
          <JobProgress
            job={job}
            testId="package-progress"
            label={(percent) => (percent === null ? t('paritrana.pkg.buildingUnknown') : t('paritrana.pkg.building', { percent }))}
            note={t(`paritrana.pkg.phases.${job.progress.phase}`, { defaultValue: '' })}
          />
        ) : (
          <Group>
            <Button onClick={() => void start()} disabled={!cycle.approval || !canExport} loading={starting.isPending} data-testid="package-build">
              {t('paritrana.pkg.build')}
            </Button>
          </Group>
        )}
        {job?.status === 'done' ? (
          // What the job did, left on screen: its file and how many files it holds.
          <Alert color="green" data-testid="package-done">
            {t('paritrana.pkg.built', { file: (job.result as DownloadToken).fileName, files: job.progress.total ?? job.progress.done })}
          </Alert>
        ) : null}
        {job?.status === 'cancelled' ? (
          <Alert color="yellow" data-testid="package-cancelled">
            {t('paritrana.pkg.cancelled')}
          </Alert>
        ) : null}
        <ErrorAlert error={failure} data-testid="package-error" />
      </Stack>
    </Paper>
  );
}
