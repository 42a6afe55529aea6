import type { Message } from '../api/messages/message.ts';
import { msg } from '../messages.ts';
import type { CellValue } from './read/types.ts';
import { displayCell } from './fields/cell-values.ts';
import { isLineUnderTable } from './fields/name-text.ts';

// Rows of a list that are not data: the lines offices write under it ("JUMLAH … 8 orang",
// "Mengetahui,", "Perbekel Pengambengan", "Halaman 2 dari 2"), the header written again at the
// top of a printed page, a row of column numbers ("(1) (2) (3)") under the header. Such a row is
// left out with one sentence that says what it is (walks 34 and 36: each got five "required"
// errors, counted the file as faulty, and its words were offered for the value mapping).

/**
 * A line under the table: every required column is empty or holds such a line itself, and some
 * cell holds one (a record with its name filled is never one). `required`: the mapped columns of
 * the register's required fields. The line's text, or null.
 */
export function lineUnderTable(cells: readonly (CellValue | undefined)[], required: readonly number[]): string | null {
  for (const col of required) {
    const s = displayCell(cells[col]).trim();
    if (s !== '' && !isLineUnderTable(s)) return null;
  }
  for (const cell of cells) {
    const s = displayCell(cell).trim();
    if (s !== '' && isLineUnderTable(s)) return s.length > 60 ? `${s.slice(0, 60)}…` : s;
  }
  return null;
}

/**
 * The header again: most of its cells are the headings of their columns, as written (a printed
 * list repeats them exactly). Compared by length first: a million rows pass through here.
 */
function repeatsHeader(cells: readonly (CellValue | undefined)[], headers: readonly string[]): boolean {
  let filled = 0;
  let same = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell === null || cell === undefined || cell === '') continue;
    filled++;
    const heading = headers[i];
    if (typeof cell === 'string' && heading) {
      const s = cell.trim();
      if (s.length === heading.length && s.toLowerCase() === heading.toLowerCase()) same++;
    }
  }
  return same >= 2 && same * 2 > filled;
}

// "(1)", "1.", and -1: LibreOffice reads "(1)" in a CSV as an accountant's minus one.
const COLUMN_NUMBER = /^[-(]?(\d{1,3})\)?\.?$/;

/** Column numbers: three or more cells numbering the columns 1, 2, 3, … ("(1)", "(2)", … or 1, 2, 3). */
function numbersColumns(cells: readonly (CellValue | undefined)[]): boolean {
  let count = 0;
  for (const cell of cells) {
    const s = displayCell(cell).trim();
    if (!s) continue;
    const n = COLUMN_NUMBER.exec(s);
    if (!n || Number(n[1]) !== count + 1) return false;
    count++;
  }
  return count >= 3;
}

/** Why the row is no data, as the sentence the dry run shows, or null for a row to check. */
export function notDataRow(cells: readonly (CellValue | undefined)[], required: readonly number[], headers: readonly string[]): Message | null {
  if (required.length) {
    const line = lineUnderTable(cells, required);
    if (line !== null) return msg('imports.notData.line', { value: line });
  }
  if (repeatsHeader(cells, headers)) return msg('imports.notData.repeatedHeader');
  if (numbersColumns(cells)) return msg('imports.notData.columnNumbers');
  return null;
}
