import type { Actor, CoreContext } from './context.ts';
import { ensureReferenceData, type ReferenceLoadReport } from './reference/load/ensure-reference-data.ts';

/** The actor of changes the app makes by itself (reference loads at start-up). */
export const systemActor: Actor = { id: 'system', name: 'Lindung (sistem)' };

/** Work every host does once after opening the database. */
export function prepareData(ctx: Omit<CoreContext, 'actor'>): ReferenceLoadReport {
  return ensureReferenceData({ ...ctx, actor: systemActor });
}
