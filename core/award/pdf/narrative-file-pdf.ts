import type { PackageItem, PackageSource } from '../package/package-source.ts';
import { drawNarrative } from './narrative-pdf.ts';
import { footers, ink, letterhead, muted, newPdf, pdfBytes } from './pdf-base.ts';
import { kindWords, stateWords } from './words.ts';

// naratif/<…>.pdf: one narrative as a document of its own (under the letterhead), for a jury
// member who prints just that text.

export async function writeNarrativePdf(source: PackageSource, item: PackageItem, where: { aspect: string; indicator: string }): Promise<Buffer> {
  const doc = newPdf({ title: item.title, author: source.office.name, subject: `${source.cycle.edition}: ${where.indicator}`, at: source.approval.approvedAt });
  const m = doc.page.margins.left;
  const width = doc.page.width - 2 * m;
  letterhead(doc, source.office, true);
  doc.font('body').fontSize(8.5).fillColor(muted).text(`${source.cycle.edition} · ${where.aspect} · ${where.indicator}`, m, doc.y, { width });
  doc.moveDown(0.4);
  doc.font('bold').fontSize(15).fillColor(ink).text(item.title, { width });
  doc.font('body').fontSize(8.5).fillColor(muted).text(`${kindWords[item.kind]} · Penanggung jawab: ${item.owner || '—'} · Status: ${stateWords[item.state]}`, { width });
  doc.fillColor(ink);
  if (item.summary) {
    doc.moveDown(0.5);
    doc.font('body').fontSize(9.5).text(item.summary, { width, oblique: 10 });
  }
  doc.moveDown(0.6);
  if (item.narrative) drawNarrative(doc, item.narrative, m, width);
  footers(doc, `${source.cycle.edition} — ${item.title}`);
  return pdfBytes(doc);
}
