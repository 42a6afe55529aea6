import { AppError } from '../app-error.ts';
import { msg } from '../messages.ts';
import { placeText, type FilePlace } from './file-place.ts';
import type { CellValue, RawRow } from './read/types.ts';

// A list that sits wholly in column A, its values joined by ';', tabs or commas: a semicolon CSV that
// was opened in a spreadsheet with another separator and saved (walk 36: "1;5101…;Ni Luh…" in
// A, the header guess took a whole row's text as the heading of Alamat). Said at the inspection
// with one sentence and how to split it, never guessed into columns.

const separators = [
  { char: ';', words: 'imports.packedColumn.semicolon' },
  { char: '\t', words: 'imports.packedColumn.tab' },
  // A comma CSV opened by an Excel set to Indonesian, whose list separator is ';' (checked
  // last: a semicolon list's addresses hold commas of their own).
  { char: ',', words: 'imports.packedColumn.comma' },
] as const;

/** Rows looked at: the first ones with any value (a title above the list counts too). */
const rowsLooked = 30;
/** Separators column A must hold for the row to be a joined one: four values or more. */
const minSeparators = 3;

const textOf = (cell: CellValue | undefined): string => (typeof cell === 'string' ? cell : '');

const countOf = (s: string, char: string): number => {
  let n = 0;
  for (let i = s.indexOf(char); i !== -1; i = s.indexOf(char, i + 1)) n++;
  return n;
};

/**
 * A row is joined when column A holds 3 or more separators and at least half of its filled cells
 * hold one too: a comma in the joined text may have split it over a few more cells (the rest
 * of the line, separators and all), while a real table with a list in column A ("JKK;JKM;JHT;JP")
 * has its other columns filled without them.
 */
function joinedRow(cells: readonly CellValue[], char: string): boolean {
  if (countOf(textOf(cells[0]), char) < minSeparators) return false;
  let filled = 0;
  let holding = 0;
  for (const cell of cells) {
    if (cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '')) continue;
    filled++;
    if (textOf(cell).includes(char)) holding++;
  }
  return holding * 2 >= filled;
}

/** The separator most of the first rows are joined with, or null. */
export function packedSeparator(rows: readonly RawRow[]): ';' | '\t' | ',' | null {
  const looked = rows.filter((r) => r.cells.some((c) => c !== undefined && c !== null && c !== '')).slice(0, rowsLooked);
  if (looked.length < 2) return null;
  for (const { char } of separators) {
    const joined = looked.filter((r) => joinedRow(r.cells, char)).length;
    if (joined >= 2 && joined * 2 > looked.length) return char;
  }
  return null;
}

/** Refuses a sheet whose list is all in column A, joined by ';' or tabs (see above). */
export function refusePackedColumn(rows: readonly RawRow[], place: FilePlace): void {
  const char = packedSeparator(rows);
  if (char === null) return;
  const separator = msg(separators.find((s) => s.char === char)!.words);
  throw new AppError('INVALID_INPUT', msg('imports.packedColumn.message', { where: placeText(place), separator }));
}
