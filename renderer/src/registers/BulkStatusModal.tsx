import { Alert, Button, Group, List, Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportBatchInfo } from '../../../core/api/imports.ts';
import type { JobState } from '../../../core/api/jobs.ts';
import { fieldIssue } from '../api/client.ts';
import { useErrorText } from '../api/error-text.ts';
import { IsoDateInput } from '../components/IsoDateInput.tsx';
import { isIsoDate } from '../typed-date.ts';
import { formatNumber } from '../format.ts';
import { JobProgress } from '../jobs/JobProgress.tsx';
import { useJob } from '../jobs/use-job.ts';
import { useBulkCount, type BulkView } from './bulk-view.ts';
import type { BulkStatusAction, BulkStatusConfig, RegisterScreenConfig } from './register-config.ts';
import './messages.ts';

// "Hapus semua yang tersaring": the records of the view as it is on screen given one status,
// with a reason. The dialog names the count and the filter in words; a large count, or a view
// that is the whole register, asks for the number to be typed (and the whole register first
// asks whether that is meant at all). The change runs as a job with progress and Batal.

/** From this many records on, the user types the number. */
export const typeNumberFrom = 50;

interface Props {
  config: Pick<RegisterScreenConfig<{ uid: string }, unknown>, 'queryKey' | 'data' | 'recordStatus' | 'texts'> & { bulkStatus: BulkStatusConfig };
  /** The action chosen (null: closed). */
  action: BulkStatusAction | null;
  view: BulkView | null;
  /** The view's filters and search in words (empty: none). */
  words: string[];
  whole: boolean;
  onDone: (batch: ImportBatchInfo, action: BulkStatusAction) => void;
  onClose: () => void;
}

export function BulkStatusModal({ config, action, view, words, whole, onDone, onClose }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const count = useBulkCount(config, view, action?.status ?? null);
  const [confirmedWhole, setConfirmedWhole] = useState(false);
  const [reason, setReason] = useState('');
  const [typed, setTyped] = useState('');
  const [date, setDate] = useState<string | null>(null);
  const [dateServerError, setDateServerError] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const [started, setStarted] = useState<JobState | null>(null);
  const starting = useMutation({ mutationFn: config.bulkStatus.start });
  const job = useJob(started).data ?? started;
  const { reset } = starting;

  const opened = action !== null;
  useEffect(() => {
    if (!opened) return;
    reset();
    setStarted(null);
    setConfirmedWhole(false);
    setReason('');
    setTyped('');
    setDate(null);
    setDateServerError(null);
    setTried(false);
  }, [opened, reset]);

  // The job ended well: the caller says so and offers the undo; a failure or a cancel stays here, said.
  const ended = useRef<string | null>(null);
  useEffect(() => {
    if (!job || job.status !== 'done' || !action || ended.current === job.id) return;
    ended.current = job.id;
    onDone((job.result as { batch: ImportBatchInfo }).batch, action);
  }, [job, action, onDone]);

  const running = job?.status === 'running' || starting.isPending;
  const change = count.data?.change ?? null;
  const records = (n: number) => t(config.texts.rowCount, { n: formatNumber(n), count: n });
  const mustType = change !== null && (whole || change >= typeNumberFrom);
  const reasonError = tried && reason.trim().length < 3 ? t('registers.bulk.reasonRequired') : null;
  // The day it happened, where the status asks it: typed, never filled in (a text that is no day, the field says why itself).
  const asksDate = Boolean(action?.dateLabel);
  const dateOk = !asksDate || (date !== null && isIsoDate(date));
  const dateError = dateServerError ?? (tried && asksDate && !date ? t('registers.bulk.dateRequired') : null);
  const typedError = tried && mustType && typed.replace(/\D/g, '') !== String(change) ? t('registers.bulk.typeMismatch', { n: formatNumber(change) }) : null;
  const failure = starting.error ?? (job?.status === 'failed' ? job.error : null);

  const submit = async () => {
    setTried(true);
    if (!view || !action || change === null || change === 0) return;
    if (reason.trim().length < 3 || !dateOk || (mustType && typed.replace(/\D/g, '') !== String(change))) return;
    const quickSearch = view.quickSearch.trim();
    try {
      setStarted(await starting.mutateAsync({ filterModel: view.filterModel, ...(quickSearch ? { quickSearch } : {}), status: action.status, reason: reason.trim(), ...(asksDate && date ? { date } : {}) }));
    } catch (e) {
      // The service's word on the date goes beside the field; anything else shows below from starting.error.
      const onDate = fieldIssue(e, 'date') !== undefined;
      if (onDate) {
        setDateServerError(errorText(e));
        starting.reset();
      }
    }
  };

  const askWhole = whole && !confirmedWhole;
  // The dialog opens on a spinner, so data-autofocus finds nothing: each step takes the focus when it shows.
  const firstField = useRef<HTMLElement | null>(null);
  const step = !opened || !count.isSuccess ? null : askWhole ? 'whole' : 'form';
  useEffect(() => {
    if (step) firstField.current?.focus();
  }, [step]);

  return (
    <Modal opened={opened} onClose={running ? () => {} : onClose} withCloseButton={!running} closeOnEscape={!running} title={action ? t(action.title) : ''} size="lg">
      {!action || count.isPending ? (
        <Loader aria-label={t('common.loading')} />
      ) : count.isError ? (
        <Alert color="red" role="alert">
          {errorText(count.error)}
        </Alert>
      ) : askWhole ? (
        <Stack data-testid="bulk-whole">
          <Alert color="red" variant="light" title={t('registers.bulk.wholeTitle')} role="alert">
            {t('registers.bulk.wholeBody', { records: records(count.data.total) })}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose} ref={(el) => void (firstField.current = el)}>
              {t('registers.bulk.setFilter')}
            </Button>
            <Button variant="default" color="red" onClick={() => setConfirmedWhole(true)}>
              {t('registers.bulk.wholeContinue')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack
          component="form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!running) void submit();
          }}
          data-testid="bulk-dialog"
        >
          <Text fw={500} data-testid="bulk-count">
            {t('registers.bulk.scope', { records: records(count.data.change) })}
          </Text>
          <div data-testid="bulk-filter">
            {words.length ? (
              <List size="sm" spacing={2}>
                {words.map((w) => (
                  <List.Item key={w}>{w}</List.Item>
                ))}
              </List>
            ) : null}
            {whole ? (
              <Text size="sm" c="red" fw={500}>
                {t('registers.bulk.noFilter')}
              </Text>
            ) : null}
          </div>
          {count.data.already ? (
            <Text size="sm" c="dimmed">
              {t('registers.bulk.already', { records: records(count.data.already) })}
            </Text>
          ) : null}
          {count.data.change === 0 ? (
            <Alert color="blue">{t('registers.bulk.nothing')}</Alert>
          ) : (
            <>
              <TextInput
                label={t('registers.bulk.reason')}
                description={t('registers.bulk.reasonHint')}
                withAsterisk
                maxLength={500}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={reasonError}
                disabled={running}
                ref={(el) => void (firstField.current = el)}
              />
              {action.dateLabel ? (
                <IsoDateInput
                  label={t(action.dateLabel)}
                  required
                  value={date}
                  onChange={(value) => {
                    setDate(value);
                    setDateServerError(null);
                  }}
                  error={dateError}
                  disabled={running}
                  testId="bulk-date"
                  w={260}
                />
              ) : null}
              {mustType ? (
                <TextInput
                  label={t('registers.bulk.typeNumber', { n: formatNumber(count.data.change) })}
                  description={t('registers.bulk.typeNumberHint')}
                  withAsterisk
                  inputMode="numeric"
                  autoComplete="off"
                  value={typed}
                  onChange={(e) => setTyped(e.currentTarget.value)}
                  error={typedError}
                  disabled={running}
                  w={260}
                />
              ) : null}
              <Text size="sm" c="dimmed">
                {t('registers.bulk.undoNote')}
              </Text>
            </>
          )}
          {failure ? (
            <Alert color="red" title={t('registers.bulk.failedTitle')} role="alert" data-testid="bulk-error">
              {errorText(failure)}
            </Alert>
          ) : null}
          {job?.status === 'cancelled' ? (
            <Alert color="gray" role="status" data-testid="bulk-cancelled">
              {t('registers.bulk.cancelled')}
            </Alert>
          ) : null}
          {job && job.status === 'running' ? (
            <JobProgress job={job} testId="bulk-progress" label={() => t('registers.bulk.running', { records: records(count.data.change) })} note={t('registers.bulk.runningNote')} />
          ) : (
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              {count.data.change > 0 ? (
                <Button type="submit" color={action.color} loading={running}>
                  {t(action.confirm, { records: records(count.data.change) })}
                </Button>
              ) : null}
            </Group>
          )}
        </Stack>
      )}
    </Modal>
  );
}
