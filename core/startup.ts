import type { Actor, CoreContext, ServiceContext } from './context.ts';
import { whenCoverageCurrent } from './coverage/keep-current.ts';
import { freezeEndedMonth } from './coverage/snapshots.ts';
import { ensureReferenceData, type ReferenceLoadReport } from './reference/load/ensure-reference-data.ts';

/** The actor of changes the app makes by itself (reference loads at start-up). */
export const systemActor: Actor = { id: 'system', name: 'Lindung (sistem)' };

/** Work every host does once after opening the database. */
export function prepareData(ctx: Omit<CoreContext, 'actor'>): ReferenceLoadReport {
  return ensureReferenceData({ ...ctx, actor: systemActor });
}

/**
 * Work after the runtime is up: the coverage of the last ended month frozen when it has no
 * snapshot yet (core/coverage/snapshots.ts). A failure is logged, never stops the start.
 */
export function afterStart(ctx: Omit<ServiceContext, 'actor'>, onError: (error: unknown) => void): Promise<void> {
  // After an upgrade or a big import the counts are recounted first, off the screens' thread.
  return whenCoverageCurrent(ctx)
    .then(() => {
      freezeEndedMonth({ ...ctx, actor: systemActor });
    })
    .catch(onError);
}
