import { readFileSync } from 'node:fs';
import { jobEnd } from '../support/jobs.ts';
import { Readable } from 'node:stream';
import type { DryRunResult, Inspection, UndoCheck } from '../../../core/api/imports.ts';
import type { JobState } from '../../../core/api/jobs.ts';
import type { badungApp } from '../employers/support.ts';

// Driving the import pipeline through the router, as the screen does.

export type App = Awaited<ReturnType<typeof badungApp>>;

export const waitJob = (app: App, job: JobState, maxMs?: number) => jobEnd(app.call, job, maxMs);

export async function stage(app: App, path: string, name = 'data perusahaan.xlsx') {
  return app.runtime.files.stage(name, Readable.from(readFileSync(path)), 50_000_000);
}

export async function inspectAndDryRun(app: App, token: string) {
  const inspected = await app.call('imports.inspect', { register: 'employer', fileToken: token });
  if (!inspected.ok) throw new Error(inspected.error.message);
  const { headerRow, mapping } = inspected.data as Inspection;
  const started = await app.call('imports.dryRun', { register: 'employer', fileToken: token, headerRow, mapping });
  if (!started.ok) throw new Error(started.error.message);
  const done = await waitJob(app, started.data);
  return { inspection: inspected.data as Inspection, job: done, result: done.result as DryRunResult };
}

export async function commit(app: App, dryRunJobId: string): Promise<JobState> {
  const started = await app.call('imports.commit', { jobId: dryRunJobId });
  if (!started.ok) throw new Error(started.error.message);
  return waitJob(app, started.data);
}

/** What an undo would meet (records changed since, records held), as the undo dialog asks first. */
export async function undoCheck(app: App, batchUid: string): Promise<UndoCheck> {
  const started = await app.call('imports.undoCheck', { batchUid });
  if (!started.ok) throw new Error(started.error.message);
  const done = await waitJob(app, started.data);
  if (done.status !== 'done') throw new Error(done.error?.message ?? done.status);
  return done.result as UndoCheck;
}

/** Undoes a whole import through the router and waits for the job to end. */
export async function undo(app: App, batchUid: string, edited: 'keep' | 'revert' = 'keep'): Promise<JobState> {
  const started = await app.call('imports.undo', { batchUid, edited });
  if (!started.ok) throw new Error(started.error.message);
  return waitJob(app, started.data);
}

/** The batch an ended undo job returns. */
export const undoneBatch = (job: JobState) => (job.result as { batch: { status: string } } | null)?.batch;
