import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { DownloadToken } from '../../../core/api/imports.ts';
import { employerFields } from '../../../core/imports/employers/employer-fields.ts';
import { findHeaderRow } from '../../../core/imports/read/header.ts';
import { badungApp } from '../employers/support.ts';
import { tempDir } from '../support/test-db.ts';
import { commit, inspectAndDryRun, stage, waitJob, type App } from './support.ts';

// A list with "Jumlah TK" (the worker total) as BPJS branches and village offices send it:
// the total imports as a field of its own, an absent count stays unknown ("—" on screen, an
// empty cell in an export, never 0), and "Terdaftar" without an NPP or a mandatory programme
// is a warning of the dry run. The file is a CSV a clerk typed, saved as XLSX by LibreOffice.

const soffice = spawnSync('which', ['soffice']).status === 0;
if (!soffice) console.log('worker-total import: soffice is not installed, so the CSV itself is imported (apt-get install -y libreoffice-calc-nogui for the XLSX).');

const csv = [
  'No;Nama Perusahaan;NIB;Kecamatan;Status BPJS;NPP;Program BPJS;Skala Usaha;Jumlah TK;Jumlah TK Laki-laki;Jumlah TK Perempuan',
  '1;PT Hanya Jumlah;9120000000101;Kuta Utara;PWBD;;;kecil;25;;',
  '2;PT Cocok;9120000000102;Kuta Utara;PWBD;;;kecil;10;6;4',
  '3;PT Kurang Rinci;9120000000103;Kuta Utara;PWBD;;;kecil;10;3;4',
  '4;PT Jumlah Kecil;9120000000104;Kuta Utara;PWBD;;;kecil;5;3;4',
  '5;PT Rincian Saja;9120000000105;Kuta Utara;PWBD;;;kecil;;7;2',
  '6;PT Separuh;9120000000106;Kuta Utara;PWBD;;;kecil;;7;',
  '7;PT Tanpa Angka;9120000000107;Kuta Utara;Terdaftar;NN0000107;JKK, JKM, JHT;kecil;;;',
  '8;PT Terdaftar Tanpa NPP;9120000000108;Kuta Utara;Terdaftar;;JKK, JKM, JHT;mikro;3;;',
  '9;PT Menengah Kurang JP;9120000000109;Kuta Utara;Terdaftar;NN0000109;JKK, JKM, JHT;menengah;80;;',
].join('\r\n');

/** The list as a file another program wrote: LibreOffice's XLSX when it is there. */
function clerkFile(dir: string): { path: string; name: string } {
  const source = join(dir, 'daftar perusahaan.csv');
  writeFileSync(source, `${csv}\r\n`);
  if (!soffice) return { path: source, name: 'daftar perusahaan.csv' };
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--infilter=CSV:59,34,76,1', '--convert-to', 'xlsx', '--outdir', dir, source],
    { stdio: 'ignore', timeout: 120_000 },
  );
  return { path: join(dir, 'daftar perusahaan.xlsx'), name: 'daftar perusahaan.xlsx' };
}

async function exported(app: App, format: 'csv' | 'xlsx', columns: string[]) {
  const started = await app.call('registers.export', { register: 'employer', format, columns, sortModel: [{ colId: 'name', sort: 'asc' }] });
  if (!started.ok) throw new Error(started.error.message);
  const job = await waitJob(app, started.data);
  return app.runtime.files.outgoingFile((job.result as DownloadToken).token).path;
}

describe('importing the worker total ("Jumlah TK")', () => {
  it('maps "Jumlah TK" to the total, not a split, and the splits\' "jumlah ..." headers to the splits', () => {
    const synonyms = Object.fromEntries(employerFields.map((f) => [f.key, f.synonyms]));
    const headers = {
      'Jumlah TK': 'workersTotal',
      'Jumlah Tenaga Kerja': 'workersTotal',
      'JML TK': 'workersTotal',
      'Total Pekerja': 'workersTotal',
      'Jumlah Karyawan': 'workersTotal',
      'Tenaga Kerja': 'workersTotal',
      'Jumlah TK Laki-laki': 'workersMale',
      'Jumlah Pekerja Laki-laki': 'workersMale',
      'Jumlah TK Wanita': 'workersFemale',
      'Jumlah Tenaga Kerja Perempuan': 'workersFemale',
      'Jumlah Tenaga Kerja Asing': 'workersForeign',
      'Jumlah TKA': 'workersForeign',
      'Jumlah TK PKWT': 'workersPkwt',
      'Jumlah Karyawan Tetap': 'workersPkwtt',
      'Jumlah TK Harian Lepas': 'workersHarianLepas',
      'Jumlah TK Borongan': 'workersBorongan',
    };
    for (const [text, field] of Object.entries(headers)) {
      const found = findHeaderRow([{ sheet: 'S', rowNumber: 1, cells: [text, 'x'] }], { synonyms, rowNumber: 1 })!.columns[0]!.field;
      expect(`${text} → ${found}`).toBe(`${text} → ${field}`);
    }
  });

  it('imports totals (given, or from a complete split), keeps unknown counts unknown, and checks the splits and "Terdaftar"', async () => {
    const app = await badungApp();
    const dir = tempDir();
    const file = clerkFile(dir.path);
    const { inspection, job, result } = await inspectAndDryRun(app, (await stage(app, file.path, file.name)).token);
    expect(inspection.mapping).toMatchObject({ workersTotal: 8, workersMale: 9, workersFemale: 10 });
    expect(result.summary).toMatchObject({ total: 9, new: 8, invalid: 1 });
    const byName = Object.fromEntries(result.rows.map((r) => [r.name, r]));
    const said = (name: string) => byName[name]?.problems.map((p) => `${p.severity} ${p.field}: ${p.message.id}`) ?? [];

    // A total smaller than its split is an error, on the total's cell; a complete split short of it a warning.
    expect(byName['PT Jumlah Kecil']).toMatchObject({ status: 'invalid' });
    expect(byName['PT Jumlah Kecil']?.problems[0]).toMatchObject({ field: 'workersTotal', column: 'I (Jumlah TK)', value: '5', severity: 'error' });
    expect(said('PT Jumlah Kecil')).toEqual([expect.stringMatching(/Laki-laki \+ perempuan \(7\) lebih banyak dari jumlah tenaga kerja \(5\)/)]);
    expect(byName['PT Kurang Rinci']?.status).toBe('new');
    expect(said('PT Kurang Rinci')).toEqual([expect.stringMatching(/^warning workersTotal: Laki-laki \+ perempuan \(7\) tidak sama dengan jumlah tenaga kerja \(10\)/)]);
    // "Terdaftar" without an NPP, or without a programme its scale must have: warnings, the rows still go in.
    expect(said('PT Terdaftar Tanpa NPP')).toEqual([expect.stringMatching(/^warning npp: Status Terdaftar tanpa NPP BPJS/)]);
    expect(said('PT Menengah Kurang JP')).toEqual([expect.stringMatching(/^warning bpjsProgrammes: Status Terdaftar, tetapi program wajib untuk usaha menengah belum diikuti: JP\./)]);
    for (const quiet of ['PT Hanya Jumlah', 'PT Cocok', 'PT Rincian Saja', 'PT Separuh', 'PT Tanpa Angka']) expect(said(quiet)).toEqual([]);

    const done = await commit(app, job.id);
    expect(done.status).toBe('done');
    // The grid: the totals, sorted, with the unknown ones last (shown "—" by the screen).
    const list = await app.call('registers.list', { register: 'employer', startRow: 0, endRow: 100, sortModel: [{ colId: 'workersTotal', sort: 'desc' }, { colId: 'name', sort: 'asc' }] });
    if (!list.ok) throw new Error(list.error.message);
    expect(list.data.rows.map((r) => [r.name, r.workersTotal])).toEqual([
      ['PT Menengah Kurang JP', 80],
      ['PT Hanya Jumlah', 25],
      ['PT Cocok', 10],
      ['PT Kurang Rinci', 10],
      ['PT Rincian Saja', 9],
      ['PT Terdaftar Tanpa NPP', 3],
      ['PT Separuh', null],
      ['PT Tanpa Angka', null],
    ]);
    const splits = app.sqlite.prepare("SELECT workers_total, workers_male, workers_female FROM employer WHERE name IN ('PT Hanya Jumlah', 'PT Separuh') ORDER BY name").raw().all();
    expect(splits).toEqual([
      [25, null, null],
      [null, 7, null],
    ]);

    // Exports: the unknown total is an empty cell, never 0.
    const text = readFileSync(await exported(app, 'csv', ['name', 'workersTotal']), 'utf8');
    expect(text).toContain('"PT Tanpa Angka";\r\n');
    expect(text).toContain('"PT Hanya Jumlah";"25"\r\n');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await exported(app, 'xlsx', ['name', 'workersTotal']));
    const sheet = wb.getWorksheet('Perusahaan')!;
    const cells: Record<string, unknown> = {};
    for (let r = 7; r <= sheet.rowCount; r += 1) cells[String(sheet.getRow(r).getCell(1).value)] = sheet.getRow(r).getCell(2).value;
    expect(cells).toMatchObject({ 'PT Hanya Jumlah': 25, 'PT Rincian Saja': 9 });
    expect(cells['PT Tanpa Angka']).toBeNull();
    expect(cells['PT Separuh']).toBeNull();
    dir.remove();
  }, 180_000);

  it('an update with a new split by sex and no total moves the total with it; one with the total alone keeps the split if it fits', async () => {
    const app = await badungApp();
    const saved = await app.call('employers.save', { name: 'PT Sudah Ada', nib: '9120000000201', kecamatanCode: '51.03.06', workersMale: 12, workersFemale: 9 });
    if (!saved.ok) throw new Error(saved.error.message);
    const dir = tempDir();
    const run = async (name: string, lines: string[]) => {
      const path = join(dir.path, name);
      writeFileSync(path, lines.join('\r\n'));
      const { job, result } = await inspectAndDryRun(app, (await stage(app, path, name)).token);
      if (result.summary.invalid === 0) expect((await commit(app, job.id)).status).toBe('done');
      return result;
    };
    await run('rincian.csv', ['Nama Perusahaan;NIB;TK Laki-laki', 'PT Sudah Ada;9120000000201;20']);
    expect(app.sqlite.prepare('SELECT workers_total, workers_male, workers_female FROM employer').raw().get()).toEqual([29, 20, 9]);
    await run('jumlah.csv', ['Nama Perusahaan;NIB;Jumlah TK', 'PT Sudah Ada;9120000000201;35']);
    expect(app.sqlite.prepare('SELECT workers_total, workers_male, workers_female FROM employer').raw().get()).toEqual([35, 20, 9]);
    // A total below the split the record keeps: refused, with both figures.
    const refused = await run('kecil.csv', ['Nama Perusahaan;NIB;Jumlah TK', 'PT Sudah Ada;9120000000201;12']);
    expect(refused.summary.invalid).toBe(1);
    expect(refused.rows[0]?.problems[0]?.message.id).toMatch(/Laki-laki \+ perempuan \(29\) lebih banyak dari jumlah tenaga kerja \(12\)/);
    dir.remove();
  });
});
