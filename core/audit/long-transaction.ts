import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { CoreContext as ServiceContext } from '../context.ts';
import { bumpGeneration } from '../grid/ordered-ids.ts';
import { auditScope, UnauditedWriteError, type WriteScope } from './write.ts';

/**
 * One write transaction that may run for minutes (an import, its undo) without blocking the
 * event loop: `work` writes in chunks and calls `pause()` between them, so progress, cancel and
 * other screens' reads (the router's reader) carry on. The caller holds the router's gate;
 * everything is committed at the end or rolled back. Like writeAudited, it refuses to commit
 * without an audit row: a batch writes one for the whole operation, its per-row trail is
 * import_change.
 */
export async function longTransaction<T>(ctx: ServiceContext, work: (scope: WriteScope, pause: () => Promise<void>) => Promise<T>): Promise<T> {
  const { sqlite } = ctx;
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    const scope = auditScope(ctx);
    const result = await work(scope, () => yieldToLoop());
    if (scope.recorded() === 0) throw new UnauditedWriteError('A long write finished without an audit row; rolled back.');
    sqlite.exec('COMMIT');
    bumpGeneration(sqlite);
    return result;
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw error;
  }
}
