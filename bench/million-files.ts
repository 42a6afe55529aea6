// Writes the million bench's files (bench/million.ts runs it in a process of its own): an XLSX
// and a CSV of demo employers as a clerk's would be, the register's usual columns, kecamatan
// and desa by name. Usage: million-files.ts <xlsx> <xlsx rows> <csv> <csv rows>
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { demoArea, demoEmployerFields } from '../core/employers/demo-employers.ts';
import { startCore } from '../core/host.ts';

const [xlsx, xlsxRows, csv, csvRows] = process.argv.slice(2);
const scratch = mkdtempSync(join(tmpdir(), 'lindung-million-files-'));
const { database } = startCore({ dataDir: scratch, version: 'bench', host: 'cli' });
try {
  const names = new Map(database.sqlite.prepare("SELECT code, name FROM region WHERE code LIKE '51.03.%'").raw().all() as [string, string][]);
  const area = demoArea(database.sqlite, '51.03');
  const header = ['Nama Perusahaan', 'NIB', 'NPWP', 'NPP', 'KBLI', 'Kecamatan', 'Desa', 'Status BPJS', 'Jumlah TK', 'TK Laki-laki', 'TK Perempuan', 'Alamat'];
  const rowsOf = function* (count: number, seed: number, tag: string) {
    for (const e of demoEmployerFields(area, count, seed)) {
      yield [`${e.name} ${tag}`, e.nib, e.npwp, e.npp, e.kbliCodes[0] ?? '', names.get(e.kecamatanCode) ?? '', e.desaCode ? (names.get(e.desaCode) ?? '') : '', e.bpjsStatus, e.workersTotal ?? '', e.workersMale ?? '', e.workersFemale ?? '', e.address];
    }
  };
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx!, useSharedStrings: false });
  const sheet = writer.addWorksheet('Data');
  sheet.addRow(header).commit();
  for (const row of rowsOf(Number(xlsxRows), 101, 'X')) sheet.addRow(row).commit();
  sheet.commit();
  await writer.commit();
  const out = createWriteStream(csv!);
  const quote = (v: unknown) => `"${String(v).replaceAll('"', '""')}"`;
  out.write(`${header.join(';')}\n`);
  for (const row of rowsOf(Number(csvRows), 202, 'C')) if (!out.write(`${row.map(quote).join(';')}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r) => out.end(() => r()));
} finally {
  database.close();
  rmSync(scratch, { recursive: true, force: true });
}
