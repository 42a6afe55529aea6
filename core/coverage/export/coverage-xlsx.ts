import type { CoverageReport } from '../../api/coverage.ts';
import type { TimeZoneCode } from '../../api/office-profile.ts';
import { msg, render } from '../../messages.ts';
import { writeXlsx, type OutSheet } from '../../exports/xlsx-writer.ts';
import { columnTitles, figureCells, reportHeading, reportSections, targetCells, targetTitles, type ValueWords } from './figure-rows.ts';

// The coverage report as XLSX: a summary sheet with the total, a sheet per breakdown and one of
// targets, each figure with its denominator, its source and date, and its numerator's source.
// "Uraian" says each figure in words; "Kode" keeps the code (51.03.06, buruh_harian) for machines.

const widths = [34, 16, 14, 26, 40, 14, 40, 36, 14, 12, 12];

export async function writeCoverageXlsx(path: string, report: CoverageReport, zone: TimeZoneCode, exported: string, notes: readonly string[] = [], words?: ValueWords): Promise<void> {
  const preamble = [...reportHeading(report, zone), exported, ...notes];
  const sheets: OutSheet[] = reportSections(report).map((section, i) => ({
    name: (i === 0 ? render(msg('coverage.export.summarySheet')) : section.title).slice(0, 31),
    preamble: [...preamble, section.title],
    header: columnTitles(),
    rows: section.figures.map((f) => figureCells(f, undefined, words)),
    textColumns: [1],
    widths,
  }));
  if (report.targets.length) sheets.push({ name: render(msg('coverage.export.targetsSheet')), preamble, header: targetTitles(), rows: targetCells(report), widths: [40, 8, 12, 14, 12, 14, 40, 36] });
  await writeXlsx(path, sheets);
}
