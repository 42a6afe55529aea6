import { Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobState } from '../../../core/api/jobs.ts';
import { useErrorText } from '../api/error-text.ts';
import { useSetupStatus } from '../api/queries.ts';
import { formatNumber } from '../format.ts';
import { JobProgress } from '../jobs/JobProgress.tsx';
import { useJob } from '../jobs/use-job.ts';
import type { ImportScreenConfig } from '../pages/imports/import-screen-config.ts';
import { useRefreshAfterWrite } from '../pages/imports/queries.ts';

// "Muat data contoh": made-up records across the office's kecamatan and desa, to try the app on
// an empty register. They come in as one import (progress, Batal, undone from the history).
// The register brings its words, its channel and its import screens (whose queries refresh).

/** i18n keys of a register's demo words. */
export interface DemoTexts {
  /** The empty register's step and its line. */
  step: string;
  stepHint: string;
  title: string;
  /** Takes {{area}}, the office's kabupaten/kota. */
  intro: string;
  count: string;
  countInvalid: string;
  undoHint: string;
  load: string;
  loading: string;
  /** Takes {{percent}}. */
  loadingPercent: string;
  doneTitle: string;
  /** Takes {{n}}, the records added. */
  done: string;
  cancel: string;
}

export interface DemoConfig {
  texts: DemoTexts;
  /** Starts loading `count` demo records (the register's demo channel). */
  start: (count: number) => Promise<JobState>;
  /** The register's import screens: the demo is a batch in their history; their queries refresh. */
  importScreen: ImportScreenConfig;
  defaultCount: number;
}

const maxDemo = 1_000_000;

export function DemoModal({ demo: config, opened, onClose }: { demo: DemoConfig; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const area = useSetupStatus().data?.area;
  const demo = useMutation({ mutationFn: config.start });
  const refresh = useRefreshAfterWrite(config.importScreen);
  const { texts } = config;
  const [count, setCount] = useState<number | string>(config.defaultCount);
  const [started, setStarted] = useState<JobState | null>(null);
  const job = useJob(started).data ?? null;
  const n = typeof count === 'number' ? count : Number(count);
  const valid = Number.isInteger(n) && n >= 1 && n <= maxDemo;
  const load = async () => {
    try {
      setStarted(await demo.mutateAsync(n));
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
      notifications.show({ color: 'green', title: t(texts.doneTitle), message: `${t(texts.done, { n: formatNumber(inserted) })} ${t(texts.undoHint)}` });
      onClose();
    } else if (finished.status === 'failed' && finished.error) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errorText(finished.error) });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per finished job
  }, [finished?.id, finished?.status]);
  const running = job?.status === 'running';
  return (
    <Modal opened={opened} onClose={running ? () => undefined : onClose} closeOnEscape={!running} withCloseButton={!running} title={t(texts.title)}>
      {running && job ? (
        <JobProgress job={job} testId="demo-progress" label={(percent) => (percent === null ? t(texts.loading) : t(texts.loadingPercent, { percent }))} />
      ) : (
        <Stack
          component="form"
          onSubmit={(e) => {
            e.preventDefault();
            if (valid) void load();
          }}
        >
          <Text size="sm">{t(texts.intro, { area: area?.name ?? '' })}</Text>
          <NumberInput
            label={t(texts.count)}
            value={count}
            onChange={setCount}
            min={1}
            max={maxDemo}
            allowDecimal={false}
            thousandSeparator="."
            decimalSeparator=","
            error={valid ? undefined : t(texts.countInvalid)}
            data-autofocus
          />
          <Text size="xs" c="dimmed">
            {t(texts.undoHint)}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t(texts.cancel)}
            </Button>
            <Button type="submit" loading={demo.isPending} disabled={!valid}>
              {t(texts.load)}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

/** The demo words of a register that keeps them as the registers do: `<ns>.demo.*`, `<ns>.empty.demo(Hint)`, `<ns>.common.cancel`. */
export const demoTextsUnder = (ns: string): DemoTexts => ({
  step: `${ns}.empty.demo`,
  stepHint: `${ns}.empty.demoHint`,
  title: `${ns}.demo.title`,
  intro: `${ns}.demo.intro`,
  count: `${ns}.demo.count`,
  countInvalid: `${ns}.demo.countInvalid`,
  undoHint: `${ns}.demo.undoHint`,
  load: `${ns}.demo.load`,
  loading: `${ns}.demo.loading`,
  loadingPercent: `${ns}.demo.loadingPercent`,
  doneTitle: `${ns}.demo.doneTitle`,
  done: `${ns}.demo.done`,
  cancel: `${ns}.common.cancel`,
});
