import { quoteId } from '../../db/bulk-sql.ts';
import type { ProgramStep } from '../../db/write-program.ts';
import type { ServiceContext } from '../context.ts';
import { isLargeWrite, rebuildFrom } from './index-rebuild.ts';

// A write of most of a table fills its full-text index once instead of row by row: an undo that
// removes them (a contentless index's per-row delete was ~40% of removing a person), and an
// import that adds them (a million employers: the insert took 21 s with the index's and the
// totals' triggers, 6 s without, and the index filled after it 5 s). Found from the table's own
// triggers, so no register names its index here: an AFTER DELETE trigger that only deletes the
// row from an FTS table, and the AFTER INSERT trigger that fills that table. The triggers the
// write would fire are dropped for it (an undo's delete trigger; an import's insert trigger and
// any other that writes into the index, such as a rename's); after it, the FTS table is emptied
// ('delete-all') and filled again from the table's rows, and the triggers come back.

interface SearchIndex {
  fts: string;
  deleteTrigger: { name: string; sql: string };
  /** The other triggers on the table that write into the index (its insert trigger first). */
  writers: { name: string; sql: string }[];
  /** The INSERT trigger's columns and values, the values as the table's own columns. */
  columns: string;
  values: string;
}

const word = '[`"]?(\\w+)[`"]?';

/** True when every statement of the trigger's body deletes from or inserts into `fts`. */
function onlyWritesIndex(sql: string, fts: string): boolean {
  const body = /\bBEGIN\b(.*)\bEND\s*$/is.exec(sql)?.[1];
  if (!body) return false;
  const target = new RegExp(`^(DELETE\\s+FROM|INSERT\\s+INTO)\\s+[\`"]?${fts}[\`"]?[\\s(]`, 'i');
  return body
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean)
    .every((statement) => target.test(statement));
}

function searchIndexesOf(ctx: Pick<ServiceContext, 'sqlite'>, table: string): SearchIndex[] {
  const triggers = ctx.sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?").all(table) as { name: string; sql: string }[];
  const found: SearchIndex[] = [];
  for (const del of triggers) {
    const d = new RegExp(`AFTER DELETE ON\\s+${word}\\s+BEGIN\\s+DELETE FROM\\s+${word}\\s+WHERE\\s+rowid\\s*=\\s*old\\.id;\\s*END$`, 'is').exec(del.sql);
    if (!d) continue;
    const fts = d[2]!;
    for (const ins of triggers) {
      const i = new RegExp(`AFTER INSERT ON\\s+${word}\\s+BEGIN\\s+INSERT INTO\\s+${word}\\s*\\(([^)]*)\\)\\s*VALUES\\s*\\((.*)\\);\\s*END$`, 'is').exec(ins.sql);
      if (!i || i[2] !== fts) continue;
      const writesIndex = new RegExp(`\\bINTO\\s+[\`"]?${fts}[\`"]?[\\s(]`, 'i');
      const others = triggers.filter((t) => t !== ins && t !== del && writesIndex.test(t.sql));
      // Dropped for the write and covered by the refill only if the index is all they write.
      for (const t of others) if (!onlyWritesIndex(t.sql, fts)) throw new Error(`trigger ${t.name} writes ${fts} and more: a large write cannot drop it for the refill`);
      found.push({ fts, deleteTrigger: del, writers: [ins, ...others], columns: i[3]!, values: i[4]!.replace(/\bnew\./gi, '') });
    }
  }
  return found;
}

/**
 * The steps around a write of `rows` rows to `table` (an undo's deletes, an import's inserts):
 * none unless it writes many rows and at least half the table.
 */
export function searchRebuild(ctx: Pick<ServiceContext, 'sqlite'>, table: string, rows: number, write: 'import' | 'undo', from = rebuildFrom): { before: ProgramStep[]; after: ProgramStep[] } {
  if (!isLargeWrite(ctx, table, rows, from)) return { before: [], after: [] };
  const indexes = searchIndexesOf(ctx, table).map((s) => ({ ...s, dropped: write === 'undo' ? [s.deleteTrigger] : s.writers }));
  return {
    before: indexes.flatMap((s) => s.dropped.map((t): ProgramStep => ({ kind: 'once', sql: `DROP TRIGGER ${quoteId(t.name)}`, plain: true }))),
    after: indexes.flatMap((s): ProgramStep[] => [
      { kind: 'once', sql: `INSERT INTO ${quoteId(s.fts)} (${quoteId(s.fts)}) VALUES ('delete-all')`, plain: true },
      { kind: 'once', sql: `INSERT INTO ${quoteId(s.fts)} (${s.columns}) SELECT ${s.values} FROM ${quoteId(table)}`, plain: true },
      ...s.dropped.map((t): ProgramStep => ({ kind: 'once', sql: t.sql, plain: true })),
    ]),
  };
}
