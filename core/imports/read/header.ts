// Finds the header row among the first rows of a sheet: files often carry a title
// ("DATA PERUSAHAAN KAB. BADUNG 2025"), a date line and empty rows above the real header.
import type { CellValue, RawRow } from './types.ts';

/**
 * The header texts that mean one field (any case, accents and punctuation ignored). The field's
 * key is never one of them: a key is a program's name ("name"), not a header a person writes.
 */
export interface FieldHeaderNames {
  /**
   * Headers in the register's own language, also found as whole words inside a longer header
   * ("No. NIB", "Nama Perusahaan (sesuai akta)").
   */
  synonyms: readonly string[];
  /**
   * Headers that count only as the whole header: other languages ("Company name") and short or
   * common words that turn up inside unrelated headers ("Perusahaan" in "NPWP Perusahaan").
   */
  wholeHeaders?: readonly string[] | undefined;
}

/** Field key -> its header texts; a plain list is `synonyms` (found inside longer headers too). */
export type HeaderSynonyms =
  | ReadonlyMap<string, readonly string[] | FieldHeaderNames>
  | Readonly<Record<string, readonly string[] | FieldHeaderNames>>;

export interface FindHeaderOptions {
  /** Known header names per field, supplied by the register being imported. */
  synonyms?: HeaderSynonyms;
  /** How many rows (counted from the first row given) are candidates; default 20. */
  maxScanRows?: number;
  /** The user's choice: this row number is the header, whatever the scores say. */
  rowNumber?: number;
}

export interface HeaderColumn {
  /** 0-based column index (0 = A). */
  index: number;
  /** The header text, trimmed, with inner whitespace collapsed; '' for an empty header cell. */
  name: string;
  /** The field whose synonym this header matched, or null. */
  field: string | null;
  /** How: the whole header is one of the field's names, or one is found as words inside it. */
  match: 'whole' | 'words' | null;
}

export interface HeaderMatch {
  /** 1-based row number of the header, as the user sees it. */
  rowNumber: number;
  /** Header text per column (index 0 = A); '' where the header cell is empty. */
  names: string[];
  columns: HeaderColumn[];
  /** Fields found, each with its column: the first whose whole header names it, else the first that matched. */
  fields: ReadonlyMap<string, number>;
  score: number;
  /** True when the caller's `rowNumber` decided it. */
  overridden: boolean;
  /** Rows scored, best first (for a "choose the header row" list). */
  candidates: Array<{ rowNumber: number; score: number }>;
  /** Rows holding any value above the header among the rows given: skipped, never imported. */
  rowsAbove: number;
  /**
   * The row under the header that names the columns under a heading spanning several
   * ("Jumlah Tenaga Kerja" over "L | P | Jumlah"): its names are joined into `names`, and the
   * row is no data. Null when the header is one row.
   */
  subHeaderRow: number | null;
}

/**
 * The names of a header of two rows, or null when `next` is no second header row. It is one
 * when it holds only text (two cells or more) and names a column the header row leaves empty
 * right of a heading: the heading spans it (merged over sub-columns, as government tables
 * have it). Each sub-column reads "Heading / Sub"; a column whose heading spans both rows (or
 * is written again below) keeps its name.
 */
export function joinedHeaderNames(header: readonly (CellValue | undefined)[], next: readonly (CellValue | undefined)[]): string[] | null {
  const width = Math.max(header.length, next.length);
  const h = (i: number) => cellText(header[i]) ?? '';
  const s = (i: number) => cellText(next[i]) ?? '';
  let texts = 0;
  let headings = 0;
  let spanned = 0;
  let inSpan = false;
  for (let i = 0; i < width; i++) {
    // Data, not names: a number or date, or an identity number written as text.
    if (isValue(next[i]) && !cellText(next[i])) return null;
    if (/\d{5}/.test(s(i))) return null;
    if (s(i)) texts++;
    if (h(i)) {
      headings++;
      // A heading with other words below must span the columns after it; a data row has other words under every heading.
      inSpan = Boolean(s(i)) && s(i) !== h(i);
      if (inSpan && (h(i + 1) || !s(i + 1))) return null;
    } else if (s(i) && inSpan) spanned++;
    else inSpan = false;
  }
  // A title over the header spans all of it: a heading spans a few columns of many.
  if (texts < 2 || spanned === 0 || headings < 2 || spanned >= headings) return null;
  const names: string[] = [];
  let heading: string | null = null;
  for (let i = 0; i < width; i++) {
    const [above, below] = [h(i), s(i)];
    if (above) {
      heading = below && below !== above ? above : null;
      names[i] = heading ? `${above} / ${below}` : above;
    } else {
      names[i] = below && heading ? `${heading} / ${below}` : below;
      if (!below) heading = null;
    }
  }
  return names;
}

/** Lower case, accents removed, anything not a letter or digit turned into one space. */
export function normalizeHeader(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function cellText(v: CellValue | undefined): string | null {
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim();
  if (v !== null && typeof v === 'object' && 'formula' in v && typeof v.result === 'string') return v.result.replace(/\s+/g, ' ').trim();
  return null;
}

function isValue(v: CellValue | undefined): boolean {
  if (v === undefined || v === null) return false;
  return typeof v !== 'string' || v.trim() !== '';
}

/** Normalised header text -> its field, its place in the lists (earlier wins a tie), and whether it counts only whole. */
interface SynonymIndex {
  byText: Map<string, { field: string; rank: number; wholeOnly: boolean }>;
  maxWords: number;
}

function synonymIndex(synonyms: HeaderSynonyms | undefined): SynonymIndex {
  const index: SynonymIndex = { byText: new Map(), maxWords: 0 };
  if (!synonyms) return index;
  const entries: Array<[string, readonly string[] | FieldHeaderNames]> =
    synonyms instanceof Map ? [...synonyms.entries()] : Object.entries(synonyms as Record<string, readonly string[] | FieldHeaderNames>);
  const add = (field: string, text: string, wholeOnly: boolean) => {
    const n = normalizeHeader(text);
    if (!n || index.byText.has(n)) return;
    index.byText.set(n, { field, rank: index.byText.size, wholeOnly });
    if (!wholeOnly) index.maxWords = Math.max(index.maxWords, n.split(' ').length);
  };
  for (const [field, names] of entries) {
    const { synonyms: inside, wholeHeaders = [] } = Array.isArray(names) ? { synonyms: names as readonly string[] } : (names as FieldHeaderNames);
    for (const text of inside) add(field, text, false);
    for (const text of wholeHeaders) add(field, text, true);
  }
  return index;
}

function matchField(name: string, index: SynonymIndex): { field: string; match: 'whole' | 'words' } | null {
  const n = normalizeHeader(name);
  if (!n) return null;
  const exact = index.byText.get(n);
  if (exact !== undefined) return { field: exact.field, match: 'whole' };
  // "No. NIK", "NIK Pekerja", "Nama Perusahaan (sesuai akta)": a synonym of the register's own
  // language as whole words inside, the longest (then the earliest listed). Every run of words
  // is looked up, not every synonym searched for.
  const words = n.split(' ');
  let best: { field: string; rank: number } | null = null;
  let bestLen = 0;
  for (let from = 0; from < words.length; from++) {
    let run = '';
    for (let to = from; to < Math.min(words.length, from + index.maxWords); to++) {
      run = to === from ? words[to]! : `${run} ${words[to]}`;
      const found = index.byText.get(run);
      if (found && !found.wholeOnly && (run.length > bestLen || (run.length === bestLen && found.rank < best!.rank))) {
        best = found;
        bestLen = run.length;
      }
    }
  }
  return best ? { field: best.field, match: 'words' } : null;
}

function describeRow(row: RawRow, index: SynonymIndex, joined?: readonly string[]) {
  const names: string[] = [];
  const columns: HeaderColumn[] = [];
  const fields = new Map<string, number>();
  const wholeFields = new Set<string>();
  let texts = 0;
  let others = 0;
  let exactish = 0;
  for (let i = 0; i < (joined ?? row.cells).length; i++) {
    const v = joined ? (joined[i] ?? null) : row.cells[i];
    const t = cellText(v);
    if (t !== null && t !== '') {
      texts++;
      // A sub-column's own name first ("L" under "Jumlah TK"), then with its heading's.
      const own = joined && t.includes(' / ') ? matchField(t.slice(t.lastIndexOf(' / ') + 3), index) : null;
      const found = own?.match === 'whole' ? own : matchField(t, index);
      const field = found?.field ?? null;
      if (found && !fields.has(found.field)) {
        fields.set(found.field, i);
        exactish++;
      }
      // "Alamat Pemilik" before "Alamat": the column whose whole header names the field wins.
      if (found?.match === 'whole' && !wholeFields.has(found.field)) {
        wholeFields.add(found.field);
        fields.set(found.field, i);
      }
      names[i] = t;
      columns.push({ index: i, name: t, field, match: found?.match ?? null });
    } else {
      if (isValue(v)) others++;
      names[i] = '';
    }
  }
  // Text cells count, known field names count most, numbers and dates (data rows) count against.
  // A lone text cell (a title) scores low.
  const score = (texts >= 2 ? texts : texts * 0.5) + exactish * 5 - others * 2;
  return { names, columns, fields, score };
}

/**
 * The header row among the first `maxScanRows` rows (rows as the readers give them: empty rows
 * are already absent, so a title and blank lines above the header are skipped naturally).
 * Returns null when no row has any text (or, with `rowNumber`, when that row is not among the
 * rows given).
 */
export function findHeaderRow(rows: readonly RawRow[], options: FindHeaderOptions = {}): HeaderMatch | null {
  const index = synonymIndex(options.synonyms);
  const maxScan = options.maxScanRows ?? 20;
  if (rows.length === 0) return null;
  const firstRow = rows[0]!.rowNumber;
  const scanned = rows.filter((r) => r.rowNumber < firstRow + maxScan);
  const scored = scanned.map((r) => ({ row: r, ...describeRow(r, index) }));
  const candidates = scored
    .map((s) => ({ rowNumber: s.row.rowNumber, score: s.score }))
    .sort((a, b) => b.score - a.score || a.rowNumber - b.rowNumber);

  /** The header found: with the row under it when the two are one header. */
  const described = (row: RawRow) => {
    const next = rows.find((r) => r.rowNumber > row.rowNumber);
    const joined = next ? joinedHeaderNames(row.cells, next.cells) : null;
    return { ...describeRow(row, index, joined ?? undefined), subHeaderRow: joined ? next!.rowNumber : null };
  };

  if (options.rowNumber !== undefined) {
    const row = rows.find((r) => r.rowNumber === options.rowNumber);
    if (!row) return null;
    const d = described(row);
    return { rowNumber: row.rowNumber, names: d.names, columns: d.columns, fields: d.fields, score: d.score, overridden: true, candidates, rowsAbove: rowsAbove(rows, row.rowNumber), subHeaderRow: d.subHeaderRow };
  }

  let best: (typeof scored)[number] | null = null;
  for (const s of scored) {
    if (s.columns.length === 0) continue;
    if (!best || s.score > best.score) best = s;
  }
  if (!best) return null;
  // The lower row of a two-row header may name more fields ("L", "P" under "Jumlah TK", the
  // headings merged down into it): the header starts on the row above it.
  const above = rows.filter((r) => r.rowNumber < best.row.rowNumber).at(-1);
  const top = above && joinedHeaderNames(above.cells, best.row.cells) ? above : best.row;
  const d = described(top);
  return {
    rowNumber: top.rowNumber,
    names: d.names,
    columns: d.columns,
    fields: d.fields,
    score: best.score,
    overridden: false,
    candidates,
    rowsAbove: rowsAbove(rows, top.rowNumber),
    subHeaderRow: d.subHeaderRow,
  };
}

/** Rows with any value above `rowNumber` (the readers give no empty rows). */
function rowsAbove(rows: readonly RawRow[], rowNumber: number): number {
  return rows.filter((r) => r.rowNumber < rowNumber).length;
}
