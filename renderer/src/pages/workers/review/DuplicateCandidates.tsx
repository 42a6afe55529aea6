import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateList, DuplicatePair, DuplicateScanResult } from '../../../../../core/api/duplicates.ts';
import type { JobState } from '../../../../../core/api/jobs.ts';
import { useCan } from '../../../api/auth.ts';
import { request } from '../../../api/client.ts';
import { useOfficeZone } from '../../../api/queries.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatNumber, formatTimestamp } from '../../../format.ts';
import { JobProgress } from '../../../jobs/JobProgress.tsx';
import { useJob } from '../../../jobs/use-job.ts';
import { MergeModal } from './MergeModal.tsx';
import { ConfirmDialog } from '../../../registers/RecordForm.tsx';
import { PairEvidence } from './PairEvidence.tsx';
import { duplicateKeys, useDuplicateList, useMarkDifferent, useUndoDifferent, useUndoMerge } from './duplicate-queries.ts';
import './duplicate-messages.ts';

// The duplicate review list (its own component: the lead joins it with the import identity
// conflicts under one "Tinjauan" page): the scan button with its progress, the latest merges
// with their undo, and each open pair with its evidence side by side and the three decisions.
// Every action is a button in reading order, so Tab and Enter do everything.

function ScanButton() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [started, setStarted] = useState<JobState | null>(null);
  const start = useMutation({ mutationFn: () => request('duplicates.scan', {}), onSuccess: setStarted });
  const job = useJob(started).data ?? started;
  const running = start.isPending || job?.status === 'running';
  useEffect(() => {
    if (job?.status === 'done') void client.invalidateQueries({ queryKey: duplicateKeys.list });
  }, [job?.status, client]);
  const result = job?.status === 'done' ? (job.result as DuplicateScanResult) : null;
  // A scan writes its pairs: for a user who may change records (a pemantau reads the pairs found).
  const canWrite = useCan('records.write');
  return (
    <Stack gap="sm">
      {canWrite ? (
        <Group>
          <Button onClick={() => start.mutate()} loading={running} data-testid="duplicate-scan">
            {t('duplikat.scan')}
          </Button>
        </Group>
      ) : null}
      {start.error ? <ErrorAlert error={start.error} /> : null}
      {job && job.status === 'running' ? (
        <JobProgress
          job={job}
          testId="duplicate-scan-progress"
          note={t('duplikat.scanNote')}
          label={(percent) => (job.progress.phase === 'store' ? t('duplikat.storing') : t(job.progress.phase === 'compare' ? 'duplikat.comparing' : 'duplikat.scanning', { percent: percent ?? 0 }))}
        />
      ) : null}
      {job && (job.status === 'failed' || job.status === 'cancelled') ? <ErrorAlert error={job.error} /> : null}
      {result ? (
        <Alert color="green" data-testid="duplicate-scan-done">
          {t('duplikat.scanDone', { pairs: formatNumber(result.pairs), people: formatNumber(result.people), seconds: formatNumber(Math.round(result.ms / 10) / 100) })}
        </Alert>
      ) : null}
    </Stack>
  );
}

function PairCard({ pair, onMerge, onDone }: { pair: DuplicatePair; onMerge(keep: 'a' | 'b'): void; onDone(text: string, differentPairId?: number): void }) {
  const { t } = useTranslation();
  const different = useMarkDifferent();
  // The decisions write: for a user who may change records (a pemantau reads the evidence).
  const canWrite = useCan('records.write');
  const { evidence } = pair;
  return (
    <Paper withBorder p="md" data-testid="duplicate-pair" aria-label={`${pair.a.name} / ${pair.b.name}`}>
      <Stack gap="sm">
        <Group gap="xs">
          {evidence.rules.map((rule) => (
            <Badge key={rule} variant={rule === pair.kind ? 'filled' : 'light'} tt="none">
              {t(`duplikat.kinds.${rule}`)}
            </Badge>
          ))}
          <Text size="sm" c="dimmed">
            {t('duplikat.score', { percent: Math.round(evidence.nameScore * 100) })}
            {evidence.nikDigits.length <= 2 ? ` · ${t('duplikat.digits', { positions: evidence.nikDigits.map((d) => d + 1).join(', ') })}` : ''}
          </Text>
        </Group>
        <PairEvidence pair={pair} />
        {different.error ? <ErrorAlert error={different.error} /> : null}
        {canWrite ? (
          <Group>
            <Button variant="light" onClick={() => onMerge('a')} data-testid="merge-keep-left">
              {t('duplikat.mergeKeepLeft')}
            </Button>
            <Button variant="light" onClick={() => onMerge('b')} data-testid="merge-keep-right">
              {t('duplikat.mergeKeepRight')}
            </Button>
            <Button variant="default" loading={different.isPending} onClick={() => different.mutate({ pairId: pair.id }, { onSuccess: () => onDone(t('duplikat.differentDone'), pair.id) })} data-testid="mark-different">
              {t('duplikat.different')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

export function DuplicateCandidates() {
  const { t } = useTranslation();
  const zone = useOfficeZone();
  const list = useDuplicateList();
  const canWrite = useCan('records.write');
  const undo = useUndoMerge();
  // The merge to undo, asked first: an undo puts two records and their periods back at once (walk 34).
  const [undoing, setUndoing] = useState<DuplicateList['merges'][number] | null>(null);
  const [merging, setMerging] = useState<{ pair: DuplicatePair; keep: 'a' | 'b' } | null>(null);
  const undoDifferent = useUndoDifferent();
  // The last message, and the pair just said to be two people (its "Urungkan" sits in the message).
  const [notice, setNotice] = useState<{ text: string; differentPairId?: number } | null>(null);
  // A decision is taken far down the list: its message (and its undo) is brought into view.
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // A block, not an expression: Chromium's scrollIntoView returns a promise, which React would take for a cleanup.
    void noticeRef.current?.scrollIntoView({ block: 'nearest' });
  }, [notice]);
  if (list.isPending) return <Loader aria-label={t('common.loading')} />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  const { pairs, total, lastScan, merges } = list.data;
  return (
    <Stack gap="md" data-testid="duplicate-candidates">
      <ScanButton />
      <Text size="sm" c="dimmed" data-testid="duplicate-last-scan">
        {lastScan ? t('duplikat.lastScan', { at: formatTimestamp(lastScan.at, zone), people: formatNumber(lastScan.people), pairs: formatNumber(lastScan.pairs) }) : t('duplikat.neverScanned')}
      </Text>
      {notice ? (
        <Alert ref={noticeRef} color="green" withCloseButton onClose={() => setNotice(null)} data-testid="duplicate-notice">
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">{notice.text}</Text>
            {notice.differentPairId ? (
              <Button
                size="xs"
                variant="default"
                loading={undoDifferent.isPending}
                onClick={() => undoDifferent.mutate({ pairId: notice.differentPairId! }, { onSuccess: () => setNotice({ text: t('duplikat.differentUndone') }) })}
                data-testid="undo-different"
              >
                {t('duplikat.undoDifferent')}
              </Button>
            ) : null}
          </Group>
        </Alert>
      ) : null}
      {undo.error ? <ErrorAlert error={undo.error} /> : null}
      {undoDifferent.error ? <ErrorAlert error={undoDifferent.error} /> : null}
      {merges.length ? (
        <Paper withBorder p="sm">
          <Stack gap={4} data-testid="duplicate-merges">
            <Text fw={600} size="sm">
              {t('duplikat.merges')}
            </Text>
            {merges.map((m) => (
              <Group key={m.uid} justify="space-between" data-testid="duplicate-merge-row">
                <Text size="sm">{t('duplikat.mergeLine', { merged: `${m.merged.name} (${m.merged.nik})`, kept: `${m.kept.name} (${m.kept.nik})`, at: formatTimestamp(m.mergedAt, zone), by: m.mergedBy })}</Text>
                {m.undoneAt ? (
                  <Badge color="gray" variant="light" tt="none">
                    {t('duplikat.undone')}
                  </Badge>
                ) : canWrite ? (
                  <Button size="xs" variant="default" loading={undo.isPending} onClick={() => setUndoing(m)} data-testid="duplicate-undo">
                    {t('duplikat.undo')}
                  </Button>
                ) : null}
              </Group>
            ))}
          </Stack>
        </Paper>
      ) : null}
      {pairs.length === 0 ? (
        <Alert color="gray">{t('duplikat.none')}</Alert>
      ) : (
        <>
          <Text size="sm" data-testid="duplicate-count">
            {t('duplikat.count', { shown: formatNumber(pairs.length), total: formatNumber(total) })}
          </Text>
          {pairs.map((pair) => (
            <PairCard key={pair.id} pair={pair} onMerge={(keep) => setMerging({ pair, keep })} onDone={(text, differentPairId) => setNotice({ text, differentPairId })} />
          ))}
        </>
      )}
      <ConfirmDialog
        opened={undoing !== null}
        onBack={() => setUndoing(null)}
        title={t('duplikat.undoAsk')}
        testId="duplicate-undo-confirm"
        backLabel={t('duplikat.cancel')}
        actions={
          <Button
            color="red"
            loading={undo.isPending}
            onClick={() =>
              undoing &&
              undo.mutate({ mergeUid: undoing.uid }, { onSuccess: () => setNotice({ text: t('duplikat.undoDone') }), onSettled: () => setUndoing(null) })
            }
          >
            {t('duplikat.undoConfirm')}
          </Button>
        }
      >
        <Text size="sm">{undoing ? t('duplikat.undoBody', { merged: `${undoing.merged.name} (${undoing.merged.nik})`, kept: `${undoing.kept.name} (${undoing.kept.nik})` }) : null}</Text>
      </ConfirmDialog>
      {merging ? (
        <MergeModal
          pair={merging.pair}
          keep={merging.keep}
          onClose={() => setMerging(null)}
          onMerged={(text) => {
            setMerging(null);
            setNotice({ text });
          }}
        />
      ) : null}
    </Stack>
  );
}
