import { Alert, Button, Checkbox, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DownloadToken } from '../../../core/api/imports.ts';
import type { JobState } from '../../../core/api/jobs.ts';
import { useCan } from '../api/auth.ts';
import { downloadFile } from '../api/client.ts';
import { useErrorText } from '../api/error-text.ts';
import { formatNumber } from '../format.ts';
import { JobProgress } from '../jobs/JobProgress.tsx';
import { useJob } from '../jobs/use-job.ts';
import './messages.ts';
import '../privacy/messages.ts';

// "Ekspor tampilan register": what the file will hold, the format, then the export as a job
// (progress and Batal) whose file is handed to the browser's download or Electron's save dialog.

export type ExportFormat = 'xlsx' | 'csv';
/** What the dialog asks besides the format: personal identity masked (offered when a NIK or birth date column is exported). */
export interface ExportChoices {
  maskNik: boolean;
}

interface Props {
  opened: boolean;
  onClose: () => void;
  /** Rows of the current view (null: not counted yet). */
  rows: number | null;
  columns: number;
  start: (format: ExportFormat, choices: ExportChoices) => Promise<JobState>;
  /** The export holds NIKs or the birth dates they hold: offer to mask them (first 6 and last 4 digits; the year). */
  offerMaskNik?: boolean;
  /** The view is sorted by a column masking hides in part: a masked file is written in another order (core says which). */
  maskChangesSort?: boolean;
  /** i18n keys of the register's words under each format (what happens to its identity numbers). */
  formatHints?: { xlsx: string; csv: string } | undefined;
  /** Labels of the columns the register's import needs that the export leaves out: its file would not import back. */
  missingForImport?: readonly string[];
  /** The register's file imports back when whole (it names what its import needs). */
  reimportable?: boolean;
}

/** The format chosen last, for the next export of this session. */
let lastFormat: ExportFormat = 'xlsx';

export function ExportModal({ opened, onClose, rows, columns, start, offerMaskNik = false, maskChangesSort = false, formatHints = { xlsx: 'exports.xlsxHint', csv: 'exports.csvHint' }, missingForImport = [], reimportable = false }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [format, setFormat] = useState<ExportFormat>(lastFormat);
  const [maskNik, setMaskNik] = useState(false);
  // Full NIKs in bulk are for a kepala bidang and up (UU PDP): anyone else's export is masked, the box ticked and fixed (core refuses an unmasked one).
  const mayExportFullNik = useCan('records.exportFullNik');
  const maskRequired = offerMaskNik && !mayExportFullNik;
  const masking = maskRequired || maskNik;
  const [started, setStarted] = useState<JobState | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const starting = useMutation({ mutationFn: (chosen: ExportFormat) => start(chosen, { maskNik: offerMaskNik && masking }) });
  const job = useJob(started).data ?? started;
  const { reset } = starting;

  useEffect(() => {
    if (opened) {
      reset();
      setStarted(null);
      setSaveError(null);
    }
  }, [opened, reset]);

  // The job ended: its file goes to the user and the dialog closes; a failure or a cancel stays, said.
  const ended = useRef<string | null>(null);
  useEffect(() => {
    if (!job || job.status !== 'done' || ended.current === job.id) return;
    ended.current = job.id;
    const file = job.result as DownloadToken;
    downloadFile(file.token, file.fileName).then(
      (saved) => {
        if (saved) notifications.show({ color: 'green', title: t('exports.doneTitle'), message: t('exports.done', { count: job.progress.total ?? 0, file: file.fileName, rows: formatNumber(job.progress.total ?? 0) }) });
        onClose();
      },
      (error: unknown) => setSaveError(error),
    );
  }, [job, onClose, t]);

  const running = job?.status === 'running';
  const cancelled = job?.status === 'cancelled';
  const failure = starting.error ?? saveError ?? (job?.status === 'failed' ? job.error : null);
  const submit = async () => {
    lastFormat = format;
    try {
      setStarted(await starting.mutateAsync(format));
    } catch {
      // shown below from starting.error
    }
  };

  return (
    <Modal opened={opened} onClose={running ? () => {} : onClose} withCloseButton={!running} title={t('exports.title')} size="lg">
      <Stack
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!running) void submit();
        }}
        data-testid="export-dialog"
      >
        <Text>{t('exports.summary', { count: rows ?? 2, rows: rows === null ? '…' : formatNumber(rows), columns: formatNumber(columns) })}</Text>
        <Text size="sm" c="dimmed">
          {t('exports.heading')}
        </Text>
        {rows === 0 ? <Alert color="yellow">{t('exports.nothing')}</Alert> : null}
        {/* Walk 38: a view exported without the NIK column would not import back, unsaid. */}
        {missingForImport.length ? (
          <Alert color="blue" data-testid="export-not-reimportable">
            {t('exports.notReimportable', { count: missingForImport.length, columns: missingForImport.join(', ') })}
          </Alert>
        ) : null}
        <Radio.Group label={t('exports.format')} value={format} onChange={(v) => setFormat(v as ExportFormat)}>
          <Stack gap="sm" mt="xs">
            <Radio value="xlsx" label={t('exports.xlsx')} description={t(formatHints.xlsx)} disabled={running} />
            <Radio value="csv" label={t('exports.csv')} description={t(formatHints.csv)} disabled={running} />
          </Stack>
        </Radio.Group>
        {offerMaskNik ? (
          <Checkbox
            checked={masking}
            onChange={(e) => setMaskNik(e.currentTarget.checked)}
            disabled={running || maskRequired}
            label={t('privasi.export.maskNik')}
            description={maskChangesSort ? `${t('privasi.export.maskNikHint')} ${t('privasi.export.maskSortHint')}` : t('privasi.export.maskNikHint')}
            data-testid="export-mask-nik"
          />
        ) : null}
        {/* A masked NIK imports back no more than a missing one. */}
        {masking && missingForImport.length === 0 && reimportable ? (
          <Text size="sm" c="dimmed" data-testid="export-masked-not-reimportable">
            {t('exports.maskedNotReimportable')}
          </Text>
        ) : null}
        {maskRequired ? (
          <Text size="sm" data-testid="export-mask-required">
            {t('privasi.export.maskRequired')}
          </Text>
        ) : null}
        {failure ? (
          <Alert color="red" title={t('exports.failedTitle')} role="alert" data-testid="export-error">
            {errorText(failure)}
          </Alert>
        ) : null}
        {cancelled ? (
          <Alert color="gray" role="status" data-testid="export-cancelled">
            {t('exports.cancelled')}
          </Alert>
        ) : null}
        {job && running ? (
          <JobProgress
            job={job}
            testId="export-progress"
            label={() => t('exports.running', { done: formatNumber(job.progress.done), total: formatNumber(job.progress.total ?? rows ?? 0) })}
            note={t('exports.runningNote')}
          />
        ) : (
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
            <Button type="submit" loading={starting.isPending || (job?.status === 'done' && !saveError)} disabled={rows === 0} data-autofocus>
              {t('exports.start')}
            </Button>
          </Group>
        )}
      </Stack>
    </Modal>
  );
}
