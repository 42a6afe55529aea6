import { quoteId } from '../../db/bulk-sql.ts';
import type { ProgramStep } from '../../db/write-program.ts';
import type { ServiceContext } from '../context.ts';

// A write of many rows (a large import, or its undo) builds a table's secondary indexes anew in
// its transaction: dropped before the rows go in or out, created again after. Putting a million
// rows one at a time into indexes ordered by name costs more than sorting them once (a
// 1,000,000-row commit: 53 s against about 20 s here). Kept: the uid's unique index (a child
// finds its parent's uid through it) and, for an undo, which deletes, the indexes on a foreign
// key's column (a delete looks up the rows pointing at it through them). A unique index such as
// the NIK's is built anew too: built after the rows, it fails (and the whole write with it)
// should a number repeat; adding or removing a million NIKs one at a time, in an order that is
// not the index's, was a tenth of a commit and more of an undo.

/**
 * The page cache an index is built anew with, MB (ProgramStatement.cacheMib): a million people's
 * nine indexes sorted in 16 MB runs took 8.9 s, in the 64 MB a big commit's rows are given 17.2 s
 * (their name words 4.9 s against 6.7 s; 8 MB no faster: import-only.ts worker 1000000).
 */
export const sortCacheMib = 16;

/** From this many rows written, and at least half the table, the indexes are built anew. */
export const rebuildFrom = 100_000;

/** A write of `rows` rows that is worth building what it touches anew: many rows, and at least half the table. */
export function isLargeWrite(ctx: Pick<ServiceContext, 'sqlite'>, table: string, rows: number, from = rebuildFrom): boolean {
  if (rows < from) return false;
  const existing = ctx.sqlite.prepare(`SELECT coalesce(max(rowid), 0) FROM ${quoteId(table)}`).pluck().get() as number;
  return rows * 2 >= existing;
}

/** The steps that drop (before) and create again (after) the indexes a write of `rows` rows to `table` would be slower keeping. */
export function indexRebuild(ctx: ServiceContext, table: string, rows: number, write: 'import' | 'undo'): { before: ProgramStep[]; after: ProgramStep[] } {
  if (!isLargeWrite(ctx, table, rows)) return { before: [], after: [] };
  const indexes = ctx.sqlite
    .prepare(
      `SELECT m.name, m.sql FROM sqlite_master m JOIN pragma_index_list(@table) l ON l.name = m.name
       WHERE m.type = 'index' AND m.sql IS NOT NULL
         AND (SELECT c.name FROM pragma_index_info(m.name) c WHERE c.seqno = 0) IS NOT 'uid'
         AND (@import OR (SELECT c.name FROM pragma_index_info(m.name) c WHERE c.seqno = 0) NOT IN (SELECT "from" FROM pragma_foreign_key_list(@table)))
       ORDER BY m.name`,
    )
    .all({ table, import: write === 'import' ? 1 : 0 }) as { name: string; sql: string }[];
  return {
    before: indexes.map((i) => ({ kind: 'once', sql: `DROP INDEX ${quoteId(i.name)}`, plain: true })),
    after: indexes.map((i) => ({ kind: 'once', sql: i.sql, plain: true, cacheMib: sortCacheMib })),
  };
}
