import type { DryRunResult, Inspection } from '../../../core/api/imports.ts';
import { stage, waitJob, type App } from '../imports-pipeline/support.ts';

/** A worker list staged, inspected (its header row and mapping guessed) and checked, as the screen does. */
export async function workerDryRun(app: App, file: string, name: string) {
  const staged = await stage(app, file, name);
  const inspected = await app.call('imports.inspect', { register: 'worker', fileToken: staged.token });
  if (!inspected.ok) throw new Error(inspected.error.message);
  const { sheet, headerRow, mapping } = inspected.data as Inspection;
  const started = await app.call('imports.dryRun', { register: 'worker', fileToken: staged.token, sheet, headerRow, mapping });
  if (!started.ok) throw new Error(started.error.message);
  const job = await waitJob(app, started.data);
  if (job.status !== 'done') throw new Error(job.error?.message ?? job.status);
  return { job, result: job.result as DryRunResult, inspection: inspected.data as Inspection };
}
