import type { CoverageReport } from '../../api/coverage.ts';
import type { TimeZoneCode } from '../../api/office-profile.ts';
import { msg, render } from '../../messages.ts';
import { writeReportPdf } from '../../workers/person-report/report-pdf.ts';
import { columnTitles, dayWords, figureCells, reportHeading, reportSections, targetCells, targetTitles } from './figure-rows.ts';

// The coverage report as a PDF through the register's report writer (A4 landscape for its 11
// columns, DejaVu Sans embedded, header rows repeated, "Halaman x dari y"): a table per
// breakdown, then the targets. Dates in words ("30 Juni 2025"), each kept on one line.

const text = (v: string | number | null) => (v === null ? '' : typeof v === 'number' ? v.toLocaleString('id-ID') : v);

export async function writeCoveragePdf(path: string, report: CoverageReport, office: string, zone: TimeZoneCode, exported: string, notes: readonly string[] = []): Promise<void> {
  const [title, ...subtitle] = reportHeading(report, zone);
  const tables = reportSections(report).map((s) => ({ title: s.title, header: columnTitles(), rows: s.figures.map((f) => figureCells(f, dayWords).map(text)), widths: [16, 8, 9, 10, 14, 9, 16, 14, 8, 7, 8], dense: true }));
  if (report.targets.length) tables.push({ title: render(msg('coverage.export.targetsSheet')), header: targetTitles(), rows: targetCells(report).map((r) => r.map(text)), widths: [20, 6, 8, 10, 8, 10, 18, 16], dense: true });
  await writeReportPdf(path, { office, title: title!, subtitle: [...subtitle, exported, ...notes], nik: '', personUid: '', personName: report.area.name, tables, landscape: true });
}
