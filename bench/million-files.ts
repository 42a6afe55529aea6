// Writes the million bench's files (bench/million.ts runs it in a process of its own, so the
// memory writing them takes is not the import's): an XLSX and a CSV of a register's demo
// records as a clerk's would be (bench/million-registers.ts gives the rows).
// Usage: million-files.ts <register> <xlsx> <xlsx rows> <csv> <csv rows> [npps file]
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { startCore } from '../core/host.ts';
import { millionProfiles } from './million-registers.ts';

const [register, xlsx, xlsxRows, csv, csvRows, nppsFile] = process.argv.slice(2);
const profile = millionProfiles[register as keyof typeof millionProfiles];
const npps = nppsFile ? readFileSync(nppsFile, 'utf8').split('\n').filter(Boolean) : [];
const scratch = mkdtempSync(join(tmpdir(), 'lindung-million-files-'));
const { database } = startCore({ dataDir: scratch, version: 'bench', host: 'cli' });
try {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx!, useSharedStrings: false });
  const sheet = writer.addWorksheet('Data');
  sheet.addRow(profile.header).commit();
  for (const row of profile.rows(database.sqlite, Number(xlsxRows), 101, 'X', npps)) sheet.addRow(row).commit();
  sheet.commit();
  await writer.commit();
  const out = createWriteStream(csv!);
  const quote = (v: unknown) => `"${String(v).replaceAll('"', '""')}"`;
  out.write(`${profile.header.join(';')}\n`);
  for (const row of profile.rows(database.sqlite, Number(csvRows), 202, 'C', npps)) if (!out.write(`${row.map(quote).join(';')}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r) => out.end(() => r()));
} finally {
  database.close();
  rmSync(scratch, { recursive: true, force: true });
}
