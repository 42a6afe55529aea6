import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { CoreContext as ServiceContext } from '../context.ts';

/**
 * One write transaction that may run for minutes (an import, its undo) without blocking the
 * event loop: `work` writes in chunks (each through writeAudited) and calls `pause()` between
 * them, so progress, cancel and other screens' reads (the router's reader) carry on. The
 * caller holds the router's gate; everything is committed at the end or rolled back.
 */
export async function longTransaction<T>(ctx: Pick<ServiceContext, 'sqlite'>, work: (pause: () => Promise<void>) => Promise<T>): Promise<T> {
  const { sqlite } = ctx;
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    const result = await work(() => yieldToLoop());
    sqlite.exec('COMMIT');
    sqlite.pragma('optimize'); // many rows changed: refresh the planner's statistics
    return result;
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw error;
  }
}
