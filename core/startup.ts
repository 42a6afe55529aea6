import { systemActorName } from './api/audit.ts';
import type { Actor, CoreContext, ServiceContext } from './context.ts';
import { whenCoverageCurrent } from './coverage/keep-current.ts';
import { freezeEndedMonths } from './coverage/snapshots.ts';
import { ensureReferenceData, type ReferenceLoadReport } from './reference/load/ensure-reference-data.ts';

/** The actor of changes the app makes by itself (reference loads at start-up, frozen months, scheduled backups). */
export const systemActor: Actor = { id: 'system', name: systemActorName };

/** Work every host does once after opening the database. */
export function prepareData(ctx: Omit<CoreContext, 'actor'>): ReferenceLoadReport {
  return ensureReferenceData({ ...ctx, actor: systemActor });
}

/**
 * Work after the runtime is up, and every hour in the app: the coverage of each month ended since
 * the last frozen one is frozen (core/coverage/snapshots.ts). A failure is logged, never stops the start.
 */
export function afterStart(ctx: Omit<ServiceContext, 'actor'>, onError: (error: unknown) => void): Promise<void> {
  // After an upgrade or a big import the counts are recounted first, off the screens' thread.
  return whenCoverageCurrent(ctx)
    // Behind the write gate, like every write: never beside an import's commit.
    .then(() =>
      ctx.runtime.gate.run(() => {
        freezeEndedMonths({ ...ctx, actor: systemActor });
      }),
    )
    .catch(onError);
}
