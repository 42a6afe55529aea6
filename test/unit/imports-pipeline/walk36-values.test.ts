import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { DownloadToken, DryRunResult, Inspection } from '../../../core/api/imports.ts';
import type { ProgrammeInput } from '../../../core/api/programmes.ts';
import { badungApp, loadDemo } from '../employers/support.ts';
import { tempDir } from '../imports/fixtures.ts';
import { workerDryRun } from '../workers/import-support.ts';
import { commit, inspectAndDryRun, stage, waitJob, type App } from './support.ts';

// Walk 36: Lindung's own export imported again (regions written "Melaya (51.01.04)", the KBLI
// beside its letter category), a known record given another kecamatan without a desa, and
// values lists write that were refused (Status BPJS "tidak terdaftar", Program "JKK-JKM" or the
// programmes' full names, an NIB that lost its leading zero in a number cell).

const dir = tempDir('lindung-walk36-');

async function exportCsv(app: App, register: 'employer' | 'worker'): Promise<string> {
  const started = await app.call('registers.export', { register, format: 'csv', filterModel: {} });
  if (!started.ok) throw new Error(started.error.message);
  const job = await waitJob(app, started.data);
  expect(job.status).toBe('done');
  return app.runtime.files.outgoingFile((job.result as DownloadToken).token).path;
}

/** A worker list checked with one value for all rows of a field the file has no column for (the CLI's --value). */
async function workerDryRunWith(app: App, file: string, constants: Record<string, string>) {
  const staged = await stage(app, file, 'register pekerja.csv');
  const inspected = await app.call('imports.inspect', { register: 'worker', fileToken: staged.token });
  if (!inspected.ok) throw new Error(inspected.error.message);
  const { headerRow, mapping } = inspected.data as Inspection;
  const started = await app.call('imports.dryRun', { register: 'worker', fileToken: staged.token, headerRow, mapping, constants });
  if (!started.ok) throw new Error(started.error.message);
  const job = await waitJob(app, started.data);
  return { job, result: job.result as DryRunResult, inspection: inspected.data as Inspection };
}

async function employerDryRun(app: App, file: string, name: string) {
  const staged = await stage(app, file, name);
  return inspectAndDryRun(app, staged.token);
}

const problemsOf = (result: DryRunResult, row: number) => result.rows.find((r) => r.rowNumber === row)?.problems.map((p) => [p.field, p.severity, p.message.id]) ?? [];

describe('walk 36: files the import refused or misread', { timeout: 300_000 }, () => {
  it("imports the employer register's own export untouched: regions as \"Name (code)\", the KBLI from \"KBLI utama\"", async () => {
    const app = await badungApp();
    await loadDemo(app, 40);
    const file = await exportCsv(app, 'employer');
    const { inspection, result } = await employerDryRun(app, file, 'Register perusahaan.csv');
    // "Kategori KBLI" (the letter category) stays unimported; KBLI is read from "KBLI utama".
    expect(inspection.headers.find((h) => h.index === inspection.mapping.kbli)?.name).toBe('KBLI utama');
    expect(result.summary).toMatchObject({ total: 40, invalid: 0, new: 0 });
    expect(result.rows.flatMap((r) => r.problems.filter((p) => p.severity === 'error'))).toEqual([]);
  });

  it("imports the worker register's own export untouched, PU people with their employer and every period's terms: 0 invalid, all unchanged", async () => {
    const app = await badungApp();
    await loadDemo(app, 40);
    const demo = await app.call('workers.demo', { count: 150 });
    if (!demo.ok) throw new Error(demo.error.message);
    expect((await waitJob(app, demo.data)).status).toBe('done');

    const file = await exportCsv(app, 'worker');
    const lines = readFileSync(file, 'utf8').split(/\r?\n/);
    const header = lines.find((l) => l.startsWith('"NIK"'))!.split(';').map((h) => h.replaceAll('"', ''));
    // The current period's terms are in the file: before, a PU person came back without an employer and no one without a start date.
    expect(header).toEqual(expect.arrayContaining(['Nama pemberi kerja', 'NPP pemberi kerja', 'Program', 'Mulai', 'Selesai', 'Upah/penghasilan', 'Sumber dana', 'Alamat']));
    const pu = lines.filter((l) => l.split(';')[header.indexOf('Segmen')] === '"PU"');
    expect(pu.length).toBeGreaterThan(0);
    expect(pu.every((l) => /^"\d{3,}/.test(l.split(';')[header.indexOf('NPP pemberi kerja')] ?? ''))).toBe(true);

    const { result } = await workerDryRunWith(app, file, {});
    expect(result.rows.flatMap((r) => r.problems.filter((p) => p.severity === 'error').map((p) => [r.rowNumber, p.field, p.message.id]))).toEqual([]);
    expect(result.summary).toMatchObject({ total: 150, invalid: 0, new: 0, changed: 0, unchanged: 150 });
  });

  it("exports a paying programme with its year, so a name used in several years imports back as the same programme (review)", async () => {
    const app = await badungApp();
    const programme = (year: number) => ({ name: 'PPR APBD', year, funding: 'apbd_kabkota', package: ['JKK', 'JKM'] as ('JKK' | 'JKM')[], budget: 1_000_000, legalBasis: '', targets: [] });
    const p2025 = await app.call('programmes.save', programme(2025));
    if (!p2025.ok) throw new Error(p2025.error.message);
    expect((await app.call('programmes.save', programme(2026))).ok).toBe(true);
    const saved = await app.call('workers.save', {
      nik: '5103064507900062', name: 'Uji Program Dua Tahun', kecamatanCode: '51.03.06', desaCode: '51.03.06.2006', category: null,
      periods: [{ segment: 'BPU', startDate: '2023-03-01', endDate: null, programmes: ['JKK', 'JKM'], funding: 'apbd_kabkota', source: 'uji', programmeUid: p2025.data.uid }],
    });
    if (!saved.ok) throw new Error(saved.error.message);
    const file = await exportCsv(app, 'worker');
    expect(readFileSync(file, 'utf8')).toContain('"PPR APBD 2025"');
    const { result } = await workerDryRunWith(app, file, {});
    expect(result.rows.flatMap((r) => r.problems.filter((p) => p.severity === 'error').map((p) => p.message.id))).toEqual([]);
    expect(result.summary).toMatchObject({ total: 1, invalid: 0, unchanged: 1 });
  });

  it('reads a region written "Name (code)" when both agree, dotted or not, and refuses one whose name and code disagree', async () => {
    const app = await badungApp();
    const file = dir.path('wilayah.csv');
    writeFileSync(file, [
      'NIK;Nama;Kecamatan;Desa;Segmen;Mulai',
      '5103064507900012;Uji Satu;Kuta Utara (51.03.06);Dalung (51.03.06.2006);BPU;01/01/2026',
      '5103064507900013;Uji Dua;Kec. Kuta Utara (510306);Desa Dalung (5103062006);BPU;01/01/2026',
      '5103064507900014;Uji Tiga;Mengwi (51.03.06);;BPU;01/01/2026',
      '5103064507900015;Uji Empat;Kuta Utara (51.03.06);Kerobokan (51.03.06.2006);BPU;01/01/2026',
    ].join('\n'));
    const { result } = await workerDryRun(app, file, 'wilayah.csv');
    expect(result.summary).toMatchObject({ new: 2, invalid: 2 });
    expect(problemsOf(result, 2)).toEqual([]);
    expect(problemsOf(result, 3)).toEqual([]);
    expect(problemsOf(result, 4)).toEqual([
      [
        'kecamatan',
        'error',
        'Nama dan kode di "Mengwi (51.03.06)" tidak cocok: kode 51.03.06 adalah Kecamatan Kuta Utara, Kabupaten Badung, sedangkan nama "Mengwi" adalah Kecamatan Mengwi, Kabupaten Badung (51.03.02). Perbaiki nama atau kodenya, atau tulis salah satunya saja.',
      ],
    ]);
    expect(problemsOf(result, 5)[0]!.slice(0, 2)).toEqual(['desa', 'error']);
    expect(problemsOf(result, 5)[0]![2]).toMatch(/^Nama dan kode di "Kerobokan \(51\.03\.06\.2006\)" tidak cocok: kode 51\.03\.06\.2006 adalah Desa Dalung/);
  });

  it("clears a person's desa that is not in the kecamatan a row gives without a desa, as the form does, and says so at the kecamatan", async () => {
    const app = await badungApp();
    const first = dir.path('dalung.csv');
    writeFileSync(first, ['NIK;Nama;Kecamatan;Desa;Segmen;Mulai', '5103064507900022;Ni Luh Putu Sukerti;Kuta Utara;Dalung;BPU;01/01/2026'].join('\n'));
    expect((await commit(app, (await workerDryRun(app, first, 'dalung.csv')).job.id)).status).toBe('done');

    const moved = dir.path('pindah.csv');
    writeFileSync(moved, ['NIK;Nama;Kecamatan;Segmen;Mulai', '5103064507900022;Ni Luh Putu Sukerti;Mengwi;BPU;01/01/2026'].join('\n'));
    const { job, result } = await workerDryRun(app, moved, 'pindah.csv');
    const row = result.rows[0]!;
    expect(row.status).toBe('changed');
    expect(row.problems.map((p) => [p.field, p.severity, p.column, p.message.id])).toEqual([
      [
        'kecamatan',
        'warning',
        'C (Kecamatan)',
        'Kecamatan Mengwi di berkas bukan kecamatan desa yang tercatat, Dalung (Kec. Kuta Utara): desa itu dikosongkan, seperti formulir mengosongkan desa saat kecamatannya diganti. Bila desanya diketahui, isi juga kolom desa/kelurahan.',
      ],
    ]);
    const said = (row.changes ?? []).map((c) => [c.field, c.shownBefore?.id ?? null, c.shownAfter?.id ?? null]);
    expect(said).toEqual(expect.arrayContaining([['kecamatanCode', 'Kuta Utara', 'Mengwi'], ['desaCode', 'Dalung', null]]));
    expect((await commit(app, job.id)).status).toBe('done');
    expect(app.sqlite.prepare("SELECT kecamatan_code, desa_code FROM person WHERE nik = '5103064507900022'").get()).toEqual({ kecamatan_code: '51.03.02', desa_code: null });

    // The same kecamatan again (or one that holds the desa) keeps the desa, unsaid.
    const back = dir.path('kembali.csv');
    writeFileSync(back, ['NIK;Nama;Desa;Segmen;Mulai', '5103064507900022;Ni Luh Putu Sukerti;Dalung;BPU;01/01/2026'].join('\n'));
    expect((await commit(app, (await workerDryRun(app, back, 'kembali.csv')).job.id)).status).toBe('done');
    writeFileSync(moved, ['NIK;Nama;Kecamatan;Segmen;Mulai', '5103064507900022;Ni Luh Putu Sukerti;Kuta Utara;BPU;01/01/2026'].join('\n'));
    const same = await workerDryRun(app, moved, 'pindah.csv');
    expect(same.result.rows[0]!.status).toBe('unchanged');
    expect(same.result.rows[0]!.problems).toEqual([]);
  });

  it("clears an employer's desa that is not in the kecamatan a row gives without a desa (the row was refused without a reason)", async () => {
    const app = await badungApp();
    const saved = await app.call('employers.save', { name: 'UD Sumber Rejeki Jaya', nib: '9120001234501', kecamatanCode: '51.03.06', desaCode: '51.03.06.2006', bpjsStatus: 'pwbd' });
    if (!saved.ok) throw new Error(saved.error.message);
    const file = dir.path('e6.csv');
    writeFileSync(file, ['Nama Perusahaan;NIB;Kecamatan', 'UD Sumber Rejeki Jaya;9120001234501;Mengwi'].join('\n'));
    const { job, result } = await employerDryRun(app, file, 'e6.csv');
    const row = result.rows[0]!;
    expect(row.status).toBe('changed');
    expect(row.problems.map((p) => [p.field, p.severity, p.column, p.message.id])).toEqual([
      [
        'kecamatan',
        'warning',
        'C (Kecamatan)',
        'Kecamatan Mengwi di berkas bukan kecamatan desa yang tercatat, Dalung (Kec. Kuta Utara): desa itu dikosongkan, seperti formulir mengosongkan desa saat kecamatannya diganti. Bila desanya diketahui, isi juga kolom desa/kelurahan.',
      ],
    ]);
    expect((await commit(app, job.id)).status).toBe('done');
    expect(app.sqlite.prepare("SELECT kecamatan_code, desa_code FROM employer WHERE nib = '9120001234501'").get()).toEqual({ kecamatan_code: '51.03.02', desa_code: null });
  });

  it('reads Status BPJS "tidak terdaftar" as PWBD and says what PWBD means when a status is unknown', async () => {
    const app = await badungApp();
    const file = dir.path('status.csv');
    writeFileSync(file, ['Nama Perusahaan;NIB;Kecamatan;Status BPJS', 'CV Tidak Terdaftar;9120001234511;Mengwi;tidak terdaftar', 'CV Entah;9120001234512;Mengwi;entahlah'].join('\n'));
    const { result } = await employerDryRun(app, file, 'status.csv');
    expect(result.summary).toMatchObject({ new: 1, invalid: 1 });
    expect(problemsOf(result, 2)).toEqual([]);
    expect(problemsOf(result, 3)).toEqual([
      [
        'bpjsStatus',
        'error',
        '"entahlah" tidak dikenali sebagai status BPJS. Pilih salah satu: terdaftar; PWBD (Perusahaan Wajib Belum Daftar; "belum terdaftar" dan "tidak terdaftar" juga dibaca PWBD); PDS TK; PDS upah; PDS program.',
      ],
    ]);
    // The word is still offered for the value mapping, as an unknown choice is.
    expect(result.unknownValues.find((u) => u.field === 'bpjsStatus')?.values.map((v) => v.text)).toEqual(['entahlah']);
  });

  it('explains an NIB or NPWP from a number cell that lost its leading zeros, as a NIK gets', async () => {
    const app = await badungApp();
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Data');
    sheet.addRow(['Nama Perusahaan', 'NIB', 'NPWP', 'Kecamatan']);
    sheet.addRow(['PT Nol Hilang', 912000123450, '012345678901000', 'Mengwi']); // the NIB 0912000123450
    sheet.addRow(['PT NPWP Hilang', '9120001234522', 12345678901000, 'Mengwi']); // the NPWP 012345678901000
    const file = dir.path('e5.xlsx');
    await wb.xlsx.writeFile(file);
    const { result } = await employerDryRun(app, file, 'e5.xlsx');
    expect(result.summary).toMatchObject({ invalid: 2 });
    expect(problemsOf(result, 2)).toEqual([
      [
        'nib',
        'error',
        'NIB 912000123450 dibaca dari sel angka dan hanya 12 digit: Excel membuang angka 0 di depan, jadi NIB-nya mungkin 0912000123450. Format kolom NIB sebagai Teks di Excel, ketik ulang dengan 0 di depannya, lalu impor lagi.',
      ],
    ]);
    expect(problemsOf(result, 3).map((p) => p.slice(0, 2))).toEqual([['npwp', 'error']]);
    expect(problemsOf(result, 3)[0]![2]).toMatch(/^NPWP 12345678901000 dibaca dari sel angka dan hanya 14 digit: .* mungkin 012345678901000\./);
  });

  it('reads "JKK-JKM", "2 program (JKK, JKM)" and the programmes\' full names as their codes', async () => {
    const app = await badungApp();
    const file = dir.path('program.csv');
    writeFileSync(file, [
      'NIK;Nama;Desa;Segmen;Mulai;Program',
      '5103064507900032;Uji Satu;Dalung;BPU;01/01/2026;JKK-JKM',
      '5103064507900033;Uji Dua;Dalung;BPU;01/01/2026;"Jaminan Kecelakaan Kerja, Jaminan Kematian"',
      '5103064507900034;Uji Tiga;Dalung;BPU;01/01/2026;Jaminan Hari Tua dan Jaminan Pensiun',
      '5103064507900035;Uji Empat;Dalung;BPU;01/01/2026;"JKK; Jaminan Kehilangan Pekerjaan"',
      '5103064507900036;Uji Lima;Dalung;BPU;01/01/2026;JKK-Entah',
      // A package with its count (walk 36: "2 program (JKK, JKM)" refused); a count the list does not match is said.
      '5103064507900037;Uji Enam;Dalung;BPU;01/01/2026;2 program (JKK, JKM)',
      '5103064507900038;Uji Tujuh;Dalung;BPU;01/01/2026;3 Program: JKK, JKM',
    ].join('\n'));
    const { job, result } = await workerDryRun(app, file, 'program.csv');
    expect(result.summary).toMatchObject({ new: 6, invalid: 1 });
    expect(problemsOf(result, 6).map((p) => p.slice(0, 2))).toEqual([['programmes', 'error']]);
    expect(problemsOf(result, 7)).toEqual([]);
    expect(problemsOf(result, 8)).toEqual([['programmes', 'warning', 'Tertulis 3 program, tetapi yang disebut 2: JKK, JKM. Yang disebut itulah yang disimpan; periksa apakah ada program yang terlewat.']]);
    await commit(app, job.id);
    const programmes = (nik: string) => app.sqlite.prepare('SELECT pp.programmes FROM participation_period pp JOIN person p ON p.id = pp.person_id WHERE p.nik = ?').pluck().get(nik);
    expect(['5103064507900032', '5103064507900033', '5103064507900034', '5103064507900035', '5103064507900037', '5103064507900038'].map(programmes)).toEqual([
      '["JKK","JKM"]',
      '["JKK","JKM"]',
      '["JHT","JP"]',
      '["JKK","JKP"]',
      '["JKK","JKM"]',
      '["JKK","JKM"]',
    ]);
  });

  it('says a wage or income under Rp 100.000 a month, most likely written in thousands, and saves it as written', async () => {
    const app = await badungApp();
    const file = dir.path('upah.csv');
    writeFileSync(file, [
      'NIK;Nama;Desa;Segmen;Mulai;Penghasilan',
      '5103064507900042;Uji Satu;Dalung;BPU;01/01/2026;3.500',
      '5103064507900043;Uji Dua;Dalung;BPU;01/01/2026;3.500.000',
    ].join('\n'));
    const { job, result } = await workerDryRun(app, file, 'upah.csv');
    expect(result.summary).toMatchObject({ new: 2, invalid: 0, warnings: 1 });
    expect(problemsOf(result, 2)).toEqual([['income', 'warning', 'Upah/penghasilan Rp\u00a03.500 sebulan terlalu kecil; mungkin ditulis dalam ribuan (maksudnya Rp\u00a03.500.000?). Yang disimpan Rp\u00a03.500: periksa angkanya dan tulis rupiah penuh, mis. 3.500.000.']]);
    expect(problemsOf(result, 3)).toEqual([]);
    await commit(app, job.id);
    expect(app.sqlite.prepare('SELECT declared_income FROM participation_period ORDER BY declared_income').pluck().all()).toEqual([3_500, 3_500_000]);
  });

  it('does not add a second year to a paying programme that already ends in one', async () => {
    const app = await badungApp();
    const programme = (name: string, year: number): ProgrammeInput => ({ name, year, funding: 'apbd_kabkota', package: ['JKK', 'JKM'], budget: 1_000_000, legalBasis: '', targets: [] });
    const saved = await app.call('programmes.save', programme('PPR APBD', 2025));
    if (!saved.ok) throw new Error(saved.error.message);
    const file = dir.path('pembayar.csv');
    writeFileSync(file, [
      'NIK;Nama;Desa;Segmen;Mulai;Program;Program pembayar',
      '5103064507900042;Uji Satu;Dalung;BPU;01/01/2026;JKK, JKM;PPR APBD 2026',
      '5103064507900043;Uji Dua;Dalung;BPU;01/01/2026;JKK, JKM;Perlindungan Pekerja Rentan 2026',
      '5103064507900044;Uji Tiga;Dalung;BPU;01/01/2026;JKK, JKM;Program Entah',
    ].join('\n'));
    const { result } = await workerDryRun(app, file, 'pembayar.csv');
    expect(result.summary).toMatchObject({ invalid: 3 });
    expect(problemsOf(result, 2)).toEqual([
      ['payingProgramme', 'error', 'Program pembayar "PPR APBD" tidak ada untuk tahun 2026, hanya untuk tahun 2025. Tambahkan program tahun 2026 lebih dulu, atau perbaiki tahunnya.'],
    ]);
    expect(problemsOf(result, 3)).toEqual([
      ['payingProgramme', 'error', 'Program pembayar "Perlindungan Pekerja Rentan 2026" tidak ada di daftar Program pekerja rentan. Tambahkan programnya lebih dulu, atau perbaiki nama atau tahunnya.'],
    ]);
    // Without a year the example still shows how to add one.
    expect(problemsOf(result, 4)[0]![2]).toMatch(/boleh dengan tahunnya, mis\. "Program Entah 2025"/);
  });

  it("says a period that starts before its paying programme's year: the programme counts it only in that year (walk 38)", async () => {
    const app = await badungApp();
    const saved = await app.call('programmes.save', { name: 'PPR APBD', year: 2026, funding: 'apbd_kabkota', package: ['JKK', 'JKM'], budget: 1_000_000, legalBasis: '', targets: [] });
    if (!saved.ok) throw new Error(saved.error.message);
    const file = dir.path('tahun program.csv');
    writeFileSync(file, [
      'NIK;Nama;Desa;Segmen;Mulai;Program;Program pembayar',
      '5103064507900052;Uji Satu;Dalung;BPU;01/02/2019;JKK, JKM;PPR APBD 2026',
      '5103064507900053;Uji Dua;Dalung;BPU;01/01/2026;JKK, JKM;PPR APBD 2026',
      // Begun after the programme's year: it never counts under it.
      '5103064507900054;Uji Tiga;Dalung;BPU;01/02/2027;JKK, JKM;PPR APBD 2026',
    ].join('\n'));
    const { result } = await workerDryRun(app, file, 'tahun program.csv');
    expect(result.summary).toMatchObject({ new: 3, invalid: 0 });
    expect(problemsOf(result, 4).filter((p) => p[0] === 'payingProgramme')).toEqual([
      ['payingProgramme', 'warning', 'Periode ini tidak berlangsung dalam tahun 2026, padahal "PPR APBD 2026" adalah program tahun itu: di cakupan per program orang ini tidak dihitung untuk program itu. Periksa tanggal periode atau tahun programnya.'],
    ]);
    expect(problemsOf(result, 2)).toEqual([
      ['payingProgramme', 'warning', 'Periode ini mulai 01/02/2019, padahal "PPR APBD 2026" adalah program tahun 2026: di cakupan per program orang ini dihitung untuk program itu hanya dalam tahun 2026. Bila program itu baru membiayainya sejak 1 Januari 2026, tulis dua baris: satu dengan tanggal mulai aslinya tanpa program pembayar, dan satu mulai 01/01/2026 dengan program ini.'],
    ]);
    expect(problemsOf(result, 3)).toEqual([]);
  });

  it("labels a PU period's wage change \"Upah\" and a BPU's declared income \"Penghasilan\", as the register does", async () => {
    const app = await badungApp();
    const saved = await app.call('employers.save', { name: 'PT Upah Jelas', nib: '9120001234533', npp: 'NN000777', kecamatanCode: '51.03.06', bpjsStatus: 'pwbd' });
    if (!saved.ok) throw new Error(saved.error.message);
    const file = dir.path('upah.csv');
    const write = (wage: string) =>
      writeFileSync(file, ['NIK;Nama;Desa;Segmen;NPP;Mulai;Upah', `5103064507900052;Uji PU;Dalung;PU;NN000777;01/01/2026;${wage}`, `5103064507900053;Uji BPU;Dalung;BPU;;01/01/2026;${wage}`].join('\n'));
    write('3.000.000');
    expect((await commit(app, (await workerDryRun(app, file, 'upah.csv')).job.id)).status).toBe('done');
    write('3.500.000');
    const { result } = await workerDryRun(app, file, 'upah.csv');
    const labels = (row: number) => (result.rows.find((r) => r.rowNumber === row)!.changes ?? []).map((c) => [c.field, c.label.id]);
    expect(labels(2)).toEqual([['wage', 'Upah']]);
    expect(labels(3)).toEqual([['declaredIncome', 'Penghasilan']]);
  });
});
