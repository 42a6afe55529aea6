import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { RowProblem } from '../api/imports.ts';
import type { CellValue } from './read/types.ts';

// What a dry run decided, row by row, kept on disk instead of in memory: a file of a
// million rows keeps the app's memory flat. One scratch SQLite file per dry run, no
// journal (it is rebuilt by running the dry run again), removed with the job's files.

export interface PlannedRow {
  rowNumber: number;
  status: 'new' | 'changed';
  existingUid: string | null;
  provided: string[];
  values: unknown;
  columns: object;
}

export interface InvalidRow {
  rowNumber: number;
  cells: CellValue[];
  problems: RowProblem[];
}

export class PlanStore {
  readonly path: string;
  #db: Database.Database;
  #claim: Database.Statement;
  #firstRow: Database.Statement;
  #planned: Database.Statement;
  #invalid: Database.Statement;

  constructor(dir: string, id: string) {
    mkdirSync(dir, { recursive: true });
    this.path = join(dir, `${id}.plan.db`);
    this.#db = new Database(this.path);
    this.#db.pragma('journal_mode = OFF');
    this.#db.pragma('synchronous = OFF');
    this.#db.exec(`
      CREATE TABLE IF NOT EXISTS planned (row_number INTEGER PRIMARY KEY, status TEXT, existing_uid TEXT, provided TEXT, "values" TEXT, columns TEXT);
      CREATE TABLE IF NOT EXISTS invalid (row_number INTEGER PRIMARY KEY, cells TEXT, problems TEXT);
      CREATE TABLE IF NOT EXISTS seen (key TEXT PRIMARY KEY, row_number INTEGER);`);
    this.#claim = this.#db.prepare('INSERT OR IGNORE INTO seen (key, row_number) VALUES (?, ?)');
    this.#firstRow = this.#db.prepare('SELECT row_number FROM seen WHERE key = ?').pluck();
    this.#planned = this.#db.prepare('INSERT INTO planned (row_number, status, existing_uid, provided, "values", columns) VALUES (?, ?, ?, ?, ?, ?)');
    this.#invalid = this.#db.prepare('INSERT INTO invalid (row_number, cells, problems) VALUES (?, ?, ?)');
  }

  /** Writes between begin() and end() go in one scratch transaction (a worker batch). */
  begin(): void {
    this.#db.exec('BEGIN');
  }
  end(): void {
    if (this.#db.inTransaction) this.#db.exec('COMMIT');
  }

  /** The row that first used this identity number, or null (and the key is now taken). */
  firstRowWith(key: string, rowNumber: number): number | null {
    return this.#claim.run(key, rowNumber).changes === 1 ? null : (this.#firstRow.get(key) as number);
  }

  addPlanned(row: PlannedRow): void {
    this.#planned.run(row.rowNumber, row.status, row.existingUid, JSON.stringify(row.provided), JSON.stringify(row.values), JSON.stringify(row.columns));
  }

  addInvalid(row: InvalidRow): void {
    this.#invalid.run(row.rowNumber, JSON.stringify(row.cells), JSON.stringify(row.problems));
  }

  plannedCount(): number {
    return this.#db.prepare('SELECT count(*) FROM planned').pluck().get() as number;
  }

  /** Planned rows in file order, `size` at a time. */
  *plannedChunks(size: number): Generator<PlannedRow[]> {
    let after = 0;
    const page = this.#db.prepare('SELECT row_number, status, existing_uid, provided, "values", columns FROM planned WHERE row_number > ? ORDER BY row_number LIMIT ?');
    for (;;) {
      const rows = page.all(after, size) as { row_number: number; status: 'new' | 'changed'; existing_uid: string | null; provided: string; values: string; columns: string }[];
      if (rows.length === 0) return;
      after = rows.at(-1)!.row_number;
      yield rows.map((r) => ({ rowNumber: r.row_number, status: r.status, existingUid: r.existing_uid, provided: JSON.parse(r.provided), values: JSON.parse(r.values), columns: JSON.parse(r.columns) }));
    }
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
