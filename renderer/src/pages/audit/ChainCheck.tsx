import { Alert, Anchor, Button, Code, Progress, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditChainWords, type AuditChainReport } from '../../../../core/api/audit-chain.ts';
import type { JobState } from '../../../../core/api/jobs.ts';
import type { TimeZoneCode } from '../../../../core/api/office-profile.ts';
import { request } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatNumber, formatTimestamp } from '../../format.ts';
import { sayMessage } from '../../i18n/index.ts';
import { useJob } from '../../jobs/use-job.ts';
import './messages.ts';

/** "Periksa keutuhan log": the button that starts the chain check (audit.verify). */
export function useChainCheck() {
  const [started, setStarted] = useState<JobState | null>(null);
  const starting = useMutation({ mutationFn: () => request('audit.verify', {}), onSuccess: setStarted });
  const job = useJob(started).data ?? started;
  return { start: () => starting.mutate(), job, error: starting.error, running: starting.isPending || job?.status === 'running' };
}

export function ChainCheckButton({ check }: { check: ReturnType<typeof useChainCheck> }) {
  const { t } = useTranslation();
  return (
    <Button variant="light" onClick={check.start} loading={check.running} data-testid="audit-chain-check">
      {t('changeLog.chainCheck')}
    </Button>
  );
}

/** What the check found: the log intact with its count and head, or the first broken link with a way to the row. */
export function ChainCheckResult({ check, zone, onOpenRow }: { check: ReturnType<typeof useChainCheck>; zone: TimeZoneCode; onOpenRow(id: number): void }) {
  const { t } = useTranslation();
  const { job } = check;
  if (check.error) return <ErrorAlert error={check.error} />;
  if (!job) return null;
  if (job.status === 'running') {
    const { done, total } = job.progress;
    return (
      <Stack gap={4} data-testid="audit-chain-progress">
        <Text size="sm">{t('changeLog.chainChecking', { done: formatNumber(done), total: formatNumber(total ?? 0) })}</Text>
        <Progress value={total ? (100 * done) / total : 0} />
      </Stack>
    );
  }
  if (job.status !== 'done') return <ErrorAlert error={job.error} />;
  const report = job.result as AuditChainReport;
  const [first, ...rest] = auditChainWords(report, (iso) => formatTimestamp(iso, zone)).map(sayMessage);
  if (report.ok) {
    return (
      <Alert color="green" title={t('changeLog.chainOk')} data-testid="audit-chain-result" data-ok="true" withCloseButton={false}>
        <Text size="sm">{first}</Text>
        {report.head ? (
          <Text size="sm">
            {t('changeLog.chainHead', { id: report.head.id })} <Code>{report.head.hash}</Code>
          </Text>
        ) : null}
      </Alert>
    );
  }
  const gone = report.broken.reason === 'truncated';
  return (
    <Alert color="red" title={t('changeLog.chainBroken')} data-testid="audit-chain-result" data-ok="false">
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {first}
        </Text>
        {rest.map((line) => (
          <Text size="sm" key={line}>
            {line}
          </Text>
        ))}
        {gone ? null : (
          <Anchor component="button" type="button" size="sm" style={{ alignSelf: 'flex-start' }} onClick={() => onOpenRow(report.broken.id)} data-testid="audit-chain-open-row">
            {t('changeLog.chainOpenRow', { id: report.broken.id })}
          </Anchor>
        )}
      </Stack>
    </Alert>
  );
}
