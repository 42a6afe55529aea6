import type { CoverageReport } from '../../api/coverage.ts';
import type { TimeZoneCode } from '../../api/office-profile.ts';
import { msg, render } from '../../messages.ts';
import { writeReportPdf } from '../../workers/person-report/report-pdf.ts';
import { columnTitles, dayWords, figureCells, readableCodes, reportHeading, reportSections, targetCells, targetTitles, type ValueWords } from './figure-rows.ts';

// The coverage report as a PDF through the register's report writer (A4 landscape for its 11
// columns, DejaVu Sans embedded, header rows repeated, "Halaman x dari y"): a table per
// breakdown, then the targets. Dates in words ("30 Juni 2025"), each kept on one line. A reader
// gets words: the "Kode" column only where the code is one people use (the Kemendagri region
// codes), not a list's buruh_harian or apbd_kabkota, whose label is in "Uraian" already.

const text = (v: string | number | null) => (v === null ? '' : typeof v === 'number' ? v.toLocaleString('id-ID') : v);

// The numerator's source the widest after the label: a slice in words ("Sumber dana: APBD kabupaten/kota") is long.
const widths = [16, 8, 8, 16, 14, 8, 13, 12, 8, 7, 8];
const codeColumn = 1;
// The numbers flush right, as in the award package's tables: the numerator, the denominator, the percentage.
const align: ('left' | 'right')[] = ['left', 'left', 'right', 'left', 'left', 'right', 'left', 'left', 'left', 'right', 'left'];
// The targets' year, target, numerator, percentage and progress.
const targetAlign: ('left' | 'right')[] = ['left', 'right', 'right', 'right', 'right', 'right', 'left', 'left'];

export async function writeCoveragePdf(path: string, report: CoverageReport, office: string, zone: TimeZoneCode, exported: string, notes: readonly string[] = [], words?: ValueWords): Promise<void> {
  const [title, ...subtitle] = reportHeading(report, zone);
  const tables = reportSections(report).map((s) => {
    const keep = <T>(cells: T[]) => (readableCodes(s.dimension) ? cells : cells.filter((_, i) => i !== codeColumn));
    return { title: s.title, header: keep(columnTitles()), rows: s.figures.map((f) => keep(figureCells(f, dayWords, words).map(text))), widths: keep(widths), align: keep(align), dense: true };
  });
  // The year as a year ("2025"), not a count ("2.025").
  const targetRows = targetCells(report).map((r) => r.map((v, i) => (i === 1 ? String(v) : text(v))));
  if (report.targets.length) tables.push({ title: render(msg('coverage.export.targetsSheet')), header: targetTitles(), rows: targetRows, widths: [20, 6, 8, 10, 8, 10, 18, 16], align: targetAlign, dense: true });
  await writeReportPdf(path, { office, title: title!, subtitle: [...subtitle, exported, ...notes], nik: '', personUid: '', personName: report.area.name, tables, landscape: true });
}
