import { and, eq } from 'drizzle-orm';
import type { ImportBatchInfo } from '../api/imports.ts';
import type { ServiceContext } from '../context.ts';
import { columnsOf, quoteId } from '../../db/bulk-sql.ts';
import { importBatch } from '../../db/schema/index.ts';

// Import batches as the history shows them, and the committed import of a file's bytes.

/** The committed import of the same bytes, if any: re-importing a file changes nothing. */
export function committedBatch(ctx: ServiceContext, register: string, hash: string) {
  return ctx.db
    .select()
    .from(importBatch)
    .where(and(eq(importBatch.register, register), eq(importBatch.fileHash, hash), eq(importBatch.status, 'committed')))
    .get();
}

export const batchInfo = (b: typeof importBatch.$inferSelect): ImportBatchInfo => ({
  uid: b.uid, register: b.register, kind: b.kind, note: b.note, kept: b.kept, fileName: b.fileName, fileHash: b.fileHash, sheet: b.sheet, status: b.status,
  inserted: b.inserted, updated: b.updated, unchanged: b.unchanged, invalid: b.invalid, actorName: b.actorName, createdAt: b.createdAt, undoneAt: b.undoneAt,
});

/** A write program's query for its batch (@batch), in the shape drizzle gives it (batchInfo takes it). */
export const batchRowSql = `SELECT ${columnsOf(importBatch).map((c) => `${quoteId(c.name)} AS ${quoteId(c.key)}`).join(', ')} FROM import_batch WHERE id = @batch`;
