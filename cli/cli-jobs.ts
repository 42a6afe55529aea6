import { SingleBar, Presets } from 'cli-progress';
import type { JobState } from '../core/api/jobs.ts';
import type { Message } from '../core/api/messages/message.ts';
import { AppError } from '../core/app-error.ts';
import { msg, render } from '../core/messages.ts';
import type { ApiError, Result } from '../core/api/result.ts';
import type { Session } from '../core/accounts/session.ts';
import type { Router } from '../core/router.ts';

// Running router jobs from the command line: a progress bar on a terminal, plain lines
// otherwise, Ctrl+C cancels (the job rolls back).

export async function call<T>(router: Router, session: Session, channel: string, input: unknown): Promise<T> {
  const result = (await router.call(channel, input, session)) as Result<T>;
  // No --user given: say how to give one, not only that a sign-in is missing.
  if (!result.ok && result.error.code === 'UNAUTHENTICATED' && session.userUid === null) throw new CliError(msg('auth.needUser', { env: 'LINDUNG_PASSWORD' }));
  if (!result.ok) throw CliError.from(result.error);
  return result.data;
}

/** A command's failure, as a coded message; `exitCode` 1 (it failed) or 2 (a usage mistake). */
export class CliError extends Error {
  readonly said: Message;
  readonly details: unknown;
  readonly exitCode: 1 | 2;
  constructor(said: Message, details?: unknown, exitCode: 1 | 2 = 1) {
    super(render(said));
    this.said = said;
    this.details = details;
    this.exitCode = exitCode;
  }

  static from(error: ApiError): CliError {
    return new CliError(error.said ?? msg('errors.internal'), error.details);
  }
}

/** A mistake in how the command was called (an unknown field or column): exit 2. */
export const usageError = (said: Message) => new CliError(said, undefined, 2);

/** Both languages of a failure, as `lindung` prints them on stderr. */
export function failureLines(error: unknown): string[] {
  // An unexpected error has only its own words (often English, from a library): said as they are.
  const text = error instanceof CliError || error instanceof AppError ? error.said : String((error as { message?: unknown })?.message ?? error);
  return (['id', 'en'] as const).map((language) => render(msg('cli.failed', { text }), language));
}

export async function followJob(router: Router, session: Session, job: JobState, label: string): Promise<JobState> {
  const bar = process.stderr.isTTY ? new SingleBar({ format: `${label} [{bar}] {percentage}% | {value}/{total}`, hideCursor: true }, Presets.shades_classic) : null;
  let started = false;
  let lastTenth = -1;
  let lastTotal = 0;
  let lastPhase = '';
  /** Off a terminal (a log, a pipe): a line at every tenth of the work, saying its real share (1/3 is 33%, not 30%); a new step (phase) starts its own count. */
  const line = (done: number, total: number, phase = lastPhase) => {
    if (total !== lastTotal || phase !== lastPhase) [lastTenth, lastTotal, lastPhase] = [-1, total, phase];
    const tenth = Math.floor((done / total) * 10);
    if (tenth === lastTenth) return;
    lastTenth = tenth;
    process.stderr.write(`${label}: ${Math.floor((done / total) * 100)}% (${done.toLocaleString('id-ID')}/${total.toLocaleString('id-ID')})\n`);
  };
  const cancel = () => void router.call('jobs.cancel', { jobId: job.id }, session);
  process.once('SIGINT', cancel);
  try {
    for (;;) {
      const state = await call<JobState>(router, session, 'jobs.get', { jobId: job.id });
      const total = state.progress.total ?? 0;
      if (bar && total > 0) {
        if (!started) bar.start(total, 0);
        started = true;
        bar.setTotal(total);
        bar.update(Math.min(state.progress.done, total));
      } else if (total > 0) {
        line(Math.min(state.progress.done, total), total, state.progress.phase);
      }
      if (state.status !== 'running') {
        // Finished: the last counted step said as done, whatever share its last report had (a last step may count nothing).
        if (state.status === 'done') {
          if (bar && started) bar.update(bar.getTotal());
          else if (lastTotal > 0) line(lastTotal, lastTotal);
        }
        if (bar && started) bar.stop();
        return state;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    process.off('SIGINT', cancel);
  }
}
