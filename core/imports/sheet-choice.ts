import type { InspectionNote } from '../api/imports.ts';
import { msg, renderBoth } from '../messages.ts';
import { headerList } from './file-place.ts';
import { firstRowsOfSomeSheet } from './first-sheet-with-rows.ts';
import type { HeldReads } from './held-reads.ts';
import { ImportReadError } from './read/index.ts';
import { findHeaderRow, type HeaderMatch, type HeaderSynonyms } from './read/header.ts';
import { LRUCache } from '../../db/bounded-cache.ts';

// Which sheet an inspection opens. A workbook whose first sheet holds none of the register's
// column titles (a cover page, "Sampul", before the list on "Peserta PU") opens the sheet with
// the most of them, said in a note (walk 36: the cover was opened and "no known column titles"
// was all the clerk heard). A sheet asked for (by name, or a header row given) is read as asked;
// when it holds none, the note names the sheet that does. When no sheet does, the note lists
// the sheets there are. Only the first rows of each other sheet are read, and only then.

type FirstRows = Awaited<ReturnType<HeldReads['firstRows']>>;

/** Rows of each other sheet looked at: a header row is among the first (findHeaderRow scans 20). */
const rowsOfOthers = 30;
/** Sheets looked at besides the first: a workbook of a hundred desa sheets is not read whole. */
const othersLooked = 40;

export interface ChosenSheet extends FirstRows {
  note: InspectionNote | null;
}

/** The register's fields recognised in a sheet's header row guess, and which columns. */
const knownIn = (rows: FirstRows['rows'], synonyms: HeaderSynonyms): HeaderMatch | null => {
  const header = findHeaderRow(rows, { synonyms });
  return header && header.fields.size > 0 ? header : null;
};

const knownTitles = (header: HeaderMatch) => headerList(header.columns.filter((c) => c.field !== null).map((c) => c.name), 6);

/** By file token: the last few files inspected. */
const sheetsHolding = new LRUCache<string, string>({ max: 50 });

/** The sheet the last inspection of this file found the register's columns on, when it did not open it. */
export function sheetHoldingColumns(fileToken: string): string | null {
  return sheetsHolding.get(fileToken) ?? null;
}

export async function chooseSheet(
  reads: HeldReads,
  path: string,
  input: { fileToken: string; sheet?: string | number | undefined; headerRow?: number | undefined },
  synonyms: HeaderSynonyms,
  count: number,
): Promise<ChosenSheet> {
  sheetsHolding.delete(input.fileToken);
  const first = await firstRowsOfSomeSheet(reads, path, input.sheet, count);
  const { opened } = first;
  if (opened.source.format === 'csv' || opened.sheets.length < 2 || knownIn(first.rows, synonyms)) return { ...first, note: null };

  let best: { name: string; header: HeaderMatch } | null = null;
  const others = opened.sheets.filter((s) => !s.hidden && s.name !== opened.sheet.name).slice(0, othersLooked);
  for (const other of others) {
    let rows: FirstRows['rows'];
    try {
      ({ rows } = await reads.firstRows(path, other.name, rowsOfOthers));
    } catch (error) {
      if (error instanceof ImportReadError) continue; // an empty or unreadable other sheet is not the list
      throw error;
    }
    const header = knownIn(rows, synonyms);
    if (header && header.fields.size > (best?.header.fields.size ?? 0)) best = { name: other.name, header };
  }

  const asked = input.sheet !== undefined || input.headerRow !== undefined;
  if (best && !asked) {
    const chosen = await reads.firstRows(path, best.name, count);
    const note = msg('imports.sheetChoice.opened', { first: opened.sheet.name, sheet: best.name, list: knownTitles(best.header) });
    return { ...chosen, note: { severity: 'info', message: renderBoth(note) } };
  }
  // The sheet read stays the one inspected (and its read held for the dry run).
  const again = others.length > 0 ? await reads.firstRows(path, opened.sheet.name, count) : first;
  if (best) {
    sheetsHolding.set(input.fileToken, best.name);
    return { ...again, note: { severity: 'warning', message: renderBoth(msg('imports.sheetChoice.otherHolds', { sheet: best.name, list: knownTitles(best.header) })) } };
  }
  const sheets = headerList(opened.sheets.filter((s) => !s.hidden).map((s) => s.name), 20);
  return { ...again, note: { severity: 'warning', message: renderBoth(msg('imports.sheetChoice.noneFits', { sheets })) } };
}
