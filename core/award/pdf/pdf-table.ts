import { formatPercent } from '../../api/percent.ts';
import type { FrozenTable } from '../package/package-source.ts';
import { fill, ink, muted, rule } from './pdf-base.ts';
import { angka, rupiah, tanggal } from './words.ts';

// A frozen table laid out in the PDF: the header row shaded and repeated on every page the table
// runs onto, numbers right-aligned in Indonesian format, its notes (denominators, sources, data
// date) under it. Column widths follow what the columns hold.

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

export function drawTable(doc: PDFKit.PDFDocument, table: FrozenTable, options: TableOptions): void {
  const size = options.size ?? 7.5;
  const pad = 3;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const rows = options.maxRows !== undefined ? table.rows.slice(0, options.maxRows) : table.rows;
  const texts = rows.map((r) => table.columns.map((c) => cellText(c, r[c.key])));

  // Widths: a column never narrower than its longest header word, nor than its values when they
  // are short (a number, a hash prefix); the room left goes to the columns that can wrap.
  doc.fontSize(size);
  const mins: number[] = [];
  const wants: number[] = [];
  table.columns.forEach((c, i) => {
    doc.font('bold');
    const head = Math.max(...c.label.split(/\s+/).map((w) => doc.widthOfString(w)), 18) + 2 * pad;
    doc.font('body');
    const body = Math.max(0, ...texts.slice(0, 200).map((t) => doc.widthOfString(t[i] ?? ''))) + 2 * pad;
    mins.push(Math.max(head, body <= 100 ? body : 60));
    wants.push(Math.max(head, body));
  });
  const minSum = mins.reduce((a, b) => a + b, 0);
  const slack = wants.reduce((a, b, i) => a + (b - mins[i]!), 0);
  let widths: number[];
  if (minSum >= options.width) widths = mins.map((w) => (w / minSum) * options.width);
  else if (slack > options.width - minSum) widths = mins.map((w, i) => w + ((wants[i]! - w) / slack) * (options.width - minSum));
  else {
    const spare = options.width - minSum - slack;
    const grow = wants.reduce((a, b) => a + b, 0);
    widths = wants.map((w) => w + (w / grow) * spare);
  }

  const heightOf = (cells: string[], font: string) => {
    doc.font(font).fontSize(size);
    return Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: widths[i]! - 2 * pad }))) + 2 * pad;
  };
  const drawRow = (cells: string[], font: string, shade: string | null) => {
    const h = heightOf(cells, font);
    const top = doc.y;
    if (shade) doc.rect(options.x, top, options.width, h).fill(shade);
    let x = options.x;
    doc.fillColor(ink).font(font).fontSize(size);
    cells.forEach((c, i) => {
      doc.text(c, x + pad, top + pad, { width: widths[i]! - 2 * pad, align: numeric(table.columns[i]!) ? 'right' : 'left' });
      x += widths[i]!;
    });
    doc.moveTo(options.x, top + h).lineTo(options.x + options.width, top + h).lineWidth(0.4).strokeColor(rule).stroke();
    doc.x = options.x;
    doc.y = top + h;
  };
  const header = table.columns.map((c) => c.label);

  if (doc.y + heightOf(header, 'bold') + 20 > bottom()) doc.addPage();
  doc.moveTo(options.x, doc.y).lineTo(options.x + options.width, doc.y).lineWidth(0.6).strokeColor(rule).stroke();
  drawRow(header, 'bold', fill);
  if (!texts.length) drawRow(header.map((_, i) => (i === 0 ? '(tidak ada baris)' : '')), 'body', null);
  for (const cells of texts) {
    if (doc.y + heightOf(cells, 'body') > bottom()) {
      doc.addPage();
      drawRow(header, 'bold', fill); // the header again on each page the table runs onto
    }
    drawRow(cells, 'body', null);
  }
  const hidden = table.rows.length - rows.length;
  const notes = [...(hidden > 0 && options.moreRowsNote ? [options.moreRowsNote(hidden)] : []), ...table.notes];
  if (notes.length) {
    doc.moveDown(0.3);
    doc.font('body').fontSize(size - 0.5).fillColor(muted);
    for (const note of notes) doc.text(note, options.x, doc.y, { width: options.width });
    doc.fillColor(ink);
  }
  doc.x = options.x;
}
