import { formatPercent } from '../../api/percent.ts';
import { countsOnly, denominatorKeys, type FrozenTable } from '../package/package-source.ts';
import { fill, ink, muted, rule } from './pdf-base.ts';
import { angka, rupiah, tanggal } from './words.ts';

// A frozen table laid out in the PDF: the header row shaded and repeated on every page the table
// runs onto, numbers right-aligned in Indonesian format, its notes (denominators, sources, data
// date) under it. Column widths follow what the columns hold, and a cell wraps only at spaces:
// no word, number or identifier (NPP, NIK, a code, a date) is split over two lines. A coverage
// table with no denominator in any row (per segment) is printed without its empty denominator and
// percent columns; its note (package-source-loader) says why.

type Column = FrozenTable['columns'][number];

/** One cell as printed (also used by the XLSX writer's text cells). */
export function cellText(column: Column, value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') return column.kind === 'date' ? tanggal(value) : value;
  switch (column.kind) {
    case 'text':
    case 'date':
      return String(value); // a year or a number kept as written ("2023", not "2.023")
    case 'integer':
      return angka(value);
    case 'percent':
      return formatPercent(value); // two decimals, as the coverage page shows the same figure
    case 'rupiah':
      return rupiah(value);
  }
}

const numeric = (c: Column) => c.kind === 'integer' || c.kind === 'percent' || c.kind === 'rupiah';

export interface TableOptions {
  x: number;
  width: number;
  size?: number;
  /** At most this many rows are printed; the rest is said in a line ("… 120 baris lagi di lampiran …"). */
  maxRows?: number;
  moreRowsNote?: (hidden: number) => string;
}

const pad = 3;
/** The smallest font a table is shrunk to, so its longest words and numbers still fit whole. */
const smallestSize = 5.5;

const monthNames = 'Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember';
/** A word, or a date written in words ("31 Desember 2025", "(Desember 2025)."), which is never split either. */
const wordPattern = new RegExp(`\\S*\\d{1,2} (?:${monthNames}) \\d{4}\\S*|\\S*(?:${monthNames}) \\d{4}\\S*|\\S+`, 'g');

/** The words of a cell: it breaks only at spaces (and at a line break written in it); a cell that is one value (a number, an amount, a date) is one word. */
const wordsOf = (text: string, whole = false) => (whole ? (text.trim() ? [text.trim()] : []) : (text.match(wordPattern) ?? []));

/**
 * A cell's lines in `width` at the current font, broken only at spaces: a word, an NPP, a NIK, a
 * code, a number or a date stays whole on its line (PDFKit's own wrapping would also break after
 * "-" and "/", and inside a word too long for the column). Only a word wider than the column
 * itself, when even the smallest font leaves no room, is cut, as the last resort.
 */
export function cellLines(doc: PDFKit.PDFDocument, text: string, width: number, whole = false): string[] {
  const lines: string[] = [];
  for (const paragraph of whole ? [text] : text.split('\n')) {
    let line = '';
    for (const word of wordsOf(paragraph, whole)) {
      const joined = line ? `${line} ${word}` : word;
      if (doc.widthOfString(joined) <= width + 0.01) {
        line = joined;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (doc.widthOfString(line) > width + 0.01 && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && doc.widthOfString(line.slice(0, cut)) > width + 0.01) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}

interface Layout {
  size: number;
  widths: number[];
}

/**
 * Column widths from what the columns hold: each column at least as wide as its longest word (of
 * its header, in bold, and of every cell: no word, number or identifier is ever split), the room
 * left shared by how much more each column's longest line would take. When the longest words
 * together are wider than the page, the table's font is made smaller, down to 5.5 pt, until they fit.
 */
function layoutOf(doc: PDFKit.PDFDocument, columns: Column[], header: string[], texts: string[][], width: number, size: number): Layout {
  const measure = (at: number) => {
    doc.fontSize(at);
    const mins: number[] = [];
    const wants: number[] = [];
    header.forEach((label, i) => {
      doc.font('bold');
      let min = Math.max(18, ...wordsOf(label).map((w) => doc.widthOfString(w)));
      let want = Math.max(min, ...label.split('\n').map((l) => doc.widthOfString(l)));
      doc.font('body');
      for (const row of texts) {
        const cell = row[i] ?? '';
        if (!cell) continue;
        for (const word of wordsOf(cell, columns[i]!.kind !== 'text')) min = Math.max(min, doc.widthOfString(word));
        for (const line of cell.split('\n')) want = Math.max(want, doc.widthOfString(line));
      }
      mins.push(min + 2 * pad);
      wants.push(want + 2 * pad);
    });
    return { mins, wants };
  };
  let at = size;
  let { mins, wants } = measure(at);
  let minSum = mins.reduce((a, b) => a + b, 0);
  while (minSum > width && at > smallestSize) {
    // The text scales with the font, the padding does not.
    const text = minSum - 2 * pad * mins.length;
    const room = width - 2 * pad * mins.length;
    at = Math.max(smallestSize, Math.min(at - 0.25, Math.floor(((at * room) / text) * 4) / 4));
    ({ mins, wants } = measure(at));
    minSum = mins.reduce((a, b) => a + b, 0);
  }
  if (minSum >= width) {
    // The last resort, at the smallest font: the columns keep their longest words whole up to one
    // common width, and only the columns whose longest word is wider than that are cut.
    const sorted = [...mins].sort((x, y) => x - y);
    let cap = width / mins.length;
    let used = 0;
    for (let i = 0; i < sorted.length; i++) {
      const level = (width - used) / (sorted.length - i);
      if (sorted[i]! >= level) {
        cap = level;
        break;
      }
      used += sorted[i]!;
    }
    return { size: at, widths: mins.map((w) => Math.min(w, cap)) };
  }
  const need = wants.reduce((a, b, i) => a + (b - mins[i]!), 0);
  const spare = width - minSum;
  if (need >= spare) return { size: at, widths: mins.map((w, i) => w + (need > 0 ? ((wants[i]! - w) / need) * spare : 0)) };
  const grow = wants.reduce((a, b) => a + b, 0);
  return { size: at, widths: wants.map((w) => w + (w / grow) * (spare - need)) };
}

/** The columns printed: a coverage table of counts alone leaves out the denominator and percent columns empty in every row. */
const printedColumns = (table: FrozenTable): Column[] =>
  countsOnly(table) ? table.columns.filter((c) => !denominatorKeys.includes(c.key) || table.rows.some((r) => cellText(c, r[c.key]) !== '')) : table.columns;

/** A cell as printed in the table: in a coverage table that keeps its denominator columns, a row without one shows "—", not a blank. */
const printedCell = (table: FrozenTable, column: Column, value: string | number | null | undefined): string => {
  const text = cellText(column, value);
  return text === '' && denominatorKeys.includes(column.key) && table.columns.some((c) => c.key === 'denominator') ? '—' : text;
};

export function drawTable(doc: PDFKit.PDFDocument, table: FrozenTable, options: TableOptions): void {
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const columns = printedColumns(table);
  const rows = options.maxRows !== undefined ? table.rows.slice(0, options.maxRows) : table.rows;
  const texts = rows.map((r) => columns.map((c) => printedCell(table, c, r[c.key])));
  const header = columns.map((c) => c.label);
  const { size, widths } = layoutOf(doc, columns, header, texts, options.width, options.size ?? 7.5);

  const linesOf = (cells: string[], font: string, body: boolean) => {
    doc.font(font).fontSize(size);
    return cells.map((c, i) => cellLines(doc, c, widths[i]! - 2 * pad, body && columns[i]!.kind !== 'text'));
  };
  const heightOf = (lines: string[][], font: string) => {
    doc.font(font).fontSize(size);
    return Math.max(1, ...lines.map((l) => l.length)) * doc.currentLineHeight(true) + 2 * pad;
  };
  const drawRow = (cells: string[], font: string, shade: string | null) => {
    const lines = linesOf(cells, font, font === 'body');
    const h = heightOf(lines, font);
    const top = doc.y;
    if (shade) doc.rect(options.x, top, options.width, h).fill(shade);
    doc.fillColor(ink).font(font).fontSize(size);
    const step = doc.currentLineHeight(true);
    let x = options.x;
    lines.forEach((cell, i) => {
      const right = numeric(columns[i]!);
      cell.forEach((line, n) => {
        const left = right ? x + widths[i]! - pad - doc.widthOfString(line) : x + pad;
        doc.text(line, left, top + pad + n * step, { lineBreak: false });
      });
      x += widths[i]!;
    });
    doc.moveTo(options.x, top + h).lineTo(options.x + options.width, top + h).lineWidth(0.4).strokeColor(rule).stroke();
    doc.x = options.x;
    doc.y = top + h;
  };
  const rowHeight = (cells: string[], font: string) => heightOf(linesOf(cells, font, font === 'body'), font);

  if (doc.y + rowHeight(header, 'bold') + 20 > bottom()) doc.addPage();
  doc.moveTo(options.x, doc.y).lineTo(options.x + options.width, doc.y).lineWidth(0.6).strokeColor(rule).stroke();
  drawRow(header, 'bold', fill);
  if (!texts.length) drawRow(header.map((_, i) => (i === 0 ? '(tidak ada baris)' : '')), 'body', null);
  for (const cells of texts) {
    if (doc.y + rowHeight(cells, 'body') > bottom()) {
      doc.addPage();
      drawRow(header, 'bold', fill); // the header again on each page the table runs onto
    }
    drawRow(cells, 'body', null);
  }
  const hidden = table.rows.length - rows.length;
  const notes = [...(hidden > 0 && options.moreRowsNote ? [options.moreRowsNote(hidden)] : []), ...table.notes];
  if (notes.length) {
    doc.moveDown(0.3);
    doc.font('body').fontSize(Math.min(size, options.size ?? 7.5) - 0.5).fillColor(muted);
    for (const note of notes) doc.text(note, options.x, doc.y, { width: options.width });
    doc.fillColor(ink);
  }
  doc.x = options.x;
}
