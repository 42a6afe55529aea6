import { once } from 'node:events';
import PDFDocument from 'pdfkit';
import { outgoingWriteStream } from '../../files/sealed-file.ts';
import { msg, render } from '../../messages.ts';
import { reportFonts } from './report-font.ts';
import type { PersonReport, ReportTable } from './report-data.ts';

// The person's data report as a PDF: A4, the office's name on top, the tables with their header
// row repeated on each page, "Halaman x dari y" at the foot. DejaVu Sans is embedded (subset),
// so any name prints (ñ, é, Ł, Arabic-script Latin transliterations). Written through the
// outgoing stream (sealed while encryption is on); pages are kept until the end only for their
// count, one person's report being a few pages.

const margin = 40;
const bodySize = 8;
const cellPadding = 3;
const headerFill = '#E7F0FA';
const lineColour = '#B8C4D0';

/** A table as the PDF draws it: a column's cells left-aligned unless `align` says right (numbers, so their digits line up). */
export type PdfTable = ReportTable & { align?: readonly ('left' | 'right')[] };

export async function writeReportPdf(path: string, report: Omit<PersonReport, 'tables'> & { tables: PdfTable[] }): Promise<void> {
  const fonts = reportFonts();
  const doc = new PDFDocument({ size: 'A4', layout: report.landscape ? 'landscape' : 'portrait', margin, bufferPages: true, info: { Title: `${report.title} — ${report.personName}`, Author: report.office, Creator: 'Lindung' }, lang: 'id-ID' });
  const out = outgoingWriteStream(path);
  doc.pipe(out);
  doc.registerFont('body', fonts.regular);
  doc.registerFont('bold', fonts.bold);

  doc.font('bold').fontSize(13).text(report.office, { align: 'left' });
  doc.moveDown(0.2);
  doc.font('bold').fontSize(16).text(report.title);
  doc.moveDown(0.2);
  report.subtitle.forEach((line, i) => doc.font(i === 0 ? 'bold' : 'body').fontSize(i === 0 ? 11 : 8.5).fillColor(i === 2 ? '#555555' : 'black').text(line));
  doc.fillColor('black');
  for (const table of report.tables) drawTable(doc, table);

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Below the bottom margin: lift it while the footer is written, else pdfkit starts a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - margin + 12;
    doc.font('body').fontSize(7.5).fillColor('#555555');
    doc.text(`${report.title} — ${report.personName}`, margin, y, { width: doc.page.width - 2 * margin, align: 'left', lineBreak: false });
    doc.text(render(msg('personReport.page', { page: i + 1, pages: range.count })), margin, y, { width: doc.page.width - 2 * margin, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  await once(out, 'finish');
}

/**
 * The columns' widths in points: the table's shares of the page, each widened to its longest
 * word (header and cells, split at plain spaces only, so a code, a date or a no-break-spaced
 * date is one word) and the others narrowed to pay for it, so pdfkit never cuts a word in two.
 * Only when the words alone are wider than the page are they cut, as before.
 */
export function fittedWidths(words: number[], shares: number[], width: number): number[] {
  const total = shares.reduce((a, b) => a + b, 0);
  const need = words.reduce((a, b) => a + b, 0);
  if (need >= width) return shares.map((s) => (s / total) * width);
  let widths = shares.map((s) => (s / total) * width);
  // Raise the columns below their longest word; share what is left among the others by their shares.
  for (let round = 0; round < shares.length; round++) {
    const fixed = widths.map((w, i) => w <= words[i]!);
    const left = width - words.reduce((a, w, i) => a + (fixed[i] ? w : 0), 0);
    const freeShares = shares.reduce((a, s, i) => a + (fixed[i] ? 0 : s), 0);
    const next = shares.map((s, i) => (fixed[i] ? words[i]! : (s / freeShares) * left));
    if (next.every((w, i) => Math.abs(w - widths[i]!) < 0.01)) break;
    widths = next;
  }
  return widths;
}

function drawTable(doc: PDFKit.PDFDocument, table: PdfTable): void {
  const width = doc.page.width - 2 * margin;
  const size = table.dense ? bodySize - 1 : bodySize;
  const longestWord = (column: number) => {
    const cells = [{ font: 'bold', text: table.header[column] ?? '' }, ...table.rows.map((r) => ({ font: 'body', text: r[column] ?? '' }))];
    return Math.max(...cells.flatMap(({ font, text }) => text.split(/[ \t\n]+/).map((w) => doc.font(font).fontSize(size).widthOfString(w)))) + 2 * cellPadding + 1;
  };
  const widths = fittedWidths(
    table.widths.map((_, i) => longestWord(i)),
    table.widths,
    width,
  );
  const bottom = () => doc.page.height - margin - 14;

  const heightOf = (cells: string[], font: 'body' | 'bold') => {
    doc.font(font).fontSize(size);
    return Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: widths[i]! - 2 * cellPadding }))) + 2 * cellPadding;
  };

  doc.moveDown(0.8);
  // The title stays with its header and first row: a title alone at the foot of a page reads as
  // a table with nothing in it.
  const firstRow = table.rows[0] ?? table.header;
  doc.font('bold').fontSize(11);
  const titleHeight = doc.heightOfString(table.title, { width }) + doc.currentLineHeight() * 0.3;
  if (doc.y + titleHeight + heightOf(table.header, 'bold') + heightOf(firstRow, 'body') > bottom()) doc.addPage();
  doc.font('bold').fontSize(11).fillColor('black').text(table.title, margin, doc.y);
  doc.moveDown(0.3);
  const drawRow = (cells: string[], font: 'body' | 'bold', fill: string | null) => {
    const h = heightOf(cells, font);
    const top = doc.y;
    let x = margin;
    if (fill) doc.rect(margin, top, width, h).fill(fill);
    doc.fillColor('black').font(font).fontSize(size);
    cells.forEach((c, i) => {
      // pdfkit aligns each line it wraps within the width, so a wrapped right cell stays flush right too.
      doc.text(c, x + cellPadding, top + cellPadding, { width: widths[i]! - 2 * cellPadding, align: table.align?.[i] ?? 'left' });
      x += widths[i]!;
    });
    doc.moveTo(margin, top + h).lineTo(margin + width, top + h).lineWidth(0.5).strokeColor(lineColour).stroke();
    doc.x = margin;
    doc.y = top + h;
  };

  drawRow(table.header, 'bold', headerFill);
  if (!table.rows.length) {
    drawRow(table.header.map((_, i) => (i === 0 ? render(msg('personReport.none')) : '')), 'body', null);
    return;
  }
  for (const row of table.rows) {
    if (doc.y + heightOf(row, 'body') > bottom()) {
      doc.addPage();
      drawRow(table.header, 'bold', headerFill); // the header again on each page
    }
    drawRow(row, 'body', null);
  }
}
