import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { applyKey, setDatabaseKey } from '../../db/database-key.ts';
import { newSqlite } from '../../db/sqlite-driver.ts';
import { encryptionOn } from '../encryption/state.ts';
import type { ColumnRef } from '../../db/bulk-sql.ts';
import type { RowProblem } from '../api/imports.ts';
import type { CellValue } from './read/types.ts';
import { SeenKeys, type SeenKey } from './seen-keys.ts';

// What a dry run decided, row by row, kept on disk instead of in memory: a file of a
// million rows keeps the app's memory flat. One scratch SQLite file per dry run, no
// journal (it is rebuilt by running the dry run again), removed with the job's files.
// The rows to write sit in one staged table per register table (`staged_0` for the first), so
// the commit copies them into the register with INSERT ... SELECT and UPDATE ... FROM
// (commit-import.ts) instead of row by row. A row's register columns are one JSON array
// (stagedValue() reads one back): binding thirty-odd values a row was a quarter of an employer
// list's check, on the screens' thread; the commit's worker reads them back for less.

export interface StagedWrite {
  rowNumber: number;
  /** The row it updates (null: a new row). */
  targetId: number | null;
  /** The new row's uid, or the updated row's. */
  uid: string;
  /** A new child row's parent, by uid. */
  parentUid: string | null;
  /** An update's changed fields, JSON {field: [before, after]}. */
  changes: string | null;
  /** Register columns to write, by drizzle key (driver values). */
  columns: Record<string, unknown>;
}

export interface InvalidRow {
  rowNumber: number;
  cells: CellValue[];
  problems: RowProblem[];
}

/** The staged table of the register's i-th import table. */
export const stagedTable = (index: number) => `staged_${index}`;

/** Worker batches (of up to 250 rows) a scratch transaction spans. */
const batchesPerCommit = 8;

/** A staged row's values: row_number, target_id, uid, parent_uid, changes, columns. */
const stagedWidth = 6;

/** The SQL of a staged row's i-th register column (in the plan store's column order), `row` its alias. */
export const stagedValue = (row: string, index: number) => `${row}.columns ->> ${index}`;

/** Staged rows written by one INSERT (a statement per row was a fifth of a worker list's check). */
const rowsPerInsert = 32;

export class PlanStore {
  readonly path: string;
  /** Identity numbers seen so far, by "kind value", and the row (and record uid) that first had each. */
  #seen: SeenKeys;
  readonly tables: readonly (readonly ColumnRef[])[];
  #db: Database.Database;
  #staged: Database.Statement[];
  /** The same insert of rowsPerInsert rows at once, per table, and the rows' values waiting for it. */
  #stagedMany: Database.Statement[];
  #pending: unknown[][];
  #invalid: Database.Statement;
  /** end() calls so far. */
  #batches = 0;
  /** Rows staged per table, counted as they are written: counting a million-row table on the commit's start froze the screens. */
  #counts: { inserts: number; updates: number }[];

  constructor(dir: string, id: string, tables: readonly (readonly ColumnRef[])[]) {
    mkdirSync(dir, { recursive: true });
    this.path = join(dir, `${id}.plan.db`);
    this.tables = tables;
    this.#db = newSqlite(this.path);
    // With encryption on, the plan (people's rows) is encrypted under a random key kept in this
    // process's memory only; the commit's ATTACH finds it there (database-key.ts).
    if (encryptionOn()) {
      const key = randomBytes(32);
      setDatabaseKey(this.path, key);
      applyKey(this.#db, key);
    }
    this.#db.pragma('journal_mode = OFF');
    this.#db.pragma('synchronous = OFF');
    // A transaction's pages stay in the cache until its COMMIT (the default 2 MB spilled).
    this.#db.pragma('cache_size = -8192');
    // No types here: each value takes its register column's type when the commit writes it
    // (an INTEGER column turns 30.0 into 30; change JSON is built in the dry run, not from these).
    const inserts = tables.map((_, i) => {
      this.#db.exec(`CREATE TABLE IF NOT EXISTS ${stagedTable(i)} (row_number INTEGER NOT NULL, target_id INTEGER, uid TEXT NOT NULL, parent_uid TEXT, changes TEXT, columns TEXT NOT NULL)`);
      const values = '(?, ?, ?, ?, ?, ?)';
      const insert = `INSERT INTO ${stagedTable(i)} (row_number, target_id, uid, parent_uid, changes, columns) VALUES `;
      return [this.#db.prepare(insert + values), this.#db.prepare(insert + Array(rowsPerInsert).fill(values).join(', '))] as const;
    });
    this.#staged = inserts.map(([one]) => one);
    this.#stagedMany = inserts.map(([, many]) => many);
    this.#pending = tables.map(() => []);
    this.#db.exec('CREATE TABLE IF NOT EXISTS invalid (row_number INTEGER PRIMARY KEY, cells TEXT, problems TEXT)');
    this.#counts = tables.map(() => ({ inserts: 0, updates: 0 }));
    this.#seen = new SeenKeys(this.#db);
    this.#invalid = this.#db.prepare('INSERT INTO invalid (row_number, cells, problems) VALUES (?, ?, ?)');
  }

  /**
   * Writes between begin() and end() are a worker batch; a scratch transaction spans several
   * (a COMMIT after each 250-row slice was a twentieth of a worker list's check), and finish()
   * ends the last one: the commit's own connection reads the file after it.
   */
  begin(): void {
    if (!this.#db.inTransaction) this.#db.exec('BEGIN');
  }
  end(): void {
    this.#flush();
    this.#seen.flush();
    this.#batches += 1;
    if (this.#batches % batchesPerCommit === 0) this.finish();
  }
  finish(): void {
    this.#flush();
    this.#seen.flush();
    if (this.#db.inTransaction) this.#db.exec('COMMIT');
  }

  /** The staged rows still waiting, one INSERT each (fewer than rowsPerInsert a table), in order. */
  #flush(): void {
    for (const [table, values] of this.#pending.entries()) {
      const width = stagedWidth;
      for (let at = 0; at < values.length; at += width) this.#staged[table]!.run(values.slice(at, at + width));
      values.length = 0;
    }
  }

  /** The row (and record) that first had this identity number ("NIB 9120…"), or null. */
  firstWith(key: string): SeenKey | null {
    return this.#seen.firstWith(key);
  }

  /** This row has these identity numbers, none of them seen before (firstWith said null for each); its record's uid is `uid`; the register's note kept with them. */
  claimUnseen(keys: readonly string[], row: number, uid: string, memo: string | null = null): void {
    this.#seen.claimUnseen(keys, row, uid, memo);
  }

  /** A later row of the same record replaces the note (`at` from firstWith). */
  note(at: number, memo: string): void {
    this.#seen.note(at, memo);
  }

  stage(table: number, write: StagedWrite): void {
    const columns = this.tables[table]!;
    const values: unknown[] = new Array(columns.length);
    for (const [i, c] of columns.entries()) {
      const value = write.columns[c.key] ?? null;
      // What binding took (text, numbers, NULL) and JSON keeps as it was.
      if (value !== null && typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) throw new TypeError(`a staged ${c.name} must be text, a finite number or null`);
      values[i] = value;
    }
    // Held until rowsPerInsert rows of the table wait (end() writes the rest): rows keep their order.
    const pending = this.#pending[table]!;
    pending.push(write.rowNumber, write.targetId, write.uid, write.parentUid, write.changes, JSON.stringify(values));
    if (pending.length === rowsPerInsert * stagedWidth) {
      this.#stagedMany[table]!.run(pending);
      pending.length = 0;
    }
    this.#counts[table]![write.targetId === null ? 'inserts' : 'updates'] += 1;
  }

  addInvalid(row: InvalidRow): void {
    this.#invalid.run(row.rowNumber, JSON.stringify(row.cells), JSON.stringify(row.problems));
  }

  *invalidRows(): Generator<InvalidRow> {
    for (const r of this.#db.prepare('SELECT row_number, cells, problems FROM invalid ORDER BY row_number').iterate() as Iterable<{ row_number: number; cells: string; problems: string }>) {
      yield { rowNumber: r.row_number, cells: JSON.parse(r.cells), problems: JSON.parse(r.problems) };
    }
  }

  /** The rows found invalid, by row number, in order. */
  invalidRowNumbers(): number[] {
    return this.#db.prepare('SELECT row_number FROM invalid ORDER BY row_number').pluck().all() as number[];
  }

  /** One invalid row, with its cells and problems (undefined: that row is not invalid). */
  invalidRow(rowNumber: number): InvalidRow | undefined {
    const r = this.#db.prepare('SELECT row_number, cells, problems FROM invalid WHERE row_number = ?').get(rowNumber) as { row_number: number; cells: string; problems: string } | undefined;
    return r ? { rowNumber: r.row_number, cells: JSON.parse(r.cells), problems: JSON.parse(r.problems) } : undefined;
  }

  widestInvalidRow(): number {
    return (this.#db.prepare('SELECT max(json_array_length(cells)) FROM invalid').pluck().get() as number | null) ?? 0;
  }

  /** How many rows each staged table holds (inserts and updates). */
  stagedCounts(): { inserts: number; updates: number }[] {
    return this.#counts.map((c) => ({ ...c }));
  }

  /** The rows that add their own record (the first table's staged inserts): a re-check keeps them new. */
  newRows(): Set<number> {
    return new Set(this.#db.prepare(`SELECT row_number FROM ${stagedTable(0)} WHERE target_id IS NULL`).pluck().all() as number[]);
  }

  /** True once removed (the import ended): its job's plan can no longer be committed. */
  get removed(): boolean {
    return !this.#db.open;
  }

  remove(): void {
    if (this.#db.open) this.#db.close();
    rmSync(this.path, { force: true });
    setDatabaseKey(this.path, null);
  }

  /** remove() with the file deleted off the event loop: a million-row plan's unlink froze the screens ~0.2 s. */
  async removeOffLoop(): Promise<void> {
    if (this.#db.open) this.#db.close();
    await rm(this.path, { force: true });
    setDatabaseKey(this.path, null);
  }
}
