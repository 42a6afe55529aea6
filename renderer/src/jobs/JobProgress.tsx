import { Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobState } from '../../../core/api/jobs.ts';
import { request } from '../api/client.ts';

interface Props {
  job: JobState;
  /** The sentence under the bar, given the percentage (null: not known yet). */
  label: (percent: number | null) => string;
  note?: string;
  testId: string;
  /** False once the job is past the point a cancel could change anything: no Batal. */
  cancellable?: boolean;
}

/** A running job: its bar, what it is doing, and Batal (the job stops and changes nothing) while a cancel still can. */
export function JobProgress({ job, label, note, testId, cancellable = true }: Props) {
  const { t } = useTranslation();
  const [cancelling, setCancelling] = useState(false);
  // Batal goes once a cancel can change nothing: focus on it moves to the progress itself, not to the page's start.
  const box = useRef<HTMLDivElement>(null);
  const cancelFocused = useRef(false);
  useEffect(() => {
    if (!cancellable && cancelFocused.current) {
      cancelFocused.current = false;
      box.current?.focus();
    }
  }, [cancellable]);
  const { done, total } = job.progress;
  const percent = total ? Math.min(100, Math.round((done / total) * 100)) : null;

  const cancel = async () => {
    setCancelling(true);
    try {
      await request('jobs.cancel', { jobId: job.id });
    } catch {
      // The job may have just ended; the next poll shows how.
      setCancelling(false);
    }
  };

  return (
    <Paper withBorder p="md" data-testid={testId} ref={box} tabIndex={-1}>
      <Stack gap="sm">
        <Text aria-live="polite">{label(percent)}</Text>
        <Progress value={percent ?? 100} striped animated={percent === null || percent < 100} size="lg" aria-label={label(percent)} />
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {note}
          </Text>
          {cancellable ? (
            <Button
              variant="default"
              color="red"
              onClick={() => void cancel()}
              loading={cancelling}
              onFocus={() => (cancelFocused.current = true)}
              onBlur={() => (cancelFocused.current = false)}
            >
              {t('common.cancel')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
