import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore } from '../../../core/host.ts';
import { tempDir } from '../support/test-db.ts';

// `lindung employers import|export` as a clerk runs it: a real process on a real data folder.
// Exit codes: 0 done, 1 invalid rows or a failure, 2 a usage mistake; progress on stderr.

const dir = tempDir('lindung-cli-');
const lindung = (...args: string[]) => {
  const run = spawnSync(process.execPath, ['bin/lindung.mjs', '--data-dir', dir.path, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, out: run.stdout, err: run.stderr };
};
const employers = () => {
  const core = startCore({ dataDir: dir.path, version: 'test', host: 'cli' });
  try {
    return core.database.sqlite.prepare('SELECT count(*) FROM employer').pluck().get() as number;
  } finally {
    core.database.close();
  }
};

beforeAll(async () => {
  const core = startCore({ dataDir: dir.path, version: 'test', host: 'cli' });
  const done = await core.router.call('setup.complete', { officeName: 'Disnaker Badung', level: 'kabupaten_kota', areaCode: '51.03', timeZone: 'WITA' }, { id: 't', name: 'T' });
  core.database.close();
  if (!done.ok) throw new Error(done.error.message);
  // 1,200 good rows: enough for the progress lines; then the same with a bad desa.
  const rows = Array.from({ length: 1200 }, (_, i) => `CV Usaha ${i + 1};${String(9120000010000 + i)};Kuta Utara;Dalung;terdaftar`);
  writeFileSync(join(dir.path, 'baik.csv'), `Nama Perusahaan;NIB;Kecamatan;Desa;Status BPJS\n${rows.join('\n')}\n`);
  writeFileSync(join(dir.path, 'salah.csv'), `Nama Perusahaan;NIB;Kecamatan;Desa;Status BPJS\nCV Salah Desa;9120000020001;Kuta Utara;Desa Entah;pwbd\nCV Benar;9120000020002;Mengwi;;pwbd\n`);
});
afterAll(() => dir.remove());

describe('lindung employers', () => {
  it('a dry run with an invalid row names it, exits 1 and saves nothing', () => {
    const run = lindung('employers', 'import', join(dir.path, 'salah.csv'), '--dry-run', '--errors', join(dir.path, 'kesalahan.xlsx'));
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/baris 2, kolom D \(Desa\) "Desa Entah"/);
    expect(existsSync(join(dir.path, 'kesalahan.xlsx'))).toBe(true);
    expect(employers()).toBe(0);
    // Without --dry-run the file is refused whole: still nothing saved, still 1.
    expect(lindung('employers', 'import', join(dir.path, 'salah.csv')).code).toBe(1);
    expect(employers()).toBe(0);
  });

  it('imports a clean file with progress lines off a terminal, exits 0, and exports the register', async () => {
    const run = lindung('employers', 'import', join(dir.path, 'baik.csv'));
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Tersimpan: 1200 baru/);
    expect(run.err).toMatch(/Memeriksa: 100% \(/);
    expect(run.err).toMatch(/Menyimpan: \d+%/);
    expect(employers()).toBe(1200);

    const out = join(dir.path, 'register.xlsx');
    expect(lindung('employers', 'export', out, '--status', 'terdaftar').code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet('Perusahaan')!;
    expect(String(sheet.getRow(3).getCell(1).value)).toBe('Saringan: Status BPJS: Terdaftar');
    expect(sheet.rowCount - 6).toBe(1200);
  });

  it('a usage mistake exits 2 and says what is missing', () => {
    const run = lindung('employers', 'import');
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/missing required argument 'file'/);
    expect(lindung('employers', 'export', 'x.xlsx', '--no-such-option').code).toBe(2);
  });
});
