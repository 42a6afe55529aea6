import ExcelJS from 'exceljs';
import type { PackageSource } from '../package/package-source.ts';
import { aspectSumCells, selfAssessment, totalBasisWords, totalCells, weightedRuleWords } from '../package/self-assessment.ts';
import { angka, categoryWords, levelWords, tanggal, tanggalDi } from '../pdf/words.ts';
import { fixedXlsxBytes } from './fixed-xlsx.ts';

// The penilaian awal as an XLSX: the same rows as the PDF (self-assessment.ts computes both), with
// real numbers in the cells so the team can work on them, and the same bytes for the same cycle.

const headers = ['Kode', 'Aspek / indikator', 'Bobot', 'Skor maksimum', 'Skor', 'Nilai tertimbang', 'Bukti siap', 'Bukti (jumlah)', 'Catatan'];
const widths = [9, 60, 9, 10, 9, 12, 9, 10, 60];

export async function writeSelfAssessmentXlsx(source: PackageSource): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Penilaian awal', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const assessment = selfAssessment(source);
  const lines = [
    [`Penilaian awal (self-assessment) — ${source.cycle.edition}`, { bold: true, size: 14 }],
    [source.office.name, { bold: true }],
    [`Tingkat ${levelWords[source.cycle.level]} · ${categoryWords[source.cycle.category]} · Periode ${tanggal(source.cycle.periodStart)} s.d. ${tanggal(source.cycle.periodEnd)} · Data beku ${tanggal(source.approval.snapshotMonth)}`, { italic: true, size: 9 }],
  ] as const;
  lines.forEach(([text, font], i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = text;
    cell.font = font;
  });
  const headerRow = lines.length + 2;
  headers.forEach((h, i) => {
    const cell = sheet.getCell(headerRow, i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7F0FA' } };
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  let r = headerRow + 1;
  const put = (values: (string | number | null)[], bold = false) => {
    values.forEach((v, i) => {
      const cell = sheet.getCell(r, i + 1);
      cell.value = v;
      if (typeof v === 'number') cell.numFmt = Number.isInteger(v) ? '#,##0' : '#,##0.00';
      if (bold) cell.font = { bold: true };
      if (i === 1 || i === 8) cell.alignment = { wrapText: true, vertical: 'top' };
    });
    r++;
  };
  for (const aspect of assessment.aspects) {
    put([aspect.code, `ASPEK ${aspect.code}. ${aspect.title}`, aspect.weight, null, null, null, null, null, null], true);
    for (const i of aspect.indicators) put([i.code, i.title, i.weight, i.maxScore, i.score, i.weighted, i.ready, i.evidence, i.note]);
    const note = [aspect.attainment !== null ? `capaian ${angka(aspect.attainment)} %` : null, aspect.contribution !== null ? `kontribusi ${angka(aspect.contribution)} dari bobot ${angka(aspect.weight)}` : null].filter(Boolean).join('; ');
    const sum = aspectSumCells(aspect, assessment.total?.basis);
    put([null, `Jumlah aspek ${aspect.code}`, sum.weight, aspect.max || null, aspect.max ? aspect.score : null, sum.weighted, aspect.ready, aspect.evidence, note], true);
  }
  r++;
  const t = assessment.total;
  const total = totalCells(t);
  put([null, 'Nilai penilaian awal', total.weight, total.maxScore, total.score, total.weighted, null, null, t ? [`Dihitung sebagai ${totalBasisWords[t.basis]}.`, weightedRuleWords[t.basis]].filter(Boolean).join(' ') : 'Belum dapat dihitung (rubrik tanpa skor maupun bobot).'], true);
  put([null, `Disetujui ${tanggalDi(source.approval.approvedAt, source.office.timeZone)} oleh ${source.approval.approverName}${source.approval.approverNip ? `, NIP ${source.approval.approverNip}` : ''}`, null, null, null, null, null, null, null]);
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow }];
  sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  return fixedXlsxBytes(workbook, source.approval.approvedAt);
}
