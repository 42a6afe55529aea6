import PDFDocument from 'pdfkit';
import { reportFonts } from '../../workers/person-report/report-font.ts';

// What every award PDF shares: A4, DejaVu Sans embedded (subset; regular and bold, italic drawn
// oblique) so Indonesian names and any accent print, and fixed metadata: CreationDate and
// ModDate are the approval's time, and pdfkit derives the file ID from them, so the same source
// gives the same bytes. Pages are buffered for the "Halaman x dari y" footer.

export const margin = 50;
export const ink = '#1a1a1a';
export const muted = '#555555';
export const rule = '#9aa7b4';
export const accent = '#0b4f8a';
export const fill = '#e7f0fa';

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  /** ISO timestamp written as both creation and modification date. */
  at: string;
}

export function newPdf(meta: PdfMeta, options: { margin?: number; layout?: 'portrait' | 'landscape' } = {}): PDFKit.PDFDocument {
  const fonts = reportFonts();
  const date = new Date(meta.at);
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.layout ?? 'portrait',
    margin: options.margin ?? margin,
    bufferPages: true,
    autoFirstPage: true,
    lang: 'id-ID',
    displayTitle: true,
    info: { Title: meta.title, Author: meta.author, Subject: meta.subject, Creator: 'Lindung', Producer: 'Lindung (PDFKit)', CreationDate: date, ModDate: date },
  });
  doc.registerFont('body', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  doc.font('body').fillColor(ink);
  return doc;
}

/** Ends the document and returns its bytes (the award PDFs are small: an index is tens of pages). */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** "Halaman x dari y" at the foot of every page, with a label at the left. */
export function footers(doc: PDFKit.PDFDocument, left: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Below the bottom margin: lift it while the footer is written, else pdfkit starts a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const m = doc.page.margins.left;
    const width = doc.page.width - 2 * m;
    const y = doc.page.height - bottom + 18;
    doc.moveTo(m, y - 5).lineTo(m + width, y - 5).lineWidth(0.5).strokeColor(rule).stroke();
    doc.font('body').fillColor(muted);
    // A long label (an edition and an office's full name) is set a little smaller before it is cut (walk 38: "Dinas Tenaga Kerja Kabupaten…").
    let size = 7.5;
    while (size > 6 && doc.fontSize(size).widthOfString(left) > width - 90) size -= 0.25;
    doc.fontSize(size);
    doc.text(left, m, y, { width: width - 90, align: 'left', lineBreak: false, ellipsis: true, height: 10 });
    doc.fontSize(7.5);
    doc.text(`Halaman ${i + 1} dari ${range.count}`, m, y, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.fillColor(ink);
}

/** Whether bytes are an image pdfkit can embed (PNG or JPEG), by their signature, not their name. */
export function embeddableImage(bytes: Uint8Array | null | undefined): bytes is Uint8Array {
  if (!bytes || bytes.length < 8) return false;
  const png = Buffer.from(bytes.buffer, bytes.byteOffset, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  return png || jpeg;
}

/** The letterhead (kop surat): logo at the left, the office's name and address, a double rule. Returns the y below it. */
export function letterhead(doc: PDFKit.PDFDocument, office: { name: string; address: string; phone: string; email: string; areaName: string; logo: { bytes: Uint8Array } | null }, compact = false): number {
  const m = doc.page.margins.left;
  const width = doc.page.width - 2 * m;
  const top = doc.page.margins.top;
  const logoSize = compact ? 40 : 62;
  let textX = m;
  if (office.logo && embeddableImage(office.logo.bytes)) {
    try {
      doc.image(Buffer.from(office.logo.bytes.buffer, office.logo.bytes.byteOffset, office.logo.bytes.byteLength), m, top, { fit: [logoSize, logoSize], align: 'center', valign: 'center' });
      textX = m + logoSize + 12;
    } catch {
      // An image pdfkit cannot read (a damaged PNG) leaves the letterhead without a logo, not the package unbuilt.
    }
  }
  const textWidth = m + width - textX;
  const contacts = [office.phone && `Telepon ${office.phone}`, office.email && `Surel ${office.email}`].filter(Boolean).join(' · ');
  doc.fillColor(ink).font('bold').fontSize(compact ? 11 : 14).text(office.name.toUpperCase(), textX, top + (compact ? 0 : 4), { width: textWidth, align: compact ? 'left' : 'center' });
  if (office.areaName) doc.font('bold').fontSize(compact ? 8.5 : 10.5).text(office.areaName, { width: textWidth, align: compact ? 'left' : 'center' });
  if (office.address) doc.font('body').fontSize(compact ? 7.5 : 9).text(office.address, { width: textWidth, align: compact ? 'left' : 'center' });
  if (contacts) doc.font('body').fontSize(compact ? 7.5 : 8.5).text(contacts, { width: textWidth, align: compact ? 'left' : 'center' });
  const y = Math.max(doc.y, top + logoSize) + 6;
  doc.moveTo(m, y).lineTo(m + width, y).lineWidth(2).strokeColor(ink).stroke();
  doc.moveTo(m, y + 3).lineTo(m + width, y + 3).lineWidth(0.6).stroke();
  doc.x = m;
  doc.y = y + 12;
  return doc.y;
}
