import { Alert, Button, FileInput, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DryRunResult, Inspection } from '../../../../core/api/imports.ts';
import type { JobState } from '../../../../core/api/jobs.ts';
import { ApiCallError, request, uploadFile } from '../../api/client.ts';
import { useErrorText } from '../../api/error-text.ts';
import { sayMessage } from '../../i18n/index.ts';
import { regulationKeys } from './queries.ts';

// A JDIHN JSON file into the register: read and checked by core (a file refused whole says
// why), dry-run through the shared import pipeline, its invalid records named by their index
// and field, then saved as one import (listed and undone on the import screen).

async function ended(job: JobState): Promise<JobState> {
  let state = job;
  while (state.status === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 200));
    state = await request('jobs.get', { jobId: state.id });
  }
  return state;
}

export function JdihnImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [checked, setChecked] = useState<{ jobId: string; result: DryRunResult } | null>(null);

  const close = () => {
    setFile(null);
    setChecked(null);
    setError(null);
    onClose();
  };
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e instanceof ApiCallError ? errorText(e.error) : errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const check = () =>
    run(async () => {
      if (!file) return;
      const uploaded = await uploadFile(file);
      if (!uploaded.ok) throw new ApiCallError(uploaded.error);
      const staged = await request('regulations.jdihn.stage', { fileToken: uploaded.data.token });
      const inspection = (await request('imports.inspect', { register: 'regulation', fileToken: staged.fileToken })) as Inspection;
      const job = await ended(await request('imports.dryRun', { register: 'regulation', fileToken: staged.fileToken, headerRow: inspection.headerRow, mapping: inspection.mapping }));
      if (job.status !== 'done') throw new ApiCallError(job.error ?? { code: 'INTERNAL', message: job.status, messageEn: job.status });
      setChecked({ jobId: job.id, result: job.result as DryRunResult });
    });
  const commit = () =>
    run(async () => {
      if (!checked) return;
      const job = await ended(await request('imports.commit', { jobId: checked.jobId }));
      if (job.status !== 'done') throw new ApiCallError(job.error ?? { code: 'INTERNAL', message: job.status, messageEn: job.status });
      await client.invalidateQueries({ queryKey: regulationKeys.all });
      notifications.show({ color: 'green', message: t('regulasi.jdihn.saved') });
      close();
    });

  const s = checked?.result.summary;
  const invalid = checked?.result.rows.filter((r) => r.status === 'invalid') ?? [];
  return (
    <Modal opened={opened} onClose={close} title={t('regulasi.jdihn.title')} size="xl">
      <Stack gap="sm">
        <Text size="sm">{t('regulasi.jdihn.intro')}</Text>
        <FileInput label={t('regulasi.jdihn.file')} accept="application/json,.json" value={file} onChange={(f) => (setFile(f), setChecked(null))} data-testid="jdihn-file" />
        {error ? (
          <Alert color="red" data-testid="jdihn-error">
            {error}
          </Alert>
        ) : null}
        {s ? (
          <Text size="sm" data-testid="jdihn-summary">
            {t('regulasi.jdihn.summary', { total: s.total, new: s.new, changed: s.changed, unchanged: s.unchanged, invalid: s.invalid })}
          </Text>
        ) : null}
        {invalid.length ? (
          <Table withTableBorder>
            <Table.Tbody>
              {invalid.slice(0, 50).flatMap((row) =>
                row.problems.filter((p) => p.severity === 'error').map((p, i) => (
                  <Table.Tr key={`${row.rowNumber}-${i}`}>
                    <Table.Td w={110}>{t('regulasi.jdihn.record', { n: row.rowNumber - 1 })}</Table.Td>
                    <Table.Td w={160}>{p.column}</Table.Td>
                    <Table.Td>{sayMessage(p.message as never)}</Table.Td>
                  </Table.Tr>
                )),
              )}
            </Table.Tbody>
          </Table>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('regulasi.common.cancel')}
          </Button>
          {checked && s ? (
            <Button onClick={() => void commit()} loading={busy} disabled={s.new + s.changed === 0} data-testid="jdihn-commit">
              {t('regulasi.jdihn.commit', { n: s.new + s.changed })}
            </Button>
          ) : (
            <Button onClick={() => void check()} loading={busy} disabled={!file} data-testid="jdihn-check">
              {t('regulasi.jdihn.check')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
