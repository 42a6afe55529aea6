import { Alert, Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportBatchInfo, UndoCheck } from '../../../../core/api/imports.ts';
import type { JobState } from '../../../../core/api/jobs.ts';
import type { TimeZoneCode } from '../../../../core/api/office-profile.ts';
import { request } from '../../api/client.ts';
import { useErrorText } from '../../api/error-text.ts';
import { formatNumber, formatTimestamp } from '../../format.ts';
import { JobProgress } from '../../jobs/JobProgress.tsx';
import { useJob } from '../../jobs/use-job.ts';
import type { ImportScreenConfig } from './import-screen-config.ts';
import { apiErrorOf, useRefreshAfterWrite, useStartUndo, useStartUndoCheck } from './queries.ts';
import { UndoConflicts } from './UndoConflicts.tsx';

interface Props {
  config: ImportScreenConfig;
  batch: ImportBatchInfo | null;
  zone: TimeZoneCode;
  onClose: () => void;
}

type Edited = 'keep' | 'revert';

/** What an undo gave back, without a zero part: a bulk change only restored statuses. */
function undoneText(batch: ImportBatchInfo, t: TFunction): string {
  const words = { file: batch.fileName, inserted: formatNumber(batch.inserted), updated: formatNumber(batch.updated) };
  if (batch.kind === 'bulk') return t('imports.undo.bulkDone', { count: batch.updated, n: words.updated });
  if (batch.inserted === 0) return t('imports.undo.doneRestored', words);
  if (batch.updated === 0) return t('imports.undo.doneRemoved', words);
  return t('imports.undo.done', words);
}

/** What the undo reverses, by kind of record in the register's words: "1.000 orang baru, 1.200 periode kepesertaan baru". */
function undoneList(check: UndoCheck, config: ImportScreenConfig, t: TFunction): string {
  return check.byEntity
    .flatMap(({ entity, added, updated }) => {
      const key = config.labels.entities?.[entity] ?? 'imports.undo.entity';
      return [
        ...(added ? [t(key, { context: 'added', count: added, n: formatNumber(added) })] : []),
        ...(updated ? [t(key, { context: 'updated', count: updated, n: formatNumber(updated) })] : []),
      ];
    })
    .join(', ');
}

/** Records of each kind an undo meets, counted by `count`, in the register's words: "2 orang, 1 periode kepesertaan". */
function recordList(check: UndoCheck, config: ImportScreenConfig, t: TFunction, count: (entity: UndoCheck['byEntity'][number]) => number): string {
  return check.byEntity
    .flatMap((e) => {
      const n = count(e);
      return n ? [t(config.labels.entities?.[e.entity] ?? 'imports.undo.entity', { context: 'count', count: n, n: formatNumber(n) })] : [];
    })
    .join(', ');
}

/** An undo of this many records or more waits for the word typed. */
const typedConfirmFrom = 100;
const typedConfirmWord = 'BATALKAN';

/**
 * "Batalkan impor?" (or a bulk change): first a check of what stands in the way (a job: records
 * changed since, records others hold), then what will go, the records changed since with who
 * changed what and when, and the choice for them; then the undo itself, a job with progress and
 * Batal. The result says how many records were kept.
 */
export function UndoModal({ config, batch, zone, onClose }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const startCheck = useStartUndoCheck();
  const startUndo = useStartUndo();
  const refresh = useRefreshAfterWrite(config);
  const [checkStarted, setCheckStarted] = useState<JobState | null>(null);
  const [undoStarted, setUndoStarted] = useState<JobState | null>(null);
  const [edited, setEdited] = useState<Edited>('keep');
  const [typed, setTyped] = useState('');
  const checkJob = useJob(checkStarted).data ?? checkStarted;
  const undoJob = useJob(undoStarted).data ?? undoStarted;
  const check = checkJob?.status === 'done' ? (checkJob.result as UndoCheck) : null;

  const { mutate: mutateCheck, reset: resetCheck } = startCheck;
  const { reset: resetUndo } = startUndo;
  const beginCheck = (uid: string) => {
    setCheckStarted(null);
    mutateCheck(uid, { onSuccess: (job) => setCheckStarted(job) });
  };

  // A dialog opened for a batch: check it at once (reading only; nothing changes yet).
  const opened = batch?.uid ?? null;
  useEffect(() => {
    if (!opened) return;
    resetCheck();
    resetUndo();
    setUndoStarted(null);
    setEdited('keep');
    setTyped('');
    setCheckStarted(null);
    mutateCheck(opened, { onSuccess: (job) => setCheckStarted(job) });
  }, [opened, mutateCheck, resetCheck, resetUndo]);

  // The undo ended: a success closes the dialog and says what was kept; a failure or a cancel stays on it, said.
  const ended = useRef<string | null>(null);
  useEffect(() => {
    if (!undoJob || undoJob.status === 'running' || ended.current === undoJob.id) return;
    ended.current = undoJob.id;
    void refresh();
    if (undoJob.status === 'done' && batch) {
      const done = (undoJob.result as { batch: ImportBatchInfo }).batch;
      notifications.show({
        color: 'green',
        title: t(batch.kind === 'bulk' ? 'imports.undo.bulkDoneTitle' : 'imports.undo.doneTitle'),
        message: done.kept
          ? t('imports.undo.doneKept', { file: batch.fileName, count: done.kept, n: formatNumber(done.kept) })
          : undoneText(batch, t),
        autoClose: 10_000,
      });
      onClose();
    }
  }, [undoJob, batch, refresh, onClose, t]);

  const checking = startCheck.isPending || checkJob?.status === 'running';
  const undoing = undoJob?.status === 'running';
  const checkCancelled = checkJob?.status === 'cancelled';
  const checkError = startCheck.error ? apiErrorOf(startCheck.error) : checkJob?.status === 'failed' ? checkJob.error : null;
  const undoFailure = startUndo.error ? apiErrorOf(startUndo.error) : undoJob && undoJob.status !== 'running' && undoJob.status !== 'done' ? undoJob.error : null;
  const close = () => {
    // A check still running is of no use once the dialog is gone.
    if (checkJob?.status === 'running') void request('jobs.cancel', { jobId: checkJob.id }).catch(() => {});
    onClose();
  };
  const confirm = async () => {
    if (!batch) return;
    try {
      setUndoStarted(await startUndo.mutateAsync({ batchUid: batch.uid, edited }));
    } catch {
      // shown below from startUndo.error
    }
  };

  const bulk = batch?.kind === 'bulk';
  const keptOf = (e: UndoCheck['byEntity'][number]) => e.held + (edited === 'keep' ? e.edited : 0);
  const kept = check ? check.held + (edited === 'keep' ? check.edited : 0) : 0;
  // An undo of 100 records or more (removed or changed back) waits for the word typed: one click must not undo a whole import by mistake.
  const undoes = check ? check.total - kept : 0;
  const mustType = undoes >= typedConfirmFrom;
  const typedOk = !mustType || typed.trim().toUpperCase() === typedConfirmWord;
  // "2 orang sudah diubah sesudahnya": each count named by its kind of record.
  const said = (key: string, n: number, count: (e: UndoCheck['byEntity'][number]) => number) => (check ? t(key, { count: n, list: recordList(check, config, t, count) }) : '');
  return (
    <Modal
      opened={batch !== null}
      onClose={undoing ? () => {} : close}
      withCloseButton={!undoing}
      title={t(bulk ? 'imports.undo.bulkTitle' : 'imports.undo.title')}
      size={check && check.conflicts.length ? 'xl' : 'lg'}
    >
      {batch ? (
        <Stack>
          <Text>
            {bulk
              ? t('imports.undo.bulkBody', { what: batch.fileName, when: formatTimestamp(batch.createdAt, zone), n: formatNumber(batch.updated) })
              : t(config.labels.undoBody, {
                  file: batch.fileName,
                  when: formatTimestamp(batch.createdAt, zone),
                  inserted: formatNumber(batch.inserted),
                  updated: formatNumber(batch.updated),
                  // A part with nothing in it is left out (…_added, …_updated).
                  context: batch.inserted > 0 && batch.updated > 0 ? undefined : batch.updated > 0 ? 'updated' : 'added',
                })}
          </Text>
          {bulk && batch.note ? (
            <Text size="sm" c="dimmed">
              {t('imports.undo.bulkReason', { reason: batch.note })}
            </Text>
          ) : null}

          {checking && checkJob ? (
            <JobProgress
              job={checkJob}
              testId="undo-check-progress"
              label={() => t('imports.undo.checking')}
              note={t('imports.undo.checkNote')}
            />
          ) : checking ? (
            <Text c="dimmed">{t('imports.undo.checking')}</Text>
          ) : null}
          {checkCancelled || checkError ? (
            <Alert color={checkCancelled ? 'gray' : 'red'} title={checkCancelled ? undefined : t('imports.undo.checkFailedTitle')} role="alert" data-testid="undo-check-error">
              <Stack gap="sm" align="flex-start">
                <Text size="sm">{checkCancelled ? t('imports.undo.checkCancelled') : errorText(checkError)}</Text>
                <Button size="xs" onClick={() => beginCheck(batch.uid)}>
                  {t('imports.undo.checkAgain')}
                </Button>
              </Stack>
            </Alert>
          ) : null}

          {check ? (
            <Stack gap="sm" data-testid="undo-check">
              <Text size="sm" fw={500} data-testid="undo-counts">
                {[
                  check.byEntity.length ? t('imports.undo.counts', { list: undoneList(check, config, t) }) : t('imports.undo.countsNone'),
                  check.edited ? said('imports.undo.countsEdited', check.edited, (e) => e.edited) : '',
                  check.held ? said('imports.undo.countsHeld', check.held, (e) => e.held) : '',
                  check.edited || check.held ? '' : t('imports.undo.countsClean'),
                ]
                  .filter(Boolean)
                  .join(' ')}
              </Text>
              {check.conflicts.length ? <UndoConflicts check={check} config={config} zone={zone} /> : null}
              {check.edited ? (
                <Radio.Group
                  value={edited}
                  onChange={(v) => setEdited(v as Edited)}
                  label={said('imports.undo.choiceLabel', check.edited, (e) => e.edited)}
                  data-testid="undo-choice"
                >
                  <Stack gap="xs" mt="xs">
                    <Radio value="keep" label={t('imports.undo.keepEdited')} description={t('imports.undo.keepEditedHint')} disabled={undoing} />
                    <Radio value="revert" label={t('imports.undo.revertEdited')} description={t('imports.undo.revertEditedHint')} disabled={undoing} />
                  </Stack>
                </Radio.Group>
              ) : null}
              {check.held ? (
                <Alert color="gray" variant="light" data-testid="undo-held-note">
                  {t(config.labels.heldNote)}
                </Alert>
              ) : null}
              <Text size="sm" c="dimmed">
                {kept ? said('imports.undo.willKeep', kept, keptOf) : null} {t('imports.undo.note')}
              </Text>
            </Stack>
          ) : null}

          {undoFailure ? (
            <Alert color="red" title={t('imports.undo.refusedTitle')} role="alert" data-testid="undo-error">
              {errorText(undoFailure)}
            </Alert>
          ) : null}
          {undoJob && undoing ? (
            <JobProgress
              job={undoJob}
              testId="undo-progress"
              label={() =>
                undoJob.progress.total ? t('imports.undo.running', { done: formatNumber(undoJob.progress.done), total: formatNumber(undoJob.progress.total) }) : t('imports.undo.runningNoTotal')
              }
              note={t('imports.undo.runningNote')}
            />
          ) : (
            <Group justify="flex-end">
              {mustType ? (
                <TextInput
                  label={t('imports.undo.typeToConfirm', { n: formatNumber(undoes), word: typedConfirmWord })}
                  value={typed}
                  onChange={(e) => setTyped(e.currentTarget.value)}
                  autoComplete="off"
                  w="100%"
                  data-testid="undo-confirm-word"
                />
              ) : null}
              <Button variant="default" onClick={close} data-autofocus>
                {t(bulk ? 'imports.undo.keepBulk' : 'imports.undo.keep')}
              </Button>
              <Button color="red" onClick={() => void confirm()} loading={startUndo.isPending} disabled={!check || !typedOk}>
                {t(bulk ? 'imports.undo.confirmBulk' : 'imports.undo.confirm')}
              </Button>
            </Group>
          )}
        </Stack>
      ) : null}
    </Modal>
  );
}
