import { SingleBar, Presets } from 'cli-progress';
import type { JobState } from '../core/api/jobs.ts';
import type { LocalizedText } from '../core/api/localized-text.ts';
import type { ApiError, Result } from '../core/api/result.ts';
import type { Actor } from '../core/context.ts';
import type { Router } from '../core/router.ts';

// Running router jobs from the command line: a progress bar on a terminal, plain lines
// otherwise, Ctrl+C cancels (the job rolls back).

export async function call<T>(router: Router, actor: Actor, channel: string, input: unknown): Promise<T> {
  const result = (await router.call(channel, input, actor)) as Result<T>;
  if (!result.ok) throw CliError.from(result.error);
  return result.data;
}

/** A command's failure, in both languages; `exitCode` 1 (it failed) or 2 (a usage mistake). */
export class CliError extends Error {
  readonly text: LocalizedText;
  readonly details: unknown;
  readonly exitCode: 1 | 2;
  constructor(text: LocalizedText, details?: unknown, exitCode: 1 | 2 = 1) {
    super(text.id);
    this.text = text;
    this.details = details;
    this.exitCode = exitCode;
  }

  static from(error: ApiError): CliError {
    return new CliError({ id: error.message, en: error.messageEn }, error.details);
  }
}

/** A mistake in how the command was called (an unknown field or column): exit 2. */
export const usageError = (text: LocalizedText) => new CliError(text, undefined, 2);

/** Both languages of a failure, as `lindung` prints them on stderr. */
export function failureLines(error: unknown): string[] {
  if (error instanceof CliError) return [`Gagal: ${error.text.id}`, `Failed: ${error.text.en}`];
  const e = error as { message?: unknown; messageEn?: unknown };
  const id = String(e?.message ?? error);
  return typeof e?.messageEn === 'string' && e.messageEn !== id ? [`Gagal: ${id}`, `Failed: ${e.messageEn}`] : [`Gagal / failed: ${id}`];
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
