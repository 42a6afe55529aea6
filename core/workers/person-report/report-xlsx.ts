import { writeXlsx, type OutSheet } from '../../exports/xlsx-writer.ts';
import type { PersonReport } from './report-data.ts';

// The person's data report as XLSX: one sheet per table, each headed by the office, the title
// and who the report is about. Through the export's writer: every cell is text, neutralised
// against formulas (a name or a note typed as "=..." stays text), printed A4 with page numbers.

export async function writeReportXlsx(path: string, report: PersonReport): Promise<void> {
  const sheets: OutSheet[] = report.tables.map((table) => {
    const total = table.widths.reduce((a, b) => a + b, 0);
    return {
      name: table.title,
      preamble: [report.office, `${report.title} — ${table.title}`, ...report.subtitle.slice(0, 2)],
      header: table.header,
      rows: table.rows,
      // Identity numbers and dates stay text as the report words them (dd/mm/yyyy, "Rp 1.000").
      textColumns: table.header.map((_, i) => i),
      widths: table.widths.map((w) => Math.max(12, Math.round((w / total) * 120))),
    };
  });
  await writeXlsx(path, sheets);
}
