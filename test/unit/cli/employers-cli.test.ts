import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore } from '../../../core/host.ts';
import { signInFirstAdmin, testPassword } from '../support/accounts.ts';
import { tempDir } from '../support/test-db.ts';

// `lindung employers import|export` as a clerk runs it: a real process on a real data folder.
// Exit codes: 0 done, 1 invalid rows or a failure, 2 a usage mistake; progress on stderr.
// Real processes: a run may take many seconds on a busy machine, so every run has minutes
// (spawnSync's timeout) and each test as many as its runs need. Nothing here measures time.

const dir = tempDir('lindung-cli-');
// Every run acts as the administrator made in beforeAll (--user, the password from the env).
const lindung = (...args: string[]) => lindungAs(['--user', 'admin'], ...args);
const lindungAs = (user: string[], ...args: string[]) => {
  const run = spawnSync(process.execPath, ['bin/lindung.mjs', '--data-dir', dir.path, ...user, ...args], {
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...process.env, LINDUNG_PASSWORD: testPassword },
  });
  if (run.error) throw run.error; // a timeout says so, not as an exit code of null
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
  const session = await signInFirstAdmin(core.router);
  const done = await core.router.call('setup.complete', { officeName: 'Disnaker Badung', level: 'kabupaten_kota', areaCode: '51.03', timeZone: 'WITA' }, session);
  core.database.close();
  if (!done.ok) throw new Error(done.error.message);
  // 1,200 good rows: enough for the progress lines; then the same with a bad desa.
  const rows = Array.from({ length: 1200 }, (_, i) => `CV Usaha ${i + 1};${String(9120000010000 + i)};Kuta Utara;Dalung;terdaftar`);
  writeFileSync(join(dir.path, 'baik.csv'), `Nama Perusahaan;NIB;Kecamatan;Desa;Status BPJS\n${rows.join('\n')}\n`);
  writeFileSync(join(dir.path, 'salah.csv'), `Nama Perusahaan;NIB;Kecamatan;Desa;Status BPJS\nCV Salah Desa;9120000020001;Kuta Utara;Desa Entah;pwbd\nCV Benar;9120000020002;Mengwi;;pwbd\n`);
  writeFileSync(join(dir.path, 'umkm.csv'), 'No;Nama Usaha;Jenis Usaha;Lama Usaha\n1;Warung Bu Made;Kuliner;2\n');
  writeFileSync(join(dir.path, 'judul saja.csv'), 'Nama Perusahaan;NIB;Kecamatan\n');
}, 180_000);
afterAll(() => dir.remove());

describe('lindung employers', { timeout: 600_000 }, () => {
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
    expect(lindung('employers', 'import', join(dir.path, 'baik.csv'), '--header-row', '0').err).toMatch(/--header-row.*harus bilangan bulat 1 atau lebih/);
  });

  it('a file that is not clearly the register is refused in both languages, naming the file, its headers and the fix', () => {
    const before = employers();
    const run = lindung('employers', 'import', join(dir.path, 'umkm.csv'), '--dry-run');
    expect(run.code).toBe(1);
    expect(run.out).toContain('Peringatan: Hanya 1 dari 4 judul kolom di baris 1 yang dikenali (B "Nama Usaha" → Nama perusahaan)');
    const [id, en] = run.err.trim().split('\n').slice(-2);
    expect(id).toBe(
      'Gagal: Berkas "umkm.csv": kolom wajib belum dipasangkan: Nama perusahaan. Baris judul kolom yang dipakai: baris 1, berisi "No", "Nama Usaha", "Jenis Usaha", "Lama Usaha". ' +
        'Pilih kolom berkas untuk Nama perusahaan di layar "Pasangkan kolom"; di baris perintah: --map "Nama perusahaan=<judul kolom>". ' +
        'Bila judul kolom ada di baris lain, pilih baris itu (--header-row <nomor>).',
    );
    expect(en).toMatch(/^Failed: File "umkm\.csv": required columns are not matched: Employer name\. Header row used: row 1, holding "No", "Nama Usaha"/);
    expect(employers()).toBe(before);
  });

  it('--map chooses a column by hand; a field or column that does not exist is a usage error listing what does', () => {
    const before = employers();
    const mapped = lindung('employers', 'import', join(dir.path, 'umkm.csv'), '--dry-run', '--map', 'Nama perusahaan=Nama Usaha', '--map', 'employer name=nama usaha');
    expect(mapped.code).toBe(0);
    expect(mapped.out).toContain('Kolom: Nama perusahaan←Nama Usaha');
    // The file's other columns are named as left out, as the screen lists them.
    expect(mapped.out).toContain('Kolom berkas yang tidak diimpor: A (No), C (Jenis Usaha), D (Lama Usaha)');
    expect(mapped.out).toContain('umkm.csv: 1 baris — baru 1, berubah 0, sama 0, tidak valid 0');

    const noField = lindung('employers', 'import', join(dir.path, 'umkm.csv'), '--dry-run', '--map', 'Nama toko=Nama Usaha');
    expect(noField.code).toBe(2);
    expect(noField.err).toContain('Gagal: --map "Nama toko=Nama Usaha": kolom Lindung "Nama toko" tidak dikenal. Yang ada: "Nama perusahaan", "Bentuk badan usaha", "NIB"');
    expect(noField.err).toContain('Failed: --map "Nama toko=Nama Usaha": there is no Lindung field "Nama toko". Fields: "Employer name"');

    const noColumn = lindung('employers', 'import', join(dir.path, 'umkm.csv'), '--dry-run', '--map', 'Nama perusahaan=Nama Toko');
    expect(noColumn.code).toBe(2);
    expect(noColumn.err).toContain('Gagal: --map "Nama perusahaan=Nama Toko": tidak ada kolom berjudul "Nama Toko" di baris judul (baris 1). Kolom yang ada: A "No", B "Nama Usaha", C "Jenis Usaha", D "Lama Usaha".');
    expect(employers()).toBe(before); // dry runs and refusals save nothing
  });

  it('a hidden column the import takes is said, with the mapping given on the command line', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.addRow(['Nama Perusahaan', 'NIB', 'Kecamatan', 'Kode Internal', 'NPWP']);
    ws.addRow(['CV Kolom Tersembunyi', '9120000030001', 'Kuta Utara', 'X-1', '01.234.567.8-908.000']);
    ws.getColumn(4).hidden = true;
    ws.getColumn(5).hidden = true;
    await wb.xlsx.writeFile(join(dir.path, 'kolom tersembunyi.xlsx'));
    const run = lindung('employers', 'import', join(dir.path, 'kolom tersembunyi.xlsx'), '--dry-run');
    expect(run.code).toBe(0);
    // D is hidden too, but left out: only the NPWP the import takes is said.
    expect(run.out).toContain('Peringatan: Kolom E (NPWP) tersembunyi di berkas; isinya tetap diimpor. Periksa apakah kolom itu memang ingin diimpor.');
    // D chosen by hand for a field: said too.
    const mapped = lindung('employers', 'import', join(dir.path, 'kolom tersembunyi.xlsx'), '--dry-run', '--map', 'NPP=Kode Internal');
    expect(mapped.out).toContain('Peringatan: Kolom D (Kode Internal), E (NPWP) tersembunyi di berkas;');
  });

  it('a file with a header and no rows exits 1 saying so; an Apple Numbers package is named', () => {
    const empty = lindung('employers', 'import', join(dir.path, 'judul saja.csv'), '--dry-run');
    expect(empty.code).toBe(1);
    expect(empty.err).toContain('Gagal: Berkas "judul saja.csv": tidak ada baris data di bawah baris judul kolom (baris 1)');
    expect(empty.err).toContain('Failed: File "judul saja.csv": there are no data rows under the header row (row 1)');

    mkdirSync(join(dir.path, 'Data.numbers', 'Index'), { recursive: true });
    writeFileSync(join(dir.path, 'Data.numbers', 'Index', 'Document.iwa'), Buffer.from([0, 1, 2]));
    const numbers = lindung('employers', 'import', join(dir.path, 'Data.numbers'), '--dry-run');
    expect(numbers.code).toBe(1);
    expect(numbers.err).toContain('Gagal: Berkas "Data.numbers": ini berkas Apple Numbers: ekspor dulu ke Excel (.xlsx)');
    expect(numbers.err).toContain('Failed: File "Data.numbers": this is an Apple Numbers file: export it to Excel (.xlsx) first');
  });
});
