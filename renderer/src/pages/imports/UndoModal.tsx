import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportBatchInfo, ImportRegister } from '../../../../core/api/imports.ts';
import type { JobState } from '../../../../core/api/jobs.ts';
import type { TimeZoneCode } from '../../../../core/api/office-profile.ts';
import { useErrorText } from '../../api/error-text.ts';
import { formatNumber, formatTimestamp } from '../../format.ts';
import { JobProgress } from '../../jobs/JobProgress.tsx';
import { useJob } from '../../jobs/use-job.ts';
import { apiErrorOf, useRefreshAfterWrite, useStartUndo } from './queries.ts';

interface Props {
  register: ImportRegister;
  batch: ImportBatchInfo | null;
  zone: TimeZoneCode;
  onClose: () => void;
  onUndone?: (batch: ImportBatchInfo) => void;
}

/**
 * "Batalkan impor?": what will go and what comes back. The undo runs as a job (a big import
 * takes a while to reverse) with its progress and Batal; a refusal is shown here.
 */
export function UndoModal({ register, batch, zone, onClose, onUndone }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const start = useStartUndo();
  const refresh = useRefreshAfterWrite(register);
  const [started, setStarted] = useState<JobState | null>(null);
  const job = useJob(started).data ?? started;
  const { reset } = start;

  useEffect(() => {
    if (batch) {
      reset();
      setStarted(null);
    }
  }, [batch, reset]);

  // The job ended: a success closes the dialog; a refusal or a cancel stays on it, said.
  const ended = useRef<string | null>(null);
  useEffect(() => {
    if (!job || job.status === 'running' || ended.current === job.id) return;
    ended.current = job.id;
    void refresh();
    if (job.status === 'done' && batch) {
      notifications.show({
        color: 'green',
        title: t('imports.undo.doneTitle'),
        message: t('imports.undo.done', { file: batch.fileName, inserted: formatNumber(batch.inserted), updated: formatNumber(batch.updated) }),
      });
      onUndone?.((job.result as { batch: ImportBatchInfo }).batch);
      onClose();
    }
  }, [job, batch, refresh, onUndone, onClose, t]);

  const running = job?.status === 'running';
  const failure = start.error ? apiErrorOf(start.error) : job && job.status !== 'running' && job.status !== 'done' ? job.error : null;
  const confirm = async () => {
    if (!batch) return;
    try {
      setStarted(await start.mutateAsync(batch.uid));
    } catch {
      // shown below from start.error
    }
  };

  return (
    <Modal opened={batch !== null} onClose={running ? () => {} : onClose} withCloseButton={!running} title={t('imports.undo.title')} size="lg">
      {batch ? (
        <Stack>
          <Text>
            {t('imports.undo.body', {
              file: batch.fileName,
              when: formatTimestamp(batch.createdAt, zone),
              inserted: formatNumber(batch.inserted),
              updated: formatNumber(batch.updated),
            })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('imports.undo.note')}
          </Text>
          {failure ? (
            <Alert color="red" title={t('imports.undo.refusedTitle')} role="alert" data-testid="undo-error">
              {errorText(failure)}
            </Alert>
          ) : null}
          {job && running ? (
            <JobProgress
              job={job}
              testId="undo-progress"
              label={() =>
                t(job.progress.phase === 'undo' ? 'imports.undo.running' : 'imports.undo.checking', { done: formatNumber(job.progress.done), total: formatNumber(job.progress.total ?? 0) })
              }
              note={t('imports.undo.runningNote')}
            />
          ) : (
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose} data-autofocus>
                {t('imports.undo.keep')}
              </Button>
              <Button color="red" onClick={() => void confirm()} loading={start.isPending}>
                {t('imports.undo.confirm')}
              </Button>
            </Group>
          )}
        </Stack>
      ) : null}
    </Modal>
  );
}
