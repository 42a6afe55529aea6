import { Button, Checkbox, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
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
import { useNumberSeparators } from '../components/number-field.ts';

// "Muat data contoh": made-up records across the office's kecamatan and desa, to try the app on
// an empty register. They come in as one import (progress, Batal, undone from the history).
// The register brings its words, its demo channel and its import screens (whose queries refresh).

export interface DemoConfig {
  /** Starts loading `count` demo records (the register's demo channel), with the optional part when offered and ticked. */
  start: (count: number, withOption: boolean) => Promise<JobState>;
  /** An optional part of the demo, offered as a checkbox (i18n key of its label; ticked at first). */
  option?: { labelKey: string };
  /** The register's import screens: the demo is a batch in their history; their queries refresh. */
  importScreen: ImportScreenConfig;
  /** How many records to offer at first; absent: the demo is a fixed set (no number to ask). */
  defaultCount?: number;
}

const maxDemo = 1_000_000;

/** `words`: the register's i18n namespace; its demo words are `<ns>.demo.*` (title, intro {{area}}, count and countInvalid when it asks a number, undoHint, load, loading, loadingPercent {{percent}}, doneTitle, done {{n}}) and `<ns>.common.cancel`. */
export function DemoModal({ demo: config, words, opened, onClose }: { demo: DemoConfig; words: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const separators = useNumberSeparators();
  const w = (key: string) => `${words}.demo.${key}`;
  const errorText = useErrorText();
  const area = useSetupStatus().data?.area;
  const [withOption, setWithOption] = useState(true);
  const demo = useMutation({ mutationFn: (n: number) => config.start(n, config.option !== undefined && withOption) });
  const refresh = useRefreshAfterWrite(config.importScreen);
  const asksCount = config.defaultCount !== undefined;
  const [count, setCount] = useState<number | string>(config.defaultCount ?? 1);
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
      notifications.show({ color: 'green', title: t(w('doneTitle')), message: `${t(w('done'), { n: formatNumber(inserted) })} ${t(w('undoHint'))}` });
      onClose();
    } else if (finished.status === 'failed' && finished.error) {
      notifications.show({ color: 'red', title: t('errors.title'), message: errorText(finished.error) });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per finished job
  }, [finished?.id, finished?.status]);
  const running = job?.status === 'running';
  return (
    <Modal opened={opened} onClose={running ? () => undefined : onClose} closeOnEscape={!running} withCloseButton={!running} title={t(w('title'))}>
      {running && job ? (
        <JobProgress job={job} testId="demo-progress" label={(percent) => (percent === null ? t(w('loading')) : t(w('loadingPercent'), { percent }))} />
      ) : (
        <Stack
          component="form"
          onSubmit={(e) => {
            e.preventDefault();
            if (valid) void load();
          }}
        >
          <Text size="sm">{t(w('intro'), { area: area?.name ?? '' })}</Text>
          {asksCount ? (
            <NumberInput
              label={t(w('count'))}
              value={count}
              onChange={setCount}
              min={1}
              max={maxDemo}
              allowDecimal={false}
              {...separators}
              error={valid ? undefined : t(w('countInvalid'))}
              data-autofocus
            />
          ) : null}
          {config.option ? <Checkbox label={t(config.option.labelKey)} checked={withOption} onChange={(e) => setWithOption(e.currentTarget.checked)} data-testid="demo-option" /> : null}
          <Text size="xs" c="dimmed">
            {t(w('undoHint'))}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t(`${words}.common.cancel`)}
            </Button>
            <Button type="submit" loading={demo.isPending} disabled={!valid} data-autofocus={asksCount ? undefined : true}>
              {t(w('load'))}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
