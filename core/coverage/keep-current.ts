import { runWriteProgram } from '../../db/write-in-worker.ts';
import type { ServiceContext } from '../context.ts';
import { catchUpCoverage, catchUpProgram, pendingPeople } from './maintain.ts';

// Coverage counts are brought up to date before they are read. A few changed people (a form, a
// small import) are recounted within the call; many (a million-row import, the migration that
// first fills the tables) by a job on a worker thread under the write gate, so the screens keep
// answering: until it ends, figures say how many people's changes they do not hold yet.

/** People recounted within a call: well under a second. */
export const inLinePeople = 20_000;

const running = new WeakMap<object, Promise<void>>();

/** Brings the counts up to date; returns how many people's changes are not in them yet (being recounted). */
export function keepCoverageCurrent(ctx: Pick<ServiceContext, 'sqlite' | 'runtime'>, inLine = inLinePeople): number {
  const pending = pendingPeople(ctx.sqlite);
  if (pending === 0) return 0;
  if (running.has(ctx.runtime) || ctx.sqlite.readonly) return pending;
  if (pending <= inLine) {
    catchUpCoverage(ctx.sqlite);
    return 0;
  }
  let settle!: () => void;
  const done = new Promise<void>((resolve) => (settle = resolve));
  running.set(ctx.runtime, done);
  ctx.runtime.jobs.start('coverage.recount', (job) =>
    ctx.runtime.gate
      .run(async () => {
        await runWriteProgram(ctx.sqlite, catchUpProgram(), { progress: job.progress, signal: job.signal });
        return { result: { recounted: pending } };
      })
      .finally(() => {
        running.delete(ctx.runtime);
        settle();
      }),
  );
  return pending;
}

/** Resolves once no recount is running (started here if needed) and the counts hold every change. */
export async function whenCoverageCurrent(ctx: Pick<ServiceContext, 'sqlite' | 'runtime'>): Promise<void> {
  for (let i = 0; i < 10 && keepCoverageCurrent(ctx) > 0; i++) await running.get(ctx.runtime);
}
