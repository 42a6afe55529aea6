import PDFDocument from 'pdfkit';
import { reportFonts } from '../workers/person-report/report-font.ts';

// The demo office's regulation documents: a short PDF per instrument that says plainly it is a
// sample, with the instrument's title and a few pages of text, so the documents store, its
// search and the award package have real PDFs with a text layer to work on.

export interface DemoDocumentText {
  title: string;
  subtitle: string;
  paragraphs: string[];
}

const sampleNote = 'CONTOH — bukan salinan resmi. Dokumen ini dibuat oleh aplikasi Lindung untuk data contoh.';

/** A few A4 pages of the instrument's text; `pages` pages in all. */
export function demoDocumentPdf(text: DemoDocumentText, pages: number): Promise<Buffer> {
  const fonts = reportFonts();
  // Fixed dates: the demo's bytes are the same on every run (one stored document per instrument).
  const fixed = new Date('2025-01-01T00:00:00Z');
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: text.title, Creator: 'Lindung (contoh)', CreationDate: fixed, ModDate: fixed }, lang: 'id-ID' });
  doc.registerFont('body', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (let page = 1; page <= pages; page++) {
    if (page > 1) doc.addPage();
    doc.font('body').fontSize(8).fillColor('#a33').text(sampleNote, { align: 'center' }).fillColor('black').moveDown(1);
    if (page === 1) {
      doc.font('bold').fontSize(14).text(text.title, { align: 'center' }).moveDown(0.4);
      doc.font('body').fontSize(11).text(text.subtitle, { align: 'center' }).moveDown(1.5);
    } else {
      doc.font('bold').fontSize(11).text(`Pasal ${page}`).moveDown(0.5);
    }
    for (const p of text.paragraphs) doc.font('body').fontSize(10.5).text(p, { align: 'justify' }).moveDown(0.6);
    doc.font('body').fontSize(8).text(`Halaman ${page} dari ${pages}`, 56, doc.page.height - 70, { align: 'center', width: doc.page.width - 112 });
  }
  doc.end();
  return done;
}
