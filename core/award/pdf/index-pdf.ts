import type { FrozenTable, PackageItem, PackageSource } from '../package/package-source.ts';
import { indicatorCode, type PackageLayout } from '../package/package-layout.ts';
import { drawNarrative } from './narrative-pdf.ts';
import { accent, fill, footers, ink, letterhead, muted, newPdf, pdfBytes, rule } from './pdf-base.ts';
import { drawTable } from './pdf-table.ts';
import { angka, categoryWords, kindWords, levelWords, stateWords, tanggal, tanggalDi, tanggalJam, ukuran } from './words.ts';

// 00-indeks.pdf: the package's index in Bahasa Indonesia. A title page under the office's
// letterhead (edition, level, category, period, who approved and when, the frozen month), a
// table of contents by aspect with page numbers (and links), then aspect → indicator → item with
// each item's summary, table, narrative and documents (name, pages, size, SHA-256 prefix and
// where it sits in the ZIP). The contents pages are reserved before the body is laid out (their
// number follows from the count of lines) and filled once every page number is known.

const tocLine = 14;
const tocHeading = 46;

interface TocEntry {
  level: 0 | 1 | 2;
  label: string;
  destination: string;
  page: number;
}

/** The text cut to fit `width` at the current font, with "…". */
function fit(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

const currentPage = (doc: PDFKit.PDFDocument) => doc.bufferedPageRange().count;

/**
 * The frozen month as a jury reads it: "Bulan Desember 2025 (dihitung per 31 Desember 2025),
 * dibekukan 3 Januari 2026 pukul 10.15 WITA oleh Ni Kadek". Never the snapshot's uid: it is in
 * manifest.json, for the machine that checks the package.
 */
export function frozenWords(a: PackageSource['approval'], zone: PackageSource['office']['timeZone']): string {
  const month = `Bulan ${tanggal(a.snapshotMonth)} (dihitung per ${tanggal(a.snapshotAt)})`;
  if (!a.snapshotFrozenAt) return month;
  return `${month}, dibekukan ${tanggalJam(a.snapshotFrozenAt, zone)}${a.snapshotFrozenBy ? ` oleh ${a.snapshotFrozenBy}` : ''}`;
}

function titlePage(doc: PDFKit.PDFDocument, source: PackageSource, counts: { aspects: number; indicators: number; items: number; documents: number; annexes: number }): void {
  const m = doc.page.margins.left;
  const width = doc.page.width - 2 * m;
  letterhead(doc, source.office);
  doc.moveDown(3);
  doc.font('bold').fontSize(11).fillColor(muted).text('BERKAS BUKTI PENILAIAN', m, doc.y, { width, align: 'center', characterSpacing: 1.5 });
  doc.moveDown(0.4);
  doc.font('bold').fontSize(24).fillColor(accent).text('PARITRANA AWARD', { width, align: 'center' });
  doc.moveDown(0.3);
  doc.font('bold').fontSize(15).fillColor(ink).text(source.cycle.edition, { width, align: 'center' });
  doc.moveDown(0.3);
  doc.font('body').fontSize(10.5).text(`Tingkat ${levelWords[source.cycle.level]} · Kategori ${categoryWords[source.cycle.category]}`, { width, align: 'center' });
  doc.moveDown(2.2);

  const c = source.cycle;
  const a = source.approval;
  const facts: [string, string][] = [
    ['Peserta', `${source.office.name}${source.office.areaName ? `, ${source.office.areaName}` : ''}`],
    ['Periode penilaian', `${tanggal(c.periodStart)} s.d. ${tanggal(c.periodEnd)}`],
    ['Batas pengajuan', tanggal(c.submissionDeadline)],
    ['Jadwal wawancara', tanggal(c.interviewDate)],
    ['Disetujui oleh', `${a.approverName}${a.approverNip ? `, NIP ${a.approverNip}` : ''}`],
    ['Tanggal persetujuan', tanggalJam(a.approvedAt, source.office.timeZone)],
    ['Data beku', frozenWords(a, source.office.timeZone)],
    ['Isi paket', `${counts.aspects} aspek, ${counts.indicators} indikator, ${counts.items} bukti, ${counts.documents} dokumen, ${counts.annexes} lampiran XLSX`],
  ];
  const labelWidth = 130;
  const boxX = m + 20;
  const boxWidth = width - 40;
  doc.moveTo(boxX, doc.y).lineTo(boxX + boxWidth, doc.y).lineWidth(0.6).strokeColor(rule).stroke();
  for (const [label, value] of facts) {
    const top = doc.y + 5;
    doc.font('bold').fontSize(9.5).fillColor(ink).text(label, boxX + 4, top, { width: labelWidth - 8 });
    const after = doc.y;
    doc.font('body').fontSize(9.5).text(value, boxX + labelWidth, top, { width: boxWidth - labelWidth - 4 });
    doc.y = Math.max(after, doc.y) + 5;
    doc.moveTo(boxX, doc.y).lineTo(boxX + boxWidth, doc.y).lineWidth(0.4).strokeColor(rule).stroke();
  }

  // The approval, as the head signs a letter: at the right, name underlined, NIP below.
  doc.moveDown(2.5);
  const signX = m + width - 280;
  doc.font('body').fontSize(10).fillColor(ink).text(`Disetujui pada ${tanggalDi(a.approvedAt, source.office.timeZone)}`, signX, doc.y, { width: 280, align: 'center' });
  doc.text(`Kepala ${source.office.name}`, { width: 280, align: 'center' });
  doc.moveDown(2.2);
  doc.font('bold').text(a.approverName, { width: 280, align: 'center', underline: true });
  if (a.approverNip) doc.font('body').text(`NIP ${a.approverNip}`, { width: 280, align: 'center' });

  doc.font('body').fontSize(8).fillColor(muted);
  const noteY = doc.page.height - doc.page.margins.bottom - 36;
  doc.text(
    'Keaslian paket dapat diperiksa: setiap berkas di dalamnya tercatat dengan sidik SHA-256, ukuran dan asalnya di manifest.json. ' +
      'Jalankan "lindung verify <paket.zip>" atau tombol Periksa paket di aplikasi Lindung.',
    m,
    noteY,
    { width, align: 'center' },
  );
  doc.fillColor(ink);
}

function tocEntriesOf(source: PackageSource, hasAnnexes: boolean): Omit<TocEntry, 'page'>[] {
  const out: Omit<TocEntry, 'page'>[] = [];
  source.aspects.forEach((aspect, ai) => {
    out.push({ level: 0, label: `Aspek ${aspect.code}. ${aspect.title}`, destination: `aspek-${ai}` });
    aspect.indicators.forEach((indicator, ii) => {
      out.push({ level: 1, label: `${indicatorCode(aspect.code, indicator.code)} ${indicator.title}`, destination: `indikator-${ai}-${ii}` });
      indicator.items.forEach((item, ti) => out.push({ level: 2, label: `${item.title} (${kindWords[item.kind]})`, destination: `bukti-${ai}-${ii}-${ti}` }));
    });
  });
  if (hasAnnexes) out.push({ level: 0, label: 'Lampiran XLSX', destination: 'lampiran' });
  return out;
}

function tocPagesFor(doc: PDFKit.PDFDocument, lines: number): number {
  const usable = doc.page.height - doc.page.margins.top - doc.page.margins.bottom;
  const first = Math.floor((usable - tocHeading) / tocLine);
  const other = Math.floor(usable / tocLine);
  return lines <= first ? 1 : 1 + Math.ceil((lines - first) / other);
}

function drawToc(doc: PDFKit.PDFDocument, entries: TocEntry[], firstPage: number): void {
  const m = doc.page.margins.left;
  const width = doc.page.width - 2 * m;
  let page = firstPage;
  doc.switchToPage(page);
  let y = doc.page.margins.top;
  doc.font('bold').fontSize(15).fillColor(ink).text('DAFTAR ISI', m, y, { width, align: 'center' });
  y += tocHeading;
  const bottom = doc.page.height - doc.page.margins.bottom;
  for (const entry of entries) {
    if (y + tocLine > bottom) {
      page += 1;
      doc.switchToPage(page);
      y = doc.page.margins.top;
    }
    const indent = entry.level * 16;
    const font = entry.level === 0 ? 'bold' : 'body';
    const size = entry.level === 2 ? 8.5 : entry.level === 1 ? 9 : 10;
    doc.font(font).fontSize(size).fillColor(entry.level === 2 ? muted : ink);
    const number = String(entry.page);
    const numberWidth = 30;
    const label = fit(doc, entry.label, width - indent - numberWidth - 12);
    const labelWidth = doc.widthOfString(label);
    doc.text(label, m + indent, y, { lineBreak: false });
    // Dotted leader from the label to the page number.
    const leaderStart = m + indent + labelWidth + 4;
    const leaderEnd = m + width - numberWidth;
    if (leaderEnd > leaderStart) doc.moveTo(leaderStart, y + size - 1).lineTo(leaderEnd, y + size - 1).dash(0.6, { space: 2.4 }).lineWidth(0.6).strokeColor(muted).stroke().undash();
    doc.text(number, m + width - numberWidth, y, { width: numberWidth, align: 'right', lineBreak: false });
    doc.goTo(m + indent, y - 1, width - indent, tocLine, entry.destination);
    y += tocLine;
  }
  doc.fillColor(ink);
}

/** Moves to a new page when less than `need` points are left. */
function keepRoom(doc: PDFKit.PDFDocument, need: number): void {
  if (doc.y + need > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function documentsTable(item: PackageItem, paths: string[]): FrozenTable {
  return {
    title: 'Dokumen',
    notes: [],
    columns: [
      { key: 'name', label: 'Nama berkas', kind: 'text' },
      { key: 'pages', label: 'Hal.', kind: 'integer' },
      { key: 'size', label: 'Ukuran', kind: 'text' },
      { key: 'sha', label: 'SHA-256 (awal)', kind: 'text' },
      { key: 'path', label: 'Letak di paket', kind: 'text' },
    ],
    rows: item.documents.map((d, i) => ({ name: d.name, pages: d.pages, size: ukuran(d.size), sha: d.sha256.slice(0, 16), path: paths[i] ?? '' })),
  };
}

function drawItem(doc: PDFKit.PDFDocument, item: PackageItem, number: string, at: { table: string | null; narrative: string | null; documents: string[] } | undefined, destination: string): void {
  const m = doc.page.margins.left;
  const width = doc.page.width - 2 * m;
  const x = m + 12;
  const inner = width - 12;
  keepRoom(doc, 90);
  doc.moveDown(0.6);
  const top = doc.y;
  doc.addNamedDestination(destination, 'XYZ', m, top, null);
  doc.rect(m, top, 3, 13).fill(accent);
  doc.font('bold').fontSize(10.5).fillColor(ink).text(`${number}  ${item.title}`, x, top, { width: inner });
  doc.font('body').fontSize(8.5).fillColor(muted).text(`Jenis: ${kindWords[item.kind]}   ·   Penanggung jawab: ${item.owner || '—'}   ·   Status: ${stateWords[item.state]}`, x, doc.y + 1, { width: inner });
  if (item.targetLabel) doc.text(`Menunjuk: ${item.targetLabel}`, { width: inner });
  doc.fillColor(ink);
  if (item.summary) {
    doc.moveDown(0.3);
    doc.font('body').fontSize(9.5).text(item.summary, x, doc.y, { width: inner, lineGap: 1.5 });
  }
  if (item.table) {
    doc.moveDown(0.5);
    keepRoom(doc, 60);
    doc.font('bold').fontSize(9).text(item.table.title, x, doc.y, { width: inner });
    doc.moveDown(0.2);
    drawTable(doc, item.table, { x, width: inner });
    if (at?.table) doc.font('body').fontSize(8).fillColor(muted).text(`Tabel ini juga sebagai lampiran: ${at.table}`, x, doc.y + 3, { width: inner }).fillColor(ink);
  }
  if (item.narrative) {
    doc.moveDown(0.5);
    const left = x + 4;
    drawNarrative(doc, item.narrative, left, inner - 8);
    if (at?.narrative) doc.font('body').fontSize(8).fillColor(muted).text(`Naratif ini juga sebagai PDF tersendiri: ${at.narrative}`, x, doc.y + 2, { width: inner }).fillColor(ink);
  }
  if (item.documents.length) {
    doc.moveDown(0.5);
    keepRoom(doc, 50);
    drawTable(doc, documentsTable(item, at?.documents ?? []), { x, width: inner, size: 7 });
  }
  if (!item.summary && !item.table && !item.narrative && !item.documents.length) {
    doc.moveDown(0.3);
    doc.font('body').fontSize(9).fillColor(muted).text('(Bukti ini belum berisi.)', x, doc.y, { width: inner }).fillColor(ink);
  }
}

export async function writeIndexPdf(source: PackageSource, layout: PackageLayout): Promise<Buffer> {
  const doc = newPdf({ title: `Indeks berkas bukti — ${source.cycle.edition}`, author: source.office.name, subject: 'Paritrana Award: berkas bukti', at: source.approval.approvedAt });
  const m = doc.page.margins.left;
  const width = doc.page.width - 2 * m;
  const indicators = source.aspects.flatMap((a) => a.indicators);
  const items = indicators.flatMap((i) => i.items);
  titlePage(doc, source, { aspects: source.aspects.length, indicators: indicators.length, items: items.length, documents: items.reduce((n, i) => n + i.documents.length, 0), annexes: layout.entries.filter((e) => e.kind === 'annex' || e.kind === 'table').length });


  const annexEntries = layout.entries.filter((e) => e.kind === 'annex' || e.kind === 'table');
  const toc = tocEntriesOf(source, annexEntries.length > 0);
  const tocFirst = currentPage(doc); // 0-based index of the page after the title page
  const tocPages = tocPagesFor(doc, toc.length);
  for (let i = 0; i < tocPages; i++) doc.addPage();
  const pages: number[] = [];

  source.aspects.forEach((aspect, ai) => {
    doc.addPage();
    pages.push(currentPage(doc));
    doc.addNamedDestination(`aspek-${ai}`, 'XYZ', m, doc.page.margins.top, null);
    doc.outline.addItem(`Aspek ${aspect.code}. ${aspect.title}`);
    const top = doc.y;
    const band = 30 + doc.font('bold').fontSize(15).heightOfString(aspect.title, { width: width - 20 });
    doc.rect(m, top, width, band).fill(fill);
    doc.font('bold').fontSize(9).fillColor(accent).text(`ASPEK ${aspect.code}`, m + 10, top + 8, { width: width - 20, characterSpacing: 1 });
    doc.font('bold').fontSize(15).fillColor(ink).text(aspect.title, m + 10, doc.y + 1, { width: width - 20 });
    doc.y = top + band + 6;
    if (aspect.weight !== null) doc.font('body').fontSize(9).fillColor(muted).text(`Bobot aspek: ${angka(aspect.weight)}`, m, doc.y, { width }).fillColor(ink);
    if (aspect.description) doc.font('body').fontSize(9.5).text(aspect.description, m, doc.y + 2, { width, lineGap: 1.5 });

    aspect.indicators.forEach((indicator, ii) => {
      keepRoom(doc, 110);
      doc.moveDown(1);
      pages.push(currentPage(doc));
      doc.addNamedDestination(`indikator-${ai}-${ii}`, 'XYZ', m, doc.y, null);
      doc.font('bold').fontSize(11.5).fillColor(ink).text(`${indicatorCode(aspect.code, indicator.code)}  ${indicator.title}`, m, doc.y, { width });
      doc.moveTo(m, doc.y + 2).lineTo(m + width, doc.y + 2).lineWidth(0.6).strokeColor(rule).stroke();
      doc.y += 5;
      const scoring = [
        indicator.weight !== null ? `Bobot: ${angka(indicator.weight)}` : null,
        indicator.maxScore !== null ? `Skor maksimum: ${angka(indicator.maxScore)}` : null,
        `Skor penilaian awal: ${indicator.selfScore === null ? 'belum diisi' : angka(indicator.selfScore)}`,
      ].filter(Boolean);
      doc.font('body').fontSize(8.5).fillColor(muted).text(scoring.join('   ·   '), m, doc.y, { width });
      if (indicator.evidenceAsked) doc.text(`Bukti yang diminta: ${indicator.evidenceAsked}`, { width, oblique: 10 });
      if (indicator.selfNote) doc.text(`Catatan penilaian awal: ${indicator.selfNote}`, { width });
      doc.fillColor(ink);
      if (!indicator.items.length) doc.font('body').fontSize(9).fillColor(muted).text('Belum ada bukti untuk indikator ini.', m, doc.y + 6, { width }).fillColor(ink);
      indicator.items.forEach((item, ti) => {
        keepRoom(doc, 100); // drawItem's own keepRoom(90) then stays on this page: the contents' number is right
        pages.push(currentPage(doc));
        drawItem(doc, item, `${indicatorCode(aspect.code, indicator.code)}.${ti + 1}`, layout.byItem.get(item.uid), `bukti-${ai}-${ii}-${ti}`);
      });
    });
  });

  if (annexEntries.length) {
    doc.addPage();
    pages.push(currentPage(doc));
    doc.addNamedDestination('lampiran', 'XYZ', m, doc.page.margins.top, null);
    doc.outline.addItem('Lampiran XLSX');
    doc.font('bold').fontSize(15).fillColor(ink).text('Lampiran XLSX', m, doc.y, { width });
    doc.moveDown(0.5);
    doc.font('body').fontSize(9.5).text('Tabel-tabel berikut ada di folder lampiran/ sebagai berkas XLSX, masing-masing dengan judul, catatan penyebut dan sumber datanya.', { width });
    doc.moveDown(0.5);
    drawTable(
      doc,
      {
        title: 'Lampiran',
        notes: [],
        columns: [
          { key: 'path', label: 'Berkas', kind: 'text' },
          { key: 'title', label: 'Judul', kind: 'text' },
          { key: 'rows', label: 'Baris', kind: 'integer' },
        ],
        rows: annexEntries.map((e) => ({ path: e.path, title: e.kind === 'annex' ? e.annex.table.title : e.kind === 'table' ? (e.item.table?.title ?? '') : '', rows: e.kind === 'annex' ? e.annex.table.rows.length : e.kind === 'table' ? (e.item.table?.rows.length ?? 0) : 0 })),
      },
      { x: m, width },
    );
  }

  drawToc(
    doc,
    toc.map((entry, i) => ({ ...entry, page: pages[i] ?? 0 })),
    tocFirst,
  );
  footers(doc, `${source.cycle.edition} — Indeks berkas bukti — ${source.office.name}`);
  return pdfBytes(doc);
}
