import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { quoteId, type ColumnRef } from '../../db/bulk-sql.ts';
import type { RowProblem } from '../api/imports.ts';
import type { CellValue } from './read/types.ts';

// What a dry run decided, row by row, kept on disk instead of in memory: a file of a
// million rows keeps the app's memory flat. One scratch SQLite file per dry run, no
// journal (it is rebuilt by running the dry run again), removed with the job's files.
// Rows to write sit in `staged`, one column per register column, so the commit copies
// them into the register with INSERT ... SELECT (commit-import.ts) instead of row by row.

export interface PlannedRow {
  rowNumber: number;
  /** The record this row updates (null: a new record). */
  targetId: number | null;
  /** The new record's uid, or the updated record's. */
  uid: string;
  provided: string[];
  /** Register columns to write, by drizzle key (driver values). */
  columns: Record<string, unknown>;
  /** What the audit row lists as changed, "a, b, c". */
  changedFields: string;
}

export interface InvalidRow {
  rowNumber: number;
  cells: CellValue[];
  problems: RowProblem[];
}


export class PlanStore {
  readonly path: string;
  /** Identity numbers seen so far, by kind ("NIB"), and the row that first used each (until they spill to disk). */
  #seen: Map<string, Map<string, number>> | null = new Map();
  #seenCount = 0;
  /** How many identity numbers stay in memory before they move to the scratch file (~100 bytes each). */
  #keysInMemory: number;
  readonly writes: readonly ColumnRef[];
  #db: Database.Database;
  #claim: Database.Statement;
  #firstRow: Database.Statement;
  #staged: Database.Statement;
  #invalid: Database.Statement;

  constructor(dir: string, id: string, writes: readonly ColumnRef[], options: { keysInMemory?: number } = {}) {
    this.#keysInMemory = options.keysInMemory ?? 200_000;
    mkdirSync(dir, { recursive: true });
    this.path = join(dir, `${id}.plan.db`);
    this.writes = writes;
    this.#db = new Database(this.path);
    this.#db.pragma('journal_mode = OFF');
    this.#db.pragma('synchronous = OFF');
    const columns = writes.map((c) => quoteId(c.name));
    // Each column with the register's type: JavaScript numbers bind as REAL, and only an
    // INTEGER column turns 30.0 back into 30 (audit JSON is built from these values).
    this.#db.exec(`
      CREATE TABLE IF NOT EXISTS staged (row_number INTEGER PRIMARY KEY, target_id INTEGER, uid TEXT NOT NULL, provided TEXT, changed_fields TEXT, ${writes.map((c) => `${quoteId(c.name)} ${c.sqlType}`).join(', ')});
      CREATE TABLE IF NOT EXISTS invalid (row_number INTEGER PRIMARY KEY, cells TEXT, problems TEXT);
      CREATE TABLE IF NOT EXISTS seen (key TEXT PRIMARY KEY, row_number INTEGER) WITHOUT ROWID;`);
    this.#claim = this.#db.prepare('INSERT OR IGNORE INTO seen (key, row_number) VALUES (?, ?)');
    this.#firstRow = this.#db.prepare('SELECT row_number FROM seen WHERE key = ?').pluck();
    this.#staged = this.#db.prepare(
      `INSERT OR REPLACE INTO staged (row_number, target_id, uid, provided, changed_fields, ${columns.join(', ')})
       VALUES (?, ?, ?, ?, ?, ${columns.map(() => '?').join(', ')})`,
    );
    this.#invalid = this.#db.prepare('INSERT INTO invalid (row_number, cells, problems) VALUES (?, ?, ?)');
  }

  /** Writes between begin() and end() go in one scratch transaction (a worker batch). */
  begin(): void {
    this.#db.exec('BEGIN');
  }
  end(): void {
    if (this.#db.inTransaction) this.#db.exec('COMMIT');
  }

  /** The row that first used this identity number (`kind` "NIB", "NPWP"...), or null (and the number is now taken). */
  firstRowWith(kind: string, value: string, rowNumber: number): number | null {
    if (this.#seen) {
      let ofKind = this.#seen.get(kind);
      if (!ofKind) this.#seen.set(kind, (ofKind = new Map()));
      const first = ofKind.get(value);
      if (first !== undefined) return first;
      ofKind.set(value, rowNumber);
      if (++this.#seenCount >= this.#keysInMemory) this.#spillSeen();
      return null;
    }
    const key = `${kind} ${value}`;
    return this.#claim.run(key, rowNumber).changes === 1 ? null : (this.#firstRow.get(key) as number);
  }

  /** A big file: the numbers go to disk, memory stays flat from here on. */
  #spillSeen(): void {
    const seen = this.#seen!;
    this.#seen = null;
    this.#db.transaction(() => {
      for (const [kind, ofKind] of seen) for (const [value, row] of ofKind) this.#claim.run(`${kind} ${value}`, row);
    })();
  }

  addPlanned(row: PlannedRow): void {
    this.#staged.run(
      row.rowNumber,
      row.targetId,
      row.uid,
      this.#providedText(row.provided),
      row.changedFields,
      ...this.writes.map((c) => row.columns[c.key] ?? null),
    );
  }

  /** The fields a row filled, as JSON: most rows of a file fill the same ones. */
  #provided = { key: '', text: '[]' };
  #providedText(provided: string[]): string {
    const key = provided.join('\n');
    if (key !== this.#provided.key) this.#provided = { key, text: JSON.stringify(provided) };
    return this.#provided.text;
  }

  addInvalid(row: InvalidRow): void {
    this.#invalid.run(row.rowNumber, JSON.stringify(row.cells), JSON.stringify(row.problems));
  }

  *invalidRows(): Generator<InvalidRow> {
    for (const r of this.#db.prepare('SELECT row_number, cells, problems FROM invalid ORDER BY row_number').iterate() as Iterable<{ row_number: number; cells: string; problems: string }>) {
      yield { rowNumber: r.row_number, cells: JSON.parse(r.cells), problems: JSON.parse(r.problems) };
    }
  }

  widestInvalidRow(): number {
    return (this.#db.prepare('SELECT max(json_array_length(cells)) FROM invalid').pluck().get() as number | null) ?? 0;
  }

  remove(): void {
    this.#db.close();
    rmSync(this.path, { force: true });
  }
}
