import type { LocalizedText } from '../api/localized-text.ts';
import type { Sqlite } from '../../db/open.ts';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Message } from '../api/messages/message.ts';
import type { ListName } from '../api/reference.ts';
import type { GridColumnSpec, GridSpec } from '../grid/grid-spec.ts';
import type { AnyImporter } from '../imports/importers.ts';

// What one register declares, in one place: its table as the grid sees it (a whitelist of
// columns), how each column reads in words (exports, the filter on a sheet's heading, the change
// log), what it counts by, how a record is named, and its import. The shared floors (grid,
// counts, exports, imports, history) take this declaration; none of them names a register.

/** How a column's value reads in a file and in words. */
export type CellKind =
  /** `list`: a code of an editable list (lookup_item): an export writes its label, as the screen shows it. */
  | { kind: 'text'; list?: ListName }
  /** A number kept as text (NIB, NPWP, NIK): a text cell, never a number Excel may round. */
  /** `personal`: a person's NIK, masked in an export that asks for it (core/exports/mask-nik.ts). */
  | { kind: 'identity'; format?: (value: string) => string; personal?: true }
  /** `plain`: a year or a number, written without thousands separators (2021, not 2.021). */
  | { kind: 'number'; plain?: true }
  /** An ISO day: a date cell (dd/mm/yyyy). */
  /** `inNik`: the birth date a NIK's middle digits hold: the year only in an export with masked NIKs. */
  | { kind: 'date'; inNik?: true }
  /** A UTC instant: a date-time cell in the office's zone. */
  | { kind: 'datetime' }
  /** A code with a word for each value. */
  | { kind: 'choice'; choices: Readonly<Record<string, Message>> }
  /** A region code; the grid row carries the region's name in `nameField`. */
  | { kind: 'region'; nameField: string }
  /** Anything else, put into words by the register (e.g. a KBLI section with its name). */
  | { kind: 'words'; words: (value: string) => string };

export interface RegisterColumn extends GridColumnSpec {
  /** The grid's column id, and the key of the value in a grid row. */
  id: string;
  label: Message;
  cell: CellKind;
  /** Width in an exported sheet, in characters (default 18). */
  exportWidth?: number;
  /** A filter only (e.g. the people behind a coverage figure): never shown, sorted or exported. */
  filterOnly?: true;
}

/**
 * How a stored field reads in a change's detail: a cell kind, the name of the record an id points
 * at, or the register's own reading in both languages (a person's period lines).
 */
export type HistoryCell = CellKind | { kind: 'recordName'; sql: string } | { kind: 'localized'; words: (sqlite: Sqlite, value: unknown) => LocalizedText };

/**
 * The change log's view of a record's stored fields (drizzle keys), beside the grid's columns:
 * labels and readings of fields the grid does not show, and keys no user needs to see.
 */
export interface RegisterHistory {
  fields: Readonly<Record<string, { label: Message; cell: HistoryCell }>>;
  hidden: readonly string[];
  /**
   * Records merged into this one and not undone (the worker register's duplicate review), each
   * with how to name it: their history is shown with this record's.
   */
  mergedInto?: (sqlite: Sqlite, id: number) => { uid: string; label: string }[];
  /**
   * Rows of another table that belong to a record (a person's participation periods): what
   * imports and bulk changes did to them shows in the record's history as `field`, each row in
   * words by `line` (as the record's own audit rows say them).
   */
  children?: readonly {
    table: SQLiteTable;
    parentColumn: string;
    field: string;
    line: (sqlite: Sqlite, row: Record<string, unknown>) => string;
    /**
     * A row as the record's own audit snapshot keeps it in `field` (a form's save changes rows in
     * place), by its uid: a batch's line before such a save is read from it, not from the row now.
     */
    kept: (value: unknown, uid: string) => Record<string, unknown> | undefined;
  }[];
}

export interface RegisterDefinition {
  /** The register's key in channels and import batches: 'employer'. */
  key: string;
  /** The entity name its audit rows carry. */
  entity: string;
  /** The table of its records (each with `id` and `uid`): a record's history reads its changes there. */
  recordTable: SQLiteTable;
  /** "Register perusahaan": headings of exports, the change log. */
  title: Message;
  /** "Perusahaan": one record of it, in the change log. */
  recordNoun: Message;
  /** The register's own words (labels, values), added to the shared catalogues at start. */
  words?: { id: Record<string, unknown>; en: Record<string, unknown> };
  /** The table as the grid reads it (trusted SQL). */
  grid: Omit<GridSpec, 'columns'>;
  columns: readonly RegisterColumn[];
  /** Columns the counts may be asked by (status buttons above the grid). */
  countBy: readonly string[];
  /** SQL naming a record of a grid row in messages and the change log (e.g. `e.name`). */
  labelSql: string;
  /** SQL of the record's uid in the grid's FROM. */
  uidSql: string;
  /** Fields of its change log the grid's columns do not name (labels, readings, hidden keys). */
  history?: RegisterHistory;
  /** Its import, if it has one. */
  importer?: AnyImporter;
  /**
   * A record's status (records are closed or removed, never deleted): the grid column, the
   * table's columns for it and its reason and date (drizzle keys), and the statuses many records
   * may be given at once from a filter (audited, with a reason, undoable).
   */
  recordStatus?: {
    gridColumn: string;
    column: string;
    reasonColumn: string;
    dateColumn: string;
    active: string;
    bulk: readonly string[];
    /** The statuses a bulk change moves records from (default: any other): a person who died, moved or was entered in error (merged away) is not swept up by the next one. */
    bulkFrom?: readonly string[];
    /** Bulk statuses whose day the user types (a person's moving away: coverage counts them until it); the others are dated today. */
    bulkDated?: readonly string[];
  };
}
