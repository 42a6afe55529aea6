import type { PackageSource } from '../package/package-source.ts';
import { aspectSumCells, selfAssessment, totalBasisWords, weightedRuleWords, type IndicatorRow } from '../package/self-assessment.ts';
import { accent, fill, footers, ink, letterhead, muted, newPdf, pdfBytes, rule } from './pdf-base.ts';
import { angka, categoryWords, levelWords, tanggal, tanggalDi } from './words.ts';

// The penilaian awal as a PDF (A4 landscape): the rubric's aspects and indicators with weight,
// highest score, the office's score, the weighted value, the evidence behind it and the note;
// a subtotal per aspect, the overall total and how it is counted, and the head's name and NIP.

const columns = [
  { label: 'Kode', width: 42, align: 'left' },
  { label: 'Aspek / indikator', width: 230, align: 'left' },
  { label: 'Bobot', width: 42, align: 'right' },
  { label: 'Skor maks.', width: 46, align: 'right' },
  { label: 'Skor', width: 40, align: 'right' },
  { label: 'Nilai tertimbang', width: 62, align: 'right' },
  { label: 'Bukti (siap/jumlah)', width: 62, align: 'right' },
  { label: 'Catatan', width: 0, align: 'left' },
] as const;

const n = (v: number | null | undefined) => (v === null || v === undefined ? '—' : angka(v));

export async function writeSelfAssessmentPdf(source: PackageSource): Promise<Buffer> {
  const doc = newPdf({ title: `Penilaian awal — ${source.cycle.edition}`, author: source.office.name, subject: 'Paritrana Award: penilaian awal (self-assessment)', at: source.approval.approvedAt }, { margin: 36, layout: 'landscape' });
  const m = doc.page.margins.left;
  const W = doc.page.width - 2 * m;
  const fixed = columns.reduce((a, c) => a + c.width, 0);
  const widths = columns.map((c) => (c.width === 0 ? W - fixed : c.width));
  const pad = 3.5;
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  letterhead(doc, source.office, true);
  doc.font('bold').fontSize(14).fillColor(ink).text('PENILAIAN AWAL (SELF-ASSESSMENT)', m, doc.y, { width: W, align: 'center' });
  doc.font('bold').fontSize(11).text(source.cycle.edition, { width: W, align: 'center' });
  doc.font('body').fontSize(8.5).fillColor(muted).text(`Tingkat ${levelWords[source.cycle.level]} · ${categoryWords[source.cycle.category]} · Periode ${tanggal(source.cycle.periodStart)} s.d. ${tanggal(source.cycle.periodEnd)} · Data beku ${tanggal(source.approval.snapshotMonth)}`, { width: W, align: 'center' });
  doc.fillColor(ink).moveDown(0.8);

  const row = (cells: string[], style: { font: 'body' | 'bold'; shade: string | null; size?: number }) => {
    const size = style.size ?? 8;
    doc.font(style.font).fontSize(size);
    const h = Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: widths[i]! - 2 * pad }))) + 2 * pad;
    if (doc.y + h > bottom()) {
      doc.addPage();
      header();
      doc.font(style.font).fontSize(size);
    }
    const top = doc.y;
    if (style.shade) doc.rect(m, top, W, h).fill(style.shade);
    let x = m;
    doc.fillColor(ink);
    cells.forEach((c, i) => {
      doc.text(c, x + pad, top + pad, { width: widths[i]! - 2 * pad, align: columns[i]!.align });
      x += widths[i]!;
    });
    doc.moveTo(m, top + h).lineTo(m + W, top + h).lineWidth(0.4).strokeColor(rule).stroke();
    doc.x = m;
    doc.y = top + h;
  };
  const header = () => row(columns.map((c) => c.label), { font: 'bold', shade: fill, size: 7.5 });
  const indicatorCells = (r: IndicatorRow) => [r.code, r.title, n(r.weight), n(r.maxScore), n(r.score), n(r.weighted), `${r.ready}/${r.evidence}`, r.note];

  const assessment = selfAssessment(source);
  header();
  for (const aspect of assessment.aspects) {
    row([aspect.code, `ASPEK ${aspect.code}. ${aspect.title}`, n(aspect.weight), '', '', '', '', ''], { font: 'bold', shade: '#f3f6f9' });
    for (const r of aspect.indicators) row(indicatorCells(r), { font: 'body', shade: null });
    const sums = [
      aspect.attainment !== null ? `capaian ${angka(aspect.attainment)} %` : null,
      aspect.contribution !== null ? `kontribusi ${angka(aspect.contribution)} dari bobot ${angka(aspect.weight)}` : null,
    ].filter(Boolean);
    const sum = aspectSumCells(aspect, assessment.total?.basis);
    row(['', `Jumlah aspek ${aspect.code}`, n(sum.weight), aspect.max ? angka(aspect.max) : '—', aspect.max ? angka(aspect.score) : '—', n(sum.weighted), `${aspect.ready}/${aspect.evidence}`, sums.join('; ')], { font: 'bold', shade: null, size: 7.5 });
  }

  doc.moveDown(0.8);
  if (doc.y + 110 > bottom()) doc.addPage();
  const t = assessment.total;
  doc.font('bold').fontSize(11).fillColor(accent).text(t ? `Nilai penilaian awal: ${angka(t.value)} dari ${angka(t.outOf)}` : 'Nilai penilaian awal: belum dapat dihitung (rubrik tanpa skor maupun bobot).', m, doc.y, { width: W });
  if (t) doc.font('body').fontSize(8).fillColor(muted).text([`Dihitung sebagai ${totalBasisWords[t.basis]}.`, weightedRuleWords[t.basis]].filter(Boolean).join(' '), { width: W });
  doc.fillColor(ink);

  const signX = m + W - 280;
  const y = doc.y + 16;
  doc.font('body').fontSize(9.5).text(`${source.office.areaName.replace(/,.*$/, '') || source.office.name}, ${tanggalDi(source.approval.approvedAt, source.office.timeZone)}`, signX, y, { width: 280, align: 'center' });
  doc.text(`Kepala ${source.office.name}`, { width: 280, align: 'center' });
  doc.moveDown(2.2);
  doc.font('bold').text(source.approval.approverName, { width: 280, align: 'center', underline: true });
  if (source.approval.approverNip) doc.font('body').text(`NIP ${source.approval.approverNip}`, { width: 280, align: 'center' });

  footers(doc, `${source.cycle.edition} — Penilaian awal — ${source.office.name}`);
  return pdfBytes(doc);
}
