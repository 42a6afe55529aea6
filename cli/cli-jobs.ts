import { SingleBar, Presets } from 'cli-progress';
import type { JobState } from '../core/api/jobs.ts';
import type { Result } from '../core/api/result.ts';
import type { Actor } from '../core/context.ts';
import type { Router } from '../core/router.ts';

// Running router jobs from the command line: a progress bar on a terminal, plain lines
// otherwise, Ctrl+C cancels (the job rolls back).

export async function call<T>(router: Router, actor: Actor, channel: string, input: unknown): Promise<T> {
  const result = (await router.call(channel, input, actor)) as Result<T>;
  if (!result.ok) throw new CliError(result.error.message, result.error.details);
  return result.data;
}

export class CliError extends Error {
  readonly details: unknown;
  constructor(message: string, details?: unknown) {
    super(message);
    this.details = details;
  }
}

export async function followJob(router: Router, actor: Actor, job: JobState, label: string): Promise<JobState> {
  const bar = process.stderr.isTTY ? new SingleBar({ format: `${label} [{bar}] {percentage}% | {value}/{total}`, hideCursor: true }, Presets.shades_classic) : null;
  let started = false;
  let lastTenth = -1;
  /** Off a terminal (a log, a pipe): a line at every tenth of the work. */
  const line = (done: number, total: number) => {
    const tenth = Math.floor((done / total) * 10);
    if (tenth === lastTenth) return;
    lastTenth = tenth;
    process.stderr.write(`${label}: ${tenth * 10}% (${done.toLocaleString('id-ID')}/${total.toLocaleString('id-ID')})\n`);
  };
  const cancel = () => void router.call('jobs.cancel', { jobId: job.id }, actor);
  process.once('SIGINT', cancel);
  try {
    for (;;) {
      const state = await call<JobState>(router, actor, 'jobs.get', { jobId: job.id });
      const total = state.progress.total ?? 0;
      if (bar && total > 0) {
        if (!started) bar.start(total, 0);
        started = true;
        bar.setTotal(total);
        bar.update(Math.min(state.progress.done, total));
      } else if (total > 0) {
        line(Math.min(state.progress.done, total), total);
      }
      if (state.status !== 'running') {
        if (bar && started) bar.stop();
        return state;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    process.off('SIGINT', cancel);
  }
}
