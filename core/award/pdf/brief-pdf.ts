import { formatPercent } from '../../api/percent.ts';
import type { BriefSource } from '../package/package-source.ts';
import { accent, fill, ink, letterhead, muted, newPdf, pdfBytes, rule } from './pdf-base.ts';
import { niceTicks } from './nice-ticks.ts';
import { angka, lainnya, persen, rupiah, tanggal, tanggalJam } from './words.ts';

// The interview brief: ONE A4 page for the bupati / wali kota to hold during the jury's
// interview. Every block has a fixed frame and every text a height it cannot pass (pdfkit cuts
// it with "…"); lists longer than their frame end with "dan N lainnya". So the page never runs
// onto a second one, whatever the office typed; the build fails loudly if it ever did.

const m = 36;
const gap = 12;
const shortMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
const monthLabel = (ym: string) => {
  const [y, mo] = ym.split('-');
  return `${shortMonths[Number(mo) - 1] ?? mo} ${String(y ?? '').slice(2)}`;
};

type Doc = PDFKit.PDFDocument;

/** A framed block's title (small capitals, accent rule); returns the y where its content starts. */
function frame(doc: Doc, title: string, x: number, y: number, w: number): number {
  doc.font('bold').fontSize(8).fillColor(accent).text(title.toUpperCase(), x, y, { width: w, characterSpacing: 0.8, lineBreak: false, height: 10, ellipsis: true });
  doc.moveTo(x, y + 11).lineTo(x + w, y + 11).lineWidth(0.8).strokeColor(accent).stroke();
  doc.fillColor(ink);
  return y + 16;
}

/** Text that stays in its box: at most `lines` lines, cut with "…". */
function boxed(doc: Doc, text: string, x: number, y: number, w: number, options: { size: number; font?: 'body' | 'bold'; lines?: number; colour?: string; align?: 'left' | 'right' | 'center' }): void {
  const lineHeight = options.size * 1.22;
  doc.font(options.font ?? 'body').fontSize(options.size).fillColor(options.colour ?? ink);
  doc.text(text, x, y, { width: w, height: lineHeight * (options.lines ?? 1), ellipsis: true, align: options.align ?? 'left', lineGap: 0 });
  doc.fillColor(ink);
}

/** A horizontal progress bar (0–100+ %, drawn up to 100). */
function bar(doc: Doc, x: number, y: number, w: number, percent: number | null, h = 5): void {
  doc.rect(x, y, w, h).fill('#dde4eb');
  if (percent !== null && percent > 0) doc.rect(x, y, (w * Math.min(100, percent)) / 100, h).fill(percent >= 100 ? '#2e7d32' : accent);
  doc.fillColor(ink);
}

/** The list cut to `room` lines: the last line says how many were left out. */
function cut<T>(items: T[], room: number): { shown: T[]; more: number } {
  if (items.length <= room) return { shown: items, more: 0 };
  return { shown: items.slice(0, room - 1), more: items.length - (room - 1) };
}

function trendChart(doc: Doc, trend: BriefSource['trend'], x: number, y: number, w: number, h: number): void {
  const usePercent = trend.some((t) => t.percent !== null);
  const points = trend.map((t) => ({ month: t.month, value: usePercent ? t.percent : t.numerator })).filter((p): p is { month: string; value: number } => p.value !== null);
  if (points.length < 2) {
    boxed(doc, 'Belum cukup bulan beku untuk menggambar tren.', x, y + h / 2 - 6, w, { size: 8.5, colour: muted, align: 'center' });
    return;
  }
  const values = points.map((p) => p.value);
  const least = Math.min(...values);
  const most = Math.max(...values);
  const padBy = (most - least) * 0.15 || Math.max(usePercent ? 0.1 : 1, most * 0.05);
  // The axis follows the data (a trend of 43,12–43,18 % gets 43,10 / 43,15 / 43,20 %), to the
  // hundredth a percent is counted in, but spans at least 0,1 point: a change of 0,01 is no cliff.
  const ticks = usePercent ? niceTicks(Math.max(0, least - padBy), most + padBy, 0.01, 3, 0.1) : niceTicks(Math.max(0, least - padBy), most + padBy, 1);
  const { lo, hi } = ticks;
  const left = x + 34;
  const bottom = y + h - 14;
  const top = y + 4;
  const plotW = w - 34 - 8;
  const tick = (v: number) => (usePercent ? persen(v, ticks.decimals) : angka(Math.round(v)));
  // The last month's figure as the big number prints it (two decimals), not rounded to the axis.
  const fmt = (v: number) => (usePercent ? formatPercent(v) : angka(Math.round(v)));
  doc.lineWidth(0.4).strokeColor(rule);
  for (const v of ticks.values) {
    const gy = bottom - ((v - lo) / (hi - lo)) * (bottom - top);
    doc.moveTo(left, gy).lineTo(left + plotW, gy).stroke();
    boxed(doc, tick(v), x, gy - 4, 31, { size: 6, colour: muted, align: 'right' });
  }
  const px = (i: number) => left + (plotW * i) / (points.length - 1);
  const py = (v: number) => bottom - ((v - lo) / (hi - lo)) * (bottom - top);
  // The area under the line, then the line, then the months' dots.
  doc.moveTo(px(0), bottom);
  points.forEach((p, i) => doc.lineTo(px(i), py(p.value)));
  doc.lineTo(px(points.length - 1), bottom).closePath().fillOpacity(0.12).fill(accent).fillOpacity(1);
  points.forEach((p, i) => (i === 0 ? doc.moveTo(px(i), py(p.value)) : doc.lineTo(px(i), py(p.value))));
  doc.lineWidth(1.6).strokeColor(accent).stroke();
  points.forEach((p, i) => doc.circle(px(i), py(p.value), i === points.length - 1 ? 2.8 : 1.6).fill(accent));
  const step = points.length > 8 ? 2 : 1;
  points.forEach((p, i) => {
    if ((points.length - 1 - i) % step === 0) boxed(doc, monthLabel(p.month), px(i) - 16, bottom + 4, 32, { size: 6, colour: muted, align: 'center' });
  });
  const last = points[points.length - 1]!;
  boxed(doc, fmt(last.value), px(points.length - 1) - 60, py(last.value) - 14, 56, { size: 7.5, font: 'bold', colour: accent, align: 'right' });
}

export async function writeBriefPdf(source: BriefSource): Promise<Buffer> {
  const doc = newPdf({ title: `Bahan wawancara — ${source.cycle.edition}`, author: source.office.name, subject: 'Paritrana Award: bahan wawancara kepala daerah', at: source.generatedAt }, { margin: m });
  doc.page.margins.bottom = 0; // every block is placed by hand; pdfkit must never start a page of its own
  const W = doc.page.width - 2 * m;
  const half = (W - gap) / 2;
  const right = m + half + gap;

  let y = letterhead(doc, source.office, true) - 4;
  if (source.draft) {
    doc.rect(m + W - 150, y, 150, 16).fill('#c62828');
    boxed(doc, 'DRAF — belum disetujui', m + W - 150, y + 4, 150, { size: 8, font: 'bold', colour: '#ffffff', align: 'center' });
  }
  boxed(doc, 'BAHAN WAWANCARA KEPALA DAERAH', m, y + 2, W - 160, { size: 8.5, font: 'bold', colour: accent });
  boxed(doc, source.cycle.edition, m, y + 14, W, { size: 15, font: 'bold' });
  const area = source.office.areaName.replace(/,.*$/, '').trim();
  const head = /^kota\b/i.test(area) ? `Wali Kota ${area.replace(/^kota\s+/i, '')}` : /^kabupaten\b/i.test(area) ? `Bupati ${area.replace(/^kabupaten\s+/i, '')}` : `Kepala Daerah ${area}`;
  const facts = [`Untuk ${head}`, source.cycle.interviewDate ? `wawancara ${tanggal(source.cycle.interviewDate)}` : null, `data beku ${source.snapshotMonth ? tanggal(source.snapshotMonth) : 'belum dipilih'}`].filter(Boolean).join(' · ');
  boxed(doc, facts, m, y + 34, W, { size: 8.5, colour: muted });
  y += 54;

  // 1. Coverage now, and its trend.
  const rowA = 138;
  const c = source.coverage;
  // The figure of the frozen month the package holds, said with its month (walk 38: "saat ini" over a figure a year old; the day is below it).
  let cy = frame(doc, c ? `Cakupan ${tanggal(c.dataDate.slice(0, 7))}` : 'Cakupan kepesertaan', m, y, 200);
  if (c) {
    boxed(doc, c.percent === null ? angka(c.numerator) : formatPercent(c.percent), m, cy + 2, 200, { size: 34, font: 'bold', colour: accent });
    cy += 46;
    boxed(doc, c.label, m, cy, 200, { size: 8.5, font: 'bold' });
    boxed(doc, c.denominator === null ? `${angka(c.numerator)} peserta (penyebut belum ada)` : `${angka(c.numerator)} dari ${angka(c.denominator)} pekerja`, m, cy + 12, 200, { size: 9.5 });
    boxed(doc, `Penyebut: ${c.denominatorSource || '—'}`, m, cy + 27, 200, { size: 7, colour: muted, lines: 3 });
    boxed(doc, `Data per ${tanggal(c.dataDate)}`, m, cy + 54, 200, { size: 7, colour: muted });
  } else boxed(doc, 'Belum ada bulan beku yang dipilih: angka cakupan muncul setelah siklus disetujui.', m, cy + 6, 200, { size: 9, colour: muted, lines: 4 });
  const chartX = m + 200 + gap;
  const chartW = W - 200 - gap;
  const ty = frame(doc, `Tren cakupan ${source.trend.length ? `${monthLabel(source.trend[0]!.month)} – ${monthLabel(source.trend[source.trend.length - 1]!.month)}` : ''}`, chartX, y, chartW);
  trendChart(doc, source.trend, chartX, ty, chartW, rowA - (ty - y));
  y += rowA + gap;

  // 2. Segments and targets.
  const rowB = 88;
  let sy = frame(doc, 'Menurut segmen', m, y, half);
  const segments = cut(source.segments, 4);
  for (const s of segments.shown) {
    boxed(doc, s.label, m, sy, half - 110, { size: 8.5 });
    if (s.percent === null) {
      // No denominator per segment: the count alone, said as people (a lone "—" read as a missing column).
      boxed(doc, `${angka(s.numerator)} peserta`, m + half - 110, sy, 110, { size: 8.5, font: 'bold', align: 'right' });
    } else {
      boxed(doc, angka(s.numerator), m + half - 110, sy, 55, { size: 8.5, align: 'right' });
      boxed(doc, formatPercent(s.percent), m + half - 50, sy, 50, { size: 8.5, font: 'bold', align: 'right' });
    }
    bar(doc, m, sy + 11, half, s.percent, 2.5);
    sy += 17;
  }
  if (segments.more) boxed(doc, lainnya(segments.more), m, sy, half, { size: 7.5, colour: muted });
  if (!source.segments.length) boxed(doc, 'Belum ada rincian segmen.', m, sy, half, { size: 8.5, colour: muted });
  sy = frame(doc, 'Target dan capaian', right, y, half);
  const targets = cut(source.targets, 4);
  for (const t of targets.shown) {
    boxed(doc, t.label, right, sy, half - 95, { size: 8.5 });
    boxed(doc, `${t.achieved} / ${t.value}`, right + half - 95, sy, 95, { size: 8.5, font: 'bold', align: 'right' });
    bar(doc, right, sy + 11, half, t.progressPercent);
    sy += 18;
  }
  if (targets.more) boxed(doc, lainnya(targets.more), right, sy, half, { size: 7.5, colour: muted });
  if (!source.targets.length) boxed(doc, 'Belum ada target yang dicatat.', right, sy, half, { size: 8.5, colour: muted });
  y += rowB + gap;

  // 3. Regulations in force; budget against enrolled.
  const rowC = 92;
  // In the order regulationsForBrief gives (core/award/freeze-tables.ts): the office's own first, so they are never in "dan N lainnya".
  let ry = frame(doc, 'Regulasi yang berlaku', m, y, half);
  const regulations = cut(source.regulations, 4);
  for (const r of regulations.shown) {
    // The label whole on its line ("Perbup Jembrana No. 48 Tahun 2023": the year was cut beside the date); the date beside the title.
    boxed(doc, r.label, m, ry, half, { size: 8.5, font: 'bold' });
    boxed(doc, r.judul, m, ry + 10.5, r.effectiveDate ? half - 118 : half, { size: 7.5, colour: muted });
    if (r.effectiveDate) boxed(doc, `berlaku ${tanggal(r.effectiveDate)}`, m + half - 114, ry + 10.5, 114, { size: 7.5, colour: muted, align: 'right' });
    ry += 21;
  }
  if (regulations.more) boxed(doc, lainnya(regulations.more), m, ry, half, { size: 7.5, colour: muted });
  if (!source.regulations.length) boxed(doc, 'Belum ada regulasi yang berlaku tercatat.', m, ry, half, { size: 8.5, colour: muted });
  ry = frame(doc, 'Anggaran dan peserta terdaftar', right, y, half);
  const budget = cut(source.budget, 3);
  for (const b of budget.shown) {
    boxed(doc, b.label, right, ry, half - 100, { size: 8.5, font: 'bold' });
    boxed(doc, rupiah(b.amount), right + half - 100, ry, 100, { size: 8.5, align: 'right' });
    const progress = b.target ? (b.enrolled / b.target) * 100 : null;
    boxed(doc, `${angka(b.enrolled)} terdaftar${b.target ? ` dari target ${angka(b.target)}` : ''}`, right, ry + 10.5, half, { size: 7.5, colour: muted });
    bar(doc, right, ry + 20, half, progress, 2.5);
    ry += 26;
  }
  if (budget.more) boxed(doc, lainnya(budget.more), right, ry, half, { size: 7.5, colour: muted });
  if (!source.budget.length) boxed(doc, 'Belum ada program beranggaran tercatat.', right, ry, half, { size: 8.5, colour: muted });
  y += rowC + gap;

  // 4. Innovations.
  const rowD = 84;
  let iy = frame(doc, 'Inovasi', m, y, W);
  const innovations = cut(source.innovations, 3);
  for (const i of innovations.shown) {
    boxed(doc, i.title, m, iy, 130, { size: 8.5, font: 'bold', lines: 2 });
    boxed(doc, i.summary, m + 136, iy, W - 136, { size: 8, lines: 2 });
    iy += 22;
  }
  if (innovations.more) boxed(doc, lainnya(innovations.more), m, iy, W, { size: 7.5, colour: muted });
  if (!source.innovations.length) boxed(doc, 'Belum ada inovasi yang dicatat.', m, iy, W, { size: 8.5, colour: muted });
  y += rowD + gap;

  // 5. The three talking points, side by side.
  const py = frame(doc, 'Tiga pesan utama', m, y, W);
  const third = (W - 2 * gap) / 3;
  const pointsBottom = doc.page.height - m - 22;
  source.points.forEach((point, i) => {
    const x = m + i * (third + gap);
    doc.rect(x, py, third, pointsBottom - py).fill(fill);
    doc.circle(x + 14, py + 15, 9).fill(accent);
    boxed(doc, String(i + 1), x + 5, py + 10.5, 18, { size: 10, font: 'bold', colour: '#ffffff', align: 'center' });
    const lines = Math.floor((pointsBottom - py - 36) / (10.5 * 1.22));
    boxed(doc, point || '(belum ditulis)', x + 8, py + 30, third - 16, { size: 10.5, lines, colour: point ? ink : muted });
  });

  const footerY = doc.page.height - m - 10;
  doc.moveTo(m, footerY - 4).lineTo(m + W, footerY - 4).lineWidth(0.5).strokeColor(rule).stroke();
  boxed(doc, `Dibuat ${tanggalJam(source.generatedAt, source.office.timeZone)} dari ${source.snapshotMonth ? `data beku ${tanggal(source.snapshotMonth)}` : 'data terkini (belum beku)'} · ${source.office.name} · Lindung`, m, footerY, W, { size: 6.5, colour: muted });

  // Over everything, faint: a printed draft cannot be taken for the approved brief.
  if (source.draft) {
    doc.save();
    doc.rotate(-35, { origin: [doc.page.width / 2, doc.page.height / 2] });
    doc.font('bold').fontSize(130).fillColor('#c62828').fillOpacity(0.08).text('DRAF', 0, doc.page.height / 2 - 75, { width: doc.page.width, align: 'center', lineBreak: false });
    doc.restore();
    doc.fillOpacity(1);
  }

  if (doc.bufferedPageRange().count !== 1) throw new Error(`Bahan wawancara melebihi satu halaman (${doc.bufferedPageRange().count}).`);
  return pdfBytes(doc);
}
