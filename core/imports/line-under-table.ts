import type { CellValue } from './read/types.ts';
import { displayCell } from './fields/cell-values.ts';
import { isLineUnderTable } from './fields/name-text.ts';

// The lines offices write under a list: "JUMLAH … 8 orang", "Mengetahui,", "Perbekel
// Pengambengan". Such a row is refused with one sentence that says what it is, not with a
// "required" per empty column, and its words are not offered for the value mapping (walk 34 was
// asked which Kategori rentan "Mengetahui," is). A row is one when every required column is empty
// or holds such a line itself, and some cell holds one; a record with its name filled is never one.

/** The text that makes the row a line under the table, or null. `required`: the mapped columns of the register's required fields. */
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
