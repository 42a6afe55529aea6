import { Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobState } from '../../../../core/api/jobs.ts';
import { useErrorText } from '../../api/error-text.ts';
import { useSetupStatus } from '../../api/queries.ts';
import { formatNumber } from '../../format.ts';
import { JobProgress } from '../../jobs/JobProgress.tsx';
import { useJob } from '../../jobs/use-job.ts';
import { workerImport } from './worker-import.ts';
import { useRefreshAfterWrite } from '../imports/queries.ts';
import { useLoadWorkerDemo } from './queries.ts';

// "Muat data contoh": made-up people across the office's kecamatan and desa, to try the app
// on an empty register. They come in as one import (progress, Batal, undone from the history).

const maxDemo = 1_000_000;

export function WorkerDemoModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const area = useSetupStatus().data?.area;
  const demo = useLoadWorkerDemo();
  const refresh = useRefreshAfterWrite(workerImport);
  const [count, setCount] = useState<number | string>(1000);
  const [started, setStarted] = useState<JobState | null>(null);
  const job = useJob(started).data ?? null;
  const n = typeof count === 'number' ? count : Number(count);
  const valid = Number.isInteger(n) && n >= 1 && n <= maxDemo;
  const load = async () => {
    try {
      setStarted(await demo.mutateAsync({ count: n }));
    } catch (error) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errorText(error) });
    }
  };
  const finished = job && job.status !== 'running' ? job : null;
  useEffect(() => {
    if (!finished) return;
    setStarted(null);
    demo.reset();
    void refresh();
    if (finished.status === 'done') {
      const inserted = (finished.result as { inserted: number }).inserted;
      notifications.show({ color: 'green', title: t('pekerja.demo.doneTitle'), message: `${t('pekerja.demo.done', { n: formatNumber(inserted) })} ${t('pekerja.demo.undoHint')}` });
      onClose();
    } else if (finished.status === 'failed' && finished.error) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errorText(finished.error) });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per finished job
  }, [finished?.id, finished?.status]);
  const running = job?.status === 'running';
  return (
    <Modal opened={opened} onClose={running ? () => undefined : onClose} closeOnEscape={!running} withCloseButton={!running} title={t('pekerja.demo.title')}>
      {running && job ? (
        <JobProgress job={job} testId="demo-progress" label={(percent) => (percent === null ? t('pekerja.demo.loading') : t('pekerja.demo.loadingPercent', { percent }))} />
      ) : (
        <Stack
          component="form"
          onSubmit={(e) => {
            e.preventDefault();
            if (valid) void load();
          }}
        >
          <Text size="sm">{t('pekerja.demo.intro', { area: area?.name ?? '' })}</Text>
          <NumberInput
            label={t('pekerja.demo.count')}
            value={count}
            onChange={setCount}
            min={1}
            max={maxDemo}
            allowDecimal={false}
            thousandSeparator="."
            decimalSeparator=","
            error={valid ? undefined : t('pekerja.demo.countInvalid')}
            data-autofocus
          />
          <Text size="xs" c="dimmed">
            {t('pekerja.demo.undoHint')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('pekerja.common.cancel')}
            </Button>
            <Button type="submit" loading={demo.isPending} disabled={!valid}>
              {t('pekerja.demo.load')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
