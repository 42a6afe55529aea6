import type { Readable } from 'node:stream';
import type { CellValue } from './types.ts';

// Cells merged down a column (a desa list's "Kecamatan: Negara" over five people): Excel shows
// the value beside each row, but only the first cell holds it. The reader fills it into the
// rows below, as the clerk sees the sheet; across columns nothing is filled (a title merged
// over a row is one cell). Merged cells are read before the rows: SheetJS gives them with the
// sheet (XLS, ODS); in XLSX they follow the rows, so the sheet part is scanned for them first.

/** A block of merged cells spanning more than one row: rows 1-based, the column 0-based. */
export interface MergedDown {
  firstRow: number;
  lastRow: number;
  column: number;
}

/** The blocks of SheetJS's `!merges` (0-based) that span rows. */
export function mergedDownOfSheetJs(merges: readonly { s: { r: number; c: number }; e: { r: number; c: number } }[] | undefined): MergedDown[] {
  return (merges ?? []).filter((m) => m.e.r > m.s.r).map((m) => ({ firstRow: m.s.r + 1, lastRow: m.e.r + 1, column: m.s.c }));
}

const MERGE_CELL = /<(?:\w+:)?mergeCell\s[^>]*?ref="\$?([A-Z]{1,3})\$?(\d{1,7}):\$?([A-Z]{1,3})\$?(\d{1,7})"/g;

const column = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

const MERGE_CELL_BYTES = Buffer.from('mergeCell ');

/**
 * The merged blocks of an XLSX sheet part that span rows, from its bytes: only `<mergeCell
 * ref>` is looked for (found as bytes; no XML parse, no decoding of the rows).
 */
export async function scanMergedDown(bytes: Readable, limit = 100_000): Promise<MergedDown[]> {
  const found: MergedDown[] = [];
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of bytes as AsyncIterable<Buffer>) {
    const part = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    let from = 0;
    let last = 0;
    for (let at = part.indexOf(MERGE_CELL_BYTES, from); at >= 0; at = part.indexOf(MERGE_CELL_BYTES, from)) {
      // From a little before (the tag's "<" and any prefix) to its end.
      const start = Math.max(0, at - 20);
      const tag = part.toString('latin1', start, Math.min(part.length, at + 200));
      const end = tag.indexOf('>', at - start);
      if (end < 0) break; // cut between two chunks: found with the next one
      MERGE_CELL.lastIndex = 0;
      const m = MERGE_CELL.exec(tag.slice(0, end + 1));
      from = last = start + end + 1;
      if (!m) continue;
      const [firstRow, lastRow] = [Number(m[2]), Number(m[4])];
      if (lastRow > firstRow && found.length < limit) found.push({ firstRow, lastRow, column: column(m[1]!) });
    }
    carry = part.subarray(Math.max(last, part.length - 220));
  }
  return found;
}

/**
 * Fills each merged block's value into its rows below, rows taken in order: `fill(rowNumber,
 * cells)` changes `cells` in place. Blocks are few (a desa list's), so the lookup is a scan.
 */
export function mergedDownFiller(blocks: readonly MergedDown[]): ((rowNumber: number, cells: Array<CellValue | undefined>) => void) | null {
  if (!blocks.length) return null;
  const starting = new Map<number, MergedDown[]>();
  for (const b of blocks) starting.set(b.firstRow, [...(starting.get(b.firstRow) ?? []), b]);
  let open: { block: MergedDown; value: CellValue }[] = [];
  return (rowNumber, cells) => {
    if (open.length) {
      open = open.filter((o) => o.block.lastRow >= rowNumber);
      for (const { block, value } of open) {
        if (block.firstRow < rowNumber && (cells[block.column] === undefined || cells[block.column] === null)) cells[block.column] = value;
      }
    }
    for (const block of starting.get(rowNumber) ?? []) {
      const value = cells[block.column];
      if (value !== undefined && value !== null) open.push({ block, value });
    }
  };
}
