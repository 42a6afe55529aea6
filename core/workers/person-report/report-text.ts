import type { PersonReport } from './report-data.ts';

// The person's data report as plain text (`lindung person <NIK>`): each table as "label: value"
// blocks, readable in a terminal and greppable.

export function reportText(report: PersonReport): string {
  const lines = [report.office, report.title, ...report.subtitle, ''];
  for (const table of report.tables) {
    lines.push(`== ${table.title} ==`);
    if (!table.rows.length) lines.push('  —');
    for (const row of table.rows) {
      if (table.header.length === 2 && table.widths.length === 2) lines.push(`  ${row[0]}: ${row[1]}`);
      else if (row.length === 1) lines.push(`  - ${row[0]}`);
      else lines.push(`  - ${row.map((cell, i) => `${table.header[i]}: ${cell || '—'}`).join(' · ')}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
