import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { DryRunResult, Inspection } from '../../../core/api/imports.ts';
import type { JobState } from '../../../core/api/jobs.ts';
import type { badungApp } from '../employers/support.ts';

// Driving the import pipeline through the router, as the screen does.

export type App = Awaited<ReturnType<typeof badungApp>>;

/**
 * The job once it ended. Waits by the clock, not by a count of polls: on a busy machine a read
 * in a worker takes many times longer, and the test's own timeout is the limit that counts.
 */
export async function waitJob(app: App, job: JobState, maxMs = 170_000): Promise<JobState> {
  const deadline = Date.now() + maxMs;
  while (Date.now() < deadline) {
    const r = await app.call('jobs.get', { jobId: job.id });
    if (!r.ok) throw new Error(r.error.message);
    if (r.data.status !== 'running') return r.data;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`job did not finish in ${maxMs / 1000} s`);
}

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

/** Undoes a whole import through the router and waits for the job to end. */
export async function undo(app: App, batchUid: string): Promise<JobState> {
  const started = await app.call('imports.undo', { batchUid });
  if (!started.ok) throw new Error(started.error.message);
  return waitJob(app, started.data);
}

/** The batch an ended undo job returns. */
export const undoneBatch = (job: JobState) => (job.result as { batch: { status: string } } | null)?.batch;
