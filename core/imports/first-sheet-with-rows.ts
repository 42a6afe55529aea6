import type { HeldReads } from './held-reads.ts';
import { ImportReadError, listSheetsInWorker } from './read/index.ts';

// A workbook whose first sheet is empty (Excel's "Sheet1" left in front of the desa's list on
// "Daftar") is read from its first visible sheet that holds rows, and the sheet chooser shows
// which one (walk 34: "tidak ada data sama sekali" and no way on). A sheet asked for by name or
// number is read as asked; a wholly empty workbook still says so.

type FirstRows = Awaited<ReturnType<HeldReads['firstRows']>>;

const emptySheet = (error: unknown) => error instanceof ImportReadError && error.code === 'EMPTY_FILE' && error.where.sheet !== undefined;

export async function firstRowsOfSomeSheet(reads: HeldReads, path: string, sheet: string | number | undefined, count: number): Promise<FirstRows> {
  try {
    return await reads.firstRows(path, sheet, count);
  } catch (error) {
    if (sheet !== undefined || !emptySheet(error)) throw error;
    const emptyName = (error as ImportReadError).where.sheet;
    for (const other of (await listSheetsInWorker(path)).filter((s) => !s.hidden && s.name !== emptyName)) {
      try {
        return await reads.firstRows(path, other.name, count);
      } catch (next) {
        if (!emptySheet(next)) throw next;
      }
    }
    throw error;
  }
}
