import { desc, eq } from 'drizzle-orm';
import type { ImportBatchInfo } from '../api/imports.ts';
import type { ServiceContext } from '../context.ts';
import { batchInfo } from '../imports/import-batches.ts';
import { importBatch } from '../../db/schema/index.ts';

/**
 * The latest file imports of every register, newest first, as each register's import history
 * shows them (batchInfo). Read by the primary key from the end: a few rows whatever the history's size.
 */
export function recentImports(ctx: Pick<ServiceContext, 'db'>, limit: number): ImportBatchInfo[] {
  return ctx.db.select().from(importBatch).where(eq(importBatch.kind, 'import')).orderBy(desc(importBatch.id)).limit(limit).all().map(batchInfo);
}
