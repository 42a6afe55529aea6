import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore } from '../../../core/host.ts';
import { newSession } from '../../../core/accounts/session.ts';
import { signInFirstAdmin, testPassword } from '../support/accounts.ts';
import { lindungAsAdmin } from '../support/cli-process.ts';
import { tempDir } from '../support/test-db.ts';

// `lindung workers import|export` and `lindung person <NIK>` as a clerk runs them: real processes
// on a real data folder. Exit codes: 0 done, 1 invalid rows or a failure (an unknown NIK), 2 usage.
// Real processes take seconds on a busy machine: every run has minutes; nothing measures time.

const dir = tempDir('lindung-workers-cli-');
const lindung = lindungAsAdmin(dir.path);
const query = <T>(sql: string): T[] => {
  const core = startCore({ dataDir: dir.path, version: 'test', host: 'cli' });
  try {
    return core.database.sqlite.prepare(sql).all() as T[];
  } finally {
    core.database.close();
  }
};

const sukerti = '5103064507900002';
const header = 'NIK;Nama;Alamat;Desa;Kategori;Segmen;Mulai;Sumber dana;Program';

beforeAll(async () => {
  const core = startCore({ dataDir: dir.path, version: 'test', host: 'cli' });
  const session = await signInFirstAdmin(core.router);
  const done = await core.router.call('setup.complete', { officeName: 'Disnaker Badung', level: 'kabupaten_kota', areaCode: '51.03', timeZone: 'WITA' }, session);
  core.database.close();
  if (!done.ok) throw new Error(done.error.message);
  writeFileSync(
    join(dir.path, 'pekerja.csv'),
    `${header}\n${sukerti};Ni Luh Putu Sukerti;Br. Kaja;Dalung;Petani;BPU;01/01/2025;APBD kabupaten/kota;JKK, JKM\n5103061203850001.0;I Made Sudarsana;Br. Kelod;Canggu;Nelayan;BPU;01/01/2025;Mandiri;JKK, JKM\n`,
  );
  writeFileSync(join(dir.path, 'salah.csv'), `${header}\n5.10306E+15;I Wayan Lost;Br. Kangin;Dalung;Petani;BPU;01/01/2025;Mandiri;JKK, JKM\n`);
}, 180_000);
afterAll(() => dir.remove());

describe('lindung workers and lindung person', { timeout: 600_000 }, () => {
  it('a bad worker file exits 1 with its error file and saves nothing; a good one is imported', () => {
    const bad = lindung('workers', 'import', join(dir.path, 'salah.csv'), '--dry-run', '--errors', join(dir.path, 'kesalahan.xlsx'));
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/baris 2, kolom A \(NIK\) "5\.10306E\+15": NIK tidak dapat dipakai/);
    expect(existsSync(join(dir.path, 'kesalahan.xlsx'))).toBe(true);
    expect(lindung('workers', 'import', join(dir.path, 'salah.csv')).code).toBe(1);
    expect(lindung('workers', 'import', join(dir.path, 'tidak-ada.csv')).code).toBe(1);
    expect(query('SELECT id FROM person')).toHaveLength(0);

    const good = lindung('workers', 'import', join(dir.path, 'pekerja.csv'));
    expect(good.code).toBe(0);
    expect(good.out).toMatch(/Tersimpan: 2 baru/);
    // A warning is said before the save, as the screen lists it (a NIK read from a number cell's ".0").
    expect(good.out).toMatch(/peringatan baris 3, kolom A \(NIK\): NIK "5103061203850001\.0" dibaca sebagai 5103061203850001/);
    expect(good.err).toMatch(/Memeriksa: 100% \(/);
  });

  it('exports the register with masked NIKs, audited as masked', async () => {
    const out = join(dir.path, 'pekerja.xlsx');
    const run = lindung('workers', 'export', out, '--mask-nik');
    expect(run.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const cells = book.worksheets[0]!.getSheetValues().flat().map(String);
    expect(cells).toContain('510306******0002');
    expect(cells).not.toContain(sukerti);
    // Her birth date is the NIK's hidden digits: the year only; the category in the list's words.
    const sheet = book.worksheets[0]!;
    const header = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(1).value === 'NIK')!;
    const row = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(1).value === '510306******0002')!;
    const cell = (label: string) => row.getCell((header.values as unknown[]).indexOf(label)).value;
    expect([cell('Tanggal lahir (tahun)'), cell('Jenis kelamin'), cell('Kategori rentan')]).toEqual([1990, 'Perempuan', 'Petani']);
    expect(cells).toContain('NIK disamarkan (6 digit awal dan 4 digit akhir); tanggal lahir hanya tahunnya, sebab digit yang disamarkan memuat tanggal lahir');
    const [audit] = query<{ after: string }>("SELECT after FROM audit_log WHERE action = 'export' ORDER BY id DESC LIMIT 1");
    expect(JSON.parse(audit!.after)).toMatchObject({ register: 'worker', rows: 2, nik: 'masked' });
    const csv = join(dir.path, 'pekerja.csv.out.csv');
    expect(lindung('workers', 'export', csv, '--search', 'sukerti').code).toBe(0);
    expect(readFileSync(csv, 'utf8')).toContain(`"${sukerti}";"Ni Luh Putu Sukerti";"Perempuan";"05/07/1990"`);
    expect(readFileSync(csv, 'utf8')).toContain('"Petani"');
  });

  it('prints the person report, writes it as PDF and XLSX, and refuses an unknown NIK with exit 1', () => {
    const text = lindung('person', sukerti);
    expect(text.code).toBe(0);
    expect(text.out).toContain('Laporan data pribadi');
    expect(text.out).toContain('Nama: Ni Luh Putu Sukerti');
    expect(text.out).toContain('Impor: data orang dibuat');
    // The first export (all, masked) included her; so did the search for her name.
    expect(text.out.split('\n').filter((l) => l.includes('Ekspor register'))).toHaveLength(2);

    const pdf = join(dir.path, 'laporan.pdf');
    const files = lindung('person', sukerti, '--pdf', pdf, '--xlsx', join(dir.path, 'laporan.xlsx'));
    expect(files.code).toBe(0);
    expect(files.out).toContain(`Ditulis: ${pdf}`);
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('Ni Luh Putu Sukerti');
    expect(existsSync(join(dir.path, 'laporan.xlsx'))).toBe(true);
    expect(query("SELECT entity_label FROM audit_log WHERE action = 'report'")).toHaveLength(2);

    const unknown = lindung('person', '5103069999990009');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('Gagal: Tidak ada orang dengan NIK 5103069999990009');
    expect(unknown.err).toContain('Failed: There is no person with NIK 5103069999990009');
    expect(lindung('person').code).toBe(2);
  });

  it('refuses an operator a worker export without --mask-nik, saying why; masked it runs', async () => {
    // Full NIKs in bulk are for a kepala bidang and up (UU PDP): an operator's export is masked.
    const operatorPassword = 'kopi-pagi-sawah-hijau';
    const core = startCore({ dataDir: dir.path, version: 'test', host: 'cli' });
    try {
      const session = newSession();
      const signed = await core.router.call('auth.signIn', { username: 'admin', password: testPassword }, session);
      if (!signed.ok) throw new Error(signed.error.message);
      const made = await core.router.call('accounts.create', { username: 'operator.cli', displayName: 'Operator Baris Perintah', role: 'operator', password: operatorPassword }, session);
      if (!made.ok) throw new Error(made.error.message);
      core.database.sqlite.prepare("UPDATE user_account SET must_change_password = 0 WHERE username = 'operator.cli'").run();
    } finally {
      core.database.close();
    }
    const asOperator = (...args: string[]) => {
      const run = spawnSync(process.execPath, ['bin/lindung.mjs', '--data-dir', dir.path, '--user', 'operator.cli', ...args], { encoding: 'utf8', timeout: 180_000, env: { ...process.env, LINDUNG_PASSWORD: operatorPassword } });
      return { code: run.status, out: `${run.stdout}${run.stderr}` };
    };
    const exportsBefore = query('SELECT id FROM audit_log WHERE action = \'export\'').length;
    const out = join(dir.path, 'operator.csv');
    const refused = asOperator('workers', 'export', out);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/NIK lengkap hanya untuk kepala bidang ke atas .*--mask-nik/);
    expect(existsSync(out)).toBe(false);
    expect(query('SELECT id FROM audit_log WHERE action = \'export\'')).toHaveLength(exportsBefore);
    const masked = asOperator('workers', 'export', out, '--mask-nik');
    expect(masked.code, masked.out).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('510306******0002');
    expect(readFileSync(out, 'utf8')).not.toContain(sukerti);
  });

  it('imports a programme list without a Segmen column with --value "Segmen=BPU"; a value that is not a choice is a usage error', () => {
    const list = join(dir.path, 'program.csv');
    writeFileSync(list, 'NIK;Nama;Desa;Mulai;Program\n5103066601950003;Ni Kadek Ayu;Dalung;01/02/2025;JKK, JKM\n');
    const wrong = lindung('workers', 'import', list, '--value', 'Segmen=Mandiri');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('--value "Segmen=Mandiri": "Mandiri" bukan pilihan untuk Segmen. Pilihannya: PU');
    expect(lindung('workers', 'import', list, '--value', 'NIK=5103066601950003').code).toBe(2);
    const done = lindung('workers', 'import', list, '--value', 'segmen=bpu');
    expect(done.code).toBe(0);
    expect(done.out).toContain('Segmen="BPU" (semua baris)');
    expect(done.out).toMatch(/Tersimpan: 1 baru/);
    expect(query("SELECT pp.segment FROM participation_period pp JOIN person p ON p.id = pp.person_id WHERE p.nik = '5103066601950003'")).toEqual([{ segment: 'BPU' }]);
  });
});
