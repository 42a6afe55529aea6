import { randomUUID } from 'node:crypto';
import type { ApiError } from '../api/result.ts';
import type { JobState } from '../api/jobs.ts';
import { apiError, AppError } from '../app-error.ts';
import { msg } from '../messages.ts';
import { silentLog, type AppLog } from '../logs/app-log.ts';
import { releaseAfterGrowth } from '../platform/heap-release.ts';

export interface JobHandle {
  readonly signal: AbortSignal;
  progress(phase: string, done: number, total: number | null): void;
}

interface Job extends JobState {
  controller: AbortController;
  /** Private data for a later step (e.g. the dry run's plan for the commit). */
  internal: unknown;
}

export class CancelledError extends Error {
  override name = 'CancelledError';
}

const toApiError = (error: unknown): ApiError => {
  if (error instanceof AppError) return apiError(error.code, error.said, error.details);
  if (error instanceof CancelledError) return apiError('CONFLICT', msg('jobs.cancelled'), { cancelled: true });
  return apiError('INTERNAL', msg('jobs.failed'));
};

/** Long work (reading a big file, an import, an export) that reports progress and can be cancelled. */
export class JobRegistry {
  #jobs = new Map<string, Job>();
  readonly #log: AppLog;

  /** Each job's start and end go to the log: its kind and outcome, never its input or result. */
  constructor(log: AppLog = silentLog) {
    this.#log = log;
  }

  start<R>(kind: string, work: (job: JobHandle) => Promise<{ result: R; internal?: unknown }>, onError?: (e: unknown) => void): JobState {
    const controller = new AbortController();
    const job: Job = {
      id: randomUUID(),
      kind,
      status: 'running',
      progress: { phase: 'start', done: 0, total: null },
      result: null,
      error: null,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      controller,
      internal: null,
    };
    this.#jobs.set(job.id, job);
    this.#log.info('job.start', { kind, job: job.id });
    const handle: JobHandle = {
      signal: controller.signal,
      progress: (phase, done, total) => {
        job.progress = { phase, done, total };
      },
    };
    // A long job (a million-row check) leaves the heap's pages pooled: given back at its end.
    const releaseHeap = releaseAfterGrowth();
    void (async () => {
      try {
        const { result, internal } = await work(handle);
        job.result = result;
        job.internal = internal ?? null;
        job.status = 'done';
      } catch (error) {
        job.status = controller.signal.aborted ? 'cancelled' : 'failed';
        job.error = toApiError(controller.signal.aborted ? new CancelledError() : error);
        if (!(error instanceof AppError) && !controller.signal.aborted) {
          this.#log.error('job.failed', error, { kind, job: job.id });
          onError?.(error);
        }
      } finally {
        try {
          releaseHeap();
        } catch (error) {
          this.#log.error('job.heapRelease.failed', error, { kind });
        }
        job.finishedAt = new Date().toISOString();
        this.#log.info('job.end', { kind, job: job.id, status: job.status, code: job.error?.code ?? null, ms: Date.parse(job.finishedAt) - Date.parse(job.startedAt) });
      }
    })();
    return this.view(job);
  }

  get(id: string): JobState {
    return this.view(this.#find(id));
  }

  /** The private data a finished job left for the next step. */
  internalOf<T>(id: string, kind: string): T {
    const job = this.#find(id);
    if (job.kind !== kind || job.status !== 'done') {
      throw new AppError('CONFLICT', msg('jobs.stepNotDone'), { jobId: id });
    }
    return job.internal as T;
  }

  /** The kinds of the jobs still running, oldest first (closing the app stops them). */
  runningKinds(): string[] {
    return [...this.#jobs.values()].filter((j) => j.status === 'running').map((j) => j.kind);
  }

  cancel(id: string): JobState {
    const job = this.#find(id);
    if (job.status === 'running') job.controller.abort();
    return this.view(job);
  }

  #find(id: string): Job {
    const job = this.#jobs.get(id);
    if (!job) throw new AppError('NOT_FOUND', msg('jobs.notFound'), { jobId: id });
    return job;
  }

  private view(job: Job): JobState {
    const { controller: _c, internal: _i, ...state } = job;
    return { ...state, progress: { ...state.progress } };
  }
}
