import { Alert, Anchor, Button, Group, NumberInput, Paper, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { JobState } from '../../../core/api/jobs.ts';
import { ApiCallError, request } from '../api/client.ts';
import type { ApiError } from '../../../core/api/result.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { JobProgress } from '../jobs/JobProgress.tsx';
import { useJob } from '../jobs/use-job.ts';
import { formatNumber } from '../format.ts';
import './messages.ts';
import { useNumberSeparators } from '../components/number-field.ts';
import { PageTitle } from '../components/PageTitle.tsx';

// "Kantor contoh": every register and the award cycle filled with sample data in one job. The
// first start's "Coba dengan kantor contoh" lands here with ?mulai=1 and the job starts at once.

interface DemoResult {
  employers: number;
  workers: number;
  regulations: number;
  documents: number;
  months: number;
}

export function DemoOfficePage() {
  const { t } = useTranslation();
  const separators = useNumberSeparators();
  const client = useQueryClient();
  const [params] = useSearchParams();
  const [employers, setEmployers] = useState<number>(1500);
  const [workers, setWorkers] = useState<number>(12_000);
  const [start, setStart] = useState<JobState | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const job = useJob(start);
  const autoStarted = useRef(false);

  const load = async () => {
    setError(null);
    try {
      setStart(await request('demo.office', { employers, workers }));
    } catch (e) {
      setError(e instanceof ApiCallError ? e.error : null);
    }
  };

  useEffect(() => {
    if (params.get('mulai') !== '1' || autoStarted.current) return;
    autoStarted.current = true;
    void load();
    // Once, on arrival from the first start.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const state = job.data;
  useEffect(() => {
    // Every page's data changed: the registers, coverage, the letterhead.
    if (state?.status === 'done') void client.invalidateQueries();
  }, [state?.status, client]);

  const result = state?.status === 'done' ? (state.result as DemoResult) : null;
  const phase = state?.progress.phase ?? '';
  return (
    <Stack maw={820}>
      <PageTitle>{t('contoh.title')}</PageTitle>
      <Text>{t('contoh.intro')}</Text>
      {!state || state.status === 'failed' || state.status === 'cancelled' ? (
        <Paper withBorder p="md">
          <Group align="end">
            <NumberInput label={t('contoh.employers')} value={employers} onChange={(v) => setEmployers(Number(v) || 0)} min={0} max={200_000} {...separators} w={200} />
            <NumberInput label={t('contoh.workers')} value={workers} onChange={(v) => setWorkers(Number(v) || 0)} min={0} max={1_000_000} {...separators} w={200} />
            <Button onClick={() => void load()} data-testid="demo-office-load">
              {t('contoh.load')}
            </Button>
          </Group>
        </Paper>
      ) : null}
      <ErrorAlert error={error ?? (state?.status === 'failed' ? state.error : null)} />
      {state?.status === 'running' ? (
        <JobProgress
          job={state}
          testId="demo-office-progress"
          label={(percent) => t('contoh.running', { percent: percent === null ? '' : `${percent} %` })}
          note={t(`contoh.phases.${phase}`, { defaultValue: '' })}
        />
      ) : null}
      {result ? (
        <Alert color="green" data-testid="demo-office-done" title={t('contoh.done', { employers: formatNumber(result.employers), workers: formatNumber(result.workers), regulations: result.regulations, documents: result.documents, months: result.months })}>
          <Text size="sm" mb="xs">
            {t('contoh.next')}:
          </Text>
          <Group>
            <Anchor component={Link} to="/cakupan">{t('contoh.links.coverage')}</Anchor>
            <Anchor component={Link} to="/register/perusahaan">{t('contoh.links.employers')}</Anchor>
            <Anchor component={Link} to="/register/pekerja">{t('contoh.links.workers')}</Anchor>
            <Anchor component={Link} to="/register/regulasi">{t('contoh.links.regulations')}</Anchor>
            <Anchor component={Link} to="/paritrana">{t('contoh.links.award')}</Anchor>
          </Group>
        </Alert>
      ) : null}
    </Stack>
  );
}
