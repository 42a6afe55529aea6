import { Paper, Stack, Stepper, Tabs, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { StagedFileInfo } from '../../../../core/api/files.ts';
import type { DryRunResult, Inspection } from '../../../../core/api/imports.ts';
import type { JobState } from '../../../../core/api/jobs.ts';
import { request } from '../../api/client.ts';
import { useErrorText } from '../../api/error-text.ts';
import { useOfficeZone } from '../../api/queries.ts';
import { CommitStep } from './CommitStep.tsx';
import { DryRunStep } from './DryRunStep.tsx';
import { FileStep } from './FileStep.tsx';
import { HistoryPanel } from './HistoryPanel.tsx';
import type { ImportScreenConfig } from './import-screen-config.ts';
import { MappingStep, type Constants, type Mapping } from './MappingStep.tsx';
import { useJob } from '../../jobs/use-job.ts';
import { apiErrorOf, useRefreshAfterWrite } from './queries.ts';
import type { ValueMapping } from './value-mapping.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import './messages.ts';

// A register's import (the register comes in `config`): Berkas → Kolom → Periksa (dry run,
// nothing saved; unknown values mapped there) → Simpan (one transaction, all or nothing), and
// the history where a whole import or bulk change can be undone.

interface Session {
  file: StagedFileInfo | null;
  inspection: Inspection | null;
  /** The header row the reader found on the current sheet (the user may pick another). */
  detectedHeaderRow: number;
  mapping: Mapping;
  /** The user's value mapping (field -> text in the file -> the register's value): sent with every dry run. */
  values: ValueMapping;
  /** Fields given one value for all rows (field -> value): sent with every dry run. */
  constants: Constants;
  dryRun: JobState | null;
  commit: JobState | null;
  active: number;
}

const emptySession: Session = { file: null, inspection: null, detectedHeaderRow: 1, mapping: {}, values: {}, constants: {}, dryRun: null, commit: null, active: 0 };
/** Leaving the screen and coming back finds each register's import where it was (jobs keep running). */
const lastSessions = new Map<string, Session>();

const stepHeading = (step: number) => `import-step-${step}`;

export function ImportPage({ config }: { config: ImportScreenConfig }) {
  const { register } = config;
  const { t } = useTranslation();
  const errorText = useErrorText();
  const zone = useOfficeZone();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'riwayat' ? 'history' : 'new';
  const [session, setSession] = useState<Session>(() => lastSessions.get(register) ?? emptySession);
  const [starting, setStarting] = useState<'dryRun' | 'commit' | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const refresh = useRefreshAfterWrite(config);

  useEffect(() => {
    lastSessions.set(register, session);
  }, [register, session]);

  const dryRun = useJob(session.dryRun).data ?? session.dryRun;
  const commit = useJob(session.commit).data ?? session.commit;
  const busy = dryRun?.status === 'running' || commit?.status === 'running' || starting !== null;
  const committed = commit?.status === 'done';

  // A finished commit: the register and the history show it at once.
  const refreshed = useRef<string | null>(null);
  useEffect(() => {
    if (commit?.status === 'done' && refreshed.current !== commit.id) {
      refreshed.current = commit.id;
      void refresh();
    }
  }, [commit, refresh]);

  // Keyboard and screen-reader users land on the new step's heading.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById(stepHeading(session.active))?.focus();
  }, [session.active]);

  const update = (patch: Partial<Session>) => setSession((s) => ({ ...s, ...patch }));
  /** This file is not imported (another chosen, it failed, or the clerk cancelled): its copies go, and the import starts again. */
  const dropFile = () => {
    if (session.file) void request('imports.discard', { fileToken: session.file.token }).catch(() => {});
    setSaveError(null);
    setSession(emptySession);
  };

  /** Starts a dry run with the current choices (or a new value mapping); returns the error to show, or null. */
  const startDryRun = async (values: ValueMapping = session.values): Promise<string | null> => {
    const { file, inspection, mapping, constants } = session;
    if (!file || !inspection) return null;
    setStarting('dryRun');
    try {
      const job = await request('imports.dryRun', { register, fileToken: file.token, sheet: inspection.sheet, headerRow: inspection.headerRow, mapping, values, constants });
      update({ dryRun: job, commit: null, active: 2, values });
      setSaveError(null);
      return null;
    } catch (e) {
      return errorText(apiErrorOf(e));
    } finally {
      setStarting(null);
    }
  };

  const startCommit = async () => {
    if (!session.dryRun) return;
    setStarting('commit');
    setSaveError(null);
    try {
      const job = await request('imports.commit', { jobId: session.dryRun.id });
      update({ commit: job, active: 3 });
    } catch (e) {
      setSaveError(errorText(apiErrorOf(e)));
    } finally {
      setStarting(null);
    }
  };

  const retryDryRun = async (values?: ValueMapping) => {
    const error = await startDryRun(values);
    if (error) setSaveError(error);
  };

  const canSelect = (step: number) => step < session.active && !busy && !committed;
  const steps = [
    { label: t('imports.steps.file'), description: t('imports.steps.fileHint') },
    { label: t('imports.steps.columns'), description: t('imports.steps.columnsHint') },
    { label: t('imports.steps.check'), description: t('imports.steps.checkHint') },
    { label: t('imports.steps.save'), description: t('imports.steps.saveHint') },
  ];

  return (
    <Stack maw={1200}>
      <div>
        <PageTitle>{t(config.labels.title)}</PageTitle>
        <Text c="dimmed">{t(config.labels.intro)}</Text>
      </div>
      <Tabs value={tab} onChange={(v) => setParams(v === 'history' ? { tab: 'riwayat' } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="new">{t('imports.tabs.new')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('imports.tabs.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="new" pt="md">
          <Stack>
            {/* Saved: every step is done, the last one included. */}
            <Stepper active={committed ? steps.length : session.active} onStepClick={(i) => canSelect(i) && update({ active: i })} size="sm" allowNextStepsSelect={false}>
              {steps.map((s, i) => (
                <Stepper.Step key={s.label} label={s.label} description={s.description} allowStepSelect={canSelect(i)} loading={i === session.active && busy} />
              ))}
            </Stepper>
            <Paper withBorder p="md">
              {session.active === 0 ? (
                <FileStep
                  register={register}
                  {...(config.templates ? { templates: config.templates } : {})}
                  file={session.file}
                  headingId={stepHeading(0)}
                  onReady={(file, inspection) => {
                    setSaveError(null);
                    // Another file: the one before is not imported, and its copies go.
                    if (session.file && session.file.token !== file.token) void request('imports.discard', { fileToken: session.file.token }).catch(() => {});
                    setSession({ ...emptySession, file, inspection, detectedHeaderRow: inspection.headerRow, mapping: inspection.mapping, values: inspection.values, constants: inspection.constants, active: 1 });
                  }}
                  // The file it replaced is not imported either.
                  onFailed={dropFile}
                  onNext={session.inspection ? () => update({ active: 1 }) : null}
                />
              ) : null}
              {session.active === 1 && session.file && session.inspection ? (
                <MappingStep
                  register={register}
                  file={session.file}
                  inspection={session.inspection}
                  detectedHeaderRow={session.detectedHeaderRow}
                  mapping={session.mapping}
                  constants={session.constants}
                  zone={zone}
                  headingId={stepHeading(1)}
                  onMapping={(mapping, constants) => update({ mapping, constants, dryRun: null, commit: null })}
                  onInspection={(inspection, detected) =>
                    setSession((s) => ({
                      ...s,
                      inspection,
                      mapping: inspection.mapping,
                      values: inspection.values,
                      constants: inspection.constants,
                      detectedHeaderRow: detected ? inspection.headerRow : s.detectedHeaderRow,
                      dryRun: null,
                      commit: null,
                    }))
                  }
                  onBack={() => update({ active: 0 })}
                  values={session.values}
                  onDryRun={() => startDryRun()}
                  starting={starting === 'dryRun'}
                />
              ) : null}
              {session.active === 2 && dryRun && session.inspection ? (
                <DryRunStep
                  job={dryRun}
                  inspection={session.inspection}
                  mapping={session.mapping}
                  values={session.values}
                  zone={zone}
                  headingId={stepHeading(2)}
                  onRetry={() => void retryDryRun()}
                  onRecheck={(values) => void retryDryRun(values)}
                  rechecking={starting === 'dryRun'}
                  onBack={() => update({ active: 1 })}
                  onDiscard={dropFile}
                  onSave={() => void startCommit()}
                  saving={starting === 'commit'}
                  saveError={saveError}
                />
              ) : null}
              {session.active === 3 && commit ? (
                <CommitStep
                  config={config}
                  review={dryRun?.status === 'done' ? (dryRun.result as DryRunResult).summary.review : 0}
                  job={commit}
                  zone={zone}
                  headingId={stepHeading(3)}
                  onAnother={() => setSession(emptySession)}
                  error={saveError}
                />
              ) : null}
            </Paper>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryPanel config={config} zone={zone} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
