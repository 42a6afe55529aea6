import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { badungApp, sampleEmployer } from '../employers/support.ts';
import { tempDir } from '../imports/fixtures.ts';
import { commit, type App } from '../imports-pipeline/support.ts';
import { makeTestApp } from '../support/test-db.ts';
import { workerDryRun } from './import-support.ts';

// Both worker list layouts as another program wrote them: test/fixtures/workers/*.xlsx are
// LibreOffice's conversions of the .csv beside them (`soffice --headless --infilter=
// "CSV:44,34,76,1,,1033,true" --convert-to xlsx`: quoted fields stay text, the rest become
// numbers and dates), with a title row above the header, a NIK with ".0", a NIK stored as a
// number (5.10306E+15: its digits lost), real date cells. (a) a programme list
// with a woman's NIK, a ".0" NIK, a NIK whose digits were lost, and a known NIK under another
// name; (b) a BPJS participant list where the NPP makes a row PU, one NPP unknown, one
// "non aktif" without its date.

const fixtures = join(import.meta.dirname, '../../fixtures/workers');
const dir = tempDir('lindung-worker-layouts-');

async function withEmployer(): Promise<App> {
  const app = await badungApp();
  const employer = await app.call('employers.save', { ...sampleEmployer, confirmRegistrationGaps: true });
  if (!employer.ok) throw new Error(employer.error.message);
  return app;
}

const messageOf = (result: Awaited<ReturnType<typeof workerDryRun>>['result'], row: number) => result.rows.find((r) => r.rowNumber === row)!.problems.map((p) => [p.field, p.severity, p.message.id]);

describe('worker list layouts', { timeout: 300_000 }, () => {
  it('(c) a desa workbook with an empty "Sheet1" in front: the list is read from its sheet "Daftar", and the chooser names both (walk 34)', async () => {
    const app = await withEmployer();
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Sheet1');
    const list = book.addWorksheet('Daftar');
    list.addRow(['DAFTAR PEKERJA RENTAN DESA DALUNG 2025']);
    list.addRow([]);
    list.addRow(['NIK', 'Nama', 'Desa', 'Segmen', 'Mulai']);
    list.addRow(['5103064507900002', 'Ni Luh Putu Sukerti', 'Dalung', 'BPU', '01/01/2025']);
    list.addRow(['5103061203850001', 'I Made Sudarsana', 'Dalung', 'BPU', '01/01/2025']);
    const written = dir.path('desa-exceljs.xlsx');
    await book.xlsx.writeFile(written);
    // Saved again by LibreOffice, as a clerk's office program writes it.
    const out = dir.path('lo');
    execFileSync('soffice', [`-env:UserInstallation=file://${dir.path('lo-profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', out, written], { stdio: 'ignore', timeout: 120_000 });
    const { result, inspection } = await workerDryRun(app, join(out, 'desa-exceljs.xlsx'), 'daftar desa.xlsx');
    expect(inspection.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Daftar']);
    expect(inspection.sheet).toBe('Daftar');
    expect(inspection.headerRow).toBe(3);
    expect(result.summary).toMatchObject({ total: 2, new: 2, invalid: 0 });
  });

  it('(a) a programme list from LibreOffice: title row, NIKs as numbers, a woman, lost digits, a known NIK under another name', async () => {
    const app = await withEmployer();
    const first = dir.path('terdaftar.csv');
    writeFileSync(first, ['NIK;Nama;Desa;Segmen;Mulai', '5103062208950010;I Ketut Arsana;Tibubeneng;BPU;01/01/2025'].join('\n'));
    const registered = await workerDryRun(app, first, 'terdaftar.csv');
    expect((await commit(app, registered.job.id)).status).toBe('done');

    const { job, result, inspection } = await workerDryRun(app, join(fixtures, 'daftar-program-badung.xlsx'), 'daftar-program-badung.xlsx');
    expect(inspection.headerRow).toBe(2);
    // The preview shows LibreOffice's date cells day first, as the clerk sees them (walk 34: "2026-01-01").
    expect(inspection.preview[0]!.cells.slice(6, 7)).toEqual(['01/01/2026']);
    expect(inspection.preview[0]!.cells[9]).toBe('15/07/1992');
    expect(result.summary).toMatchObject({ total: 4, new: 2, changed: 0, review: 1, invalid: 1 });
    expect(result.rows.find((r) => r.rowNumber === 5)!.status).toBe('review');
    expect(messageOf(result, 4)).toEqual([['nik', 'warning', 'NIK "5103061203850010.0" dibaca sebagai 5103061203850010: Akhiran desimal ".0" dihapus (sel kemungkinan tersimpan sebagai angka). Cocokkan 16 digit hasilnya dengan KTP/KK sebelum disimpan. Bila cocok, baris ini masuk dengan NIK 5103061203850010 saat impor disimpan; bila tidak, perbaiki berkasnya lalu periksa lagi.']]);
    expect(messageOf(result, 6)[0]!.slice(0, 2)).toEqual(['nik', 'error']);
    expect((await commit(app, job.id)).status).toBe('done');
    expect(app.sqlite.prepare("SELECT nik, sex, birth_date FROM person WHERE name IN ('Ni Kadek Sri Wahyuni', 'I Made Sudarsana') ORDER BY nik").raw().all()).toEqual([
      ['5103061203850010', 'L', '1985-03-12'],
      ['5103065507920010', 'P', '1992-07-15'],
    ]);
    expect(app.sqlite.prepare('SELECT name FROM person WHERE nik = ?').pluck().get('5103062208950010')).toBe('I Ketut Arsana');
    expect(app.sqlite.prepare('SELECT file_name, file_row FROM identity_review').raw().all()).toEqual([['Ketut Arsana Putra', 5]]);
  });

  it('(b) a BPJS participant list: PU from a known NPP, an unknown NPP named with how to fix it, a non-active participant with and without its date', async () => {
    const app = await withEmployer();
    const { job, result, inspection } = await workerDryRun(app, join(fixtures, 'peserta-bpjs-badung.xlsx'), 'peserta-bpjs-badung.xlsx');
    expect(inspection.headerRow).toBe(2);
    for (const field of ['kpj', 'nik', 'name', 'birthDate', 'npp', 'segment', 'programmes', 'startDate', 'participationStatus', 'endDate', 'income']) expect(inspection.mapping[field], field).not.toBeNull();
    expect(result.summary).toMatchObject({ total: 5, new: 3, invalid: 2, review: 0 });
    expect(messageOf(result, 4)).toEqual([['npp', 'error', expect.stringMatching(/^NPP NN099999 tidak ada di register perusahaan\. Daftarkan perusahaan ber-NPP NN099999 .* atau perbaiki NPP/)]]);
    expect(messageOf(result, 6)).toEqual([['endDate', 'error', expect.stringContaining('"Non Aktif" berarti tidak aktif, tetapi tanggal berakhir kosong')]]);
    expect((await commit(app, job.id)).status).toBe('done');
    expect(
      app.sqlite
        .prepare('SELECT p.name, pp.segment, e.npp, pp.kpj, pp.start_date, pp.end_date, pp.wage, pp.declared_income, pp.programmes FROM participation_period pp JOIN person p ON p.id = pp.person_id LEFT JOIN employer e ON e.id = pp.employer_id ORDER BY p.name')
        .raw()
        .all(),
    ).toEqual([
      ['I Komang Arta', 'PU', 'NN012345', '25012345670', '2024-02-01', null, 3500000, null, '["JKK","JKM","JHT","JP"]'],
      ['I Nyoman Sura', 'PU', 'NN012345', '25012345690', '2020-01-01', '2023-12-31', 2900000, null, '["JKK","JKM","JHT"]'],
      ['Ni Made Rai', 'BPU', null, '25012345710', '2025-01-01', null, null, 1500000, '["JKK","JKM"]'],
    ]);
  });

  it('(b) an existing NIK from a BPJS list updates the person and adds the period that follows theirs with more programmes, as layout (a) does', async () => {
    const app = await withEmployer();
    const first = dir.path('pu-awal.csv');
    writeFileSync(first, ['NIK;Nama;Segmen;NPP;Mulai;Selesai;Program', '5103061509920010;I Komang Arta;PU;NN012345;01/02/2023;31/01/2024;JKK, JKM'].join('\n'));
    const before = await workerDryRun(app, first, 'pu-awal.csv');
    expect((await commit(app, before.job.id)).status).toBe('done');
    const { job, result } = await workerDryRun(app, join(fixtures, 'peserta-bpjs-badung.xlsx'), 'peserta-bpjs-badung.xlsx');
    expect(result.summary).toMatchObject({ new: 2, changed: 1, invalid: 2 });
    expect((await commit(app, job.id)).status).toBe('done');
    // 2024-02-01 follows the period that ended 2024-01-31 with JHT and JP added: a period of its
    // own, so the year before does not count JHT and JP (walk 34: a later list rewrote it).
    expect(app.sqlite.prepare("SELECT pp.start_date, pp.end_date, pp.programmes, pp.kpj FROM participation_period pp JOIN person p ON p.id = pp.person_id WHERE p.nik = '5103061509920010' ORDER BY pp.start_date").raw().all()).toEqual([
      ['2023-02-01', '2024-01-31', '["JKK","JKM"]', null],
      ['2024-02-01', null, '["JKK","JKM","JHT","JP"]', '25012345670'],
    ]);
    // The list's birth date is the NIK's own: nothing typed to keep beside it (walk 34: it was reported as a change).
    expect(app.sqlite.prepare("SELECT kpj, birth_date, birth_date_typed FROM person WHERE nik = '5103061509920010'").raw().get()).toEqual(['25012345670', '1992-09-15', null]);
  });

  it('(b) a later BPJS list that ends a running period closes it at its date, saying so in the dry run', async () => {
    const app = await withEmployer();
    const header = 'KPJ;NIK;Nama;NPP;Segmen;Mulai;Status kepesertaan;Tanggal non aktif;Program';
    const first = dir.path('aktif.csv');
    writeFileSync(first, [header, '25012345670;5103061509920010;I Komang Arta;NN012345;PU;01/02/2024;Aktif;;JKK, JKM'].join('\n'));
    expect((await commit(app, (await workerDryRun(app, first, 'aktif.csv')).job.id)).status).toBe('done');
    const later = dir.path('non-aktif.csv');
    writeFileSync(later, [header, '25012345670;5103061509920010;I Komang Arta;NN012345;PU;01/02/2024;Non aktif;30/06/2025;JKK, JKM'].join('\n'));
    const { job, result } = await workerDryRun(app, later, 'non-aktif.csv');
    expect(result.summary).toMatchObject({ total: 1, changed: 1, unchanged: 0, invalid: 0 });
    expect(messageOf(result, 2)).toEqual([['endDate', 'warning', 'Periode PU mulai 01/02/2024 yang masih berjalan di register ditutup per 30/06/2025 menurut baris ini. Bila orang itu masih membayar iuran, kosongkan tanggal selesai di berkas.']]);
    expect((await commit(app, job.id)).status).toBe('done');
    expect(app.sqlite.prepare('SELECT start_date, end_date FROM participation_period').raw().all()).toEqual([['2024-02-01', '2025-06-30']]);
  });

  it('(b) a KPJ on another NIK\'s row is refused at it, on the same person\'s next period it is not; "Aktif" with a past non-active date is said (walk 34)', async () => {
    const app = await withEmployer();
    const file = dir.path('kpj.csv');
    writeFileSync(file, [
      'KPJ;NIK;Nama;NPP;Segmen;Mulai;Status kepesertaan;Tanggal non aktif;Program',
      '25012345201;5103061509920010;I Komang Arta;NN012345;PU;01/02/2024;Aktif;;JKK, JKM',
      '25012345201;5103061509920010;I Komang Arta;NN012345;PU;01/02/2020;Non aktif;31/12/2020;JKK, JKM',
      '25012345201;5103064507900002;Ni Luh Putu Sukerti;NN012345;PU;01/02/2024;Aktif;;JKK, JKM',
      '25012345209;5103061203850001;I Made Sudarsana;NN012345;PU;01/02/2024;Aktif;30/06/2025;JKK, JKM',
    ].join('\n'));
    const { result } = await workerDryRun(app, file, 'kpj.csv');
    expect(messageOf(result, 3)).toEqual([]);
    expect(messageOf(result, 4)).toEqual([['kpj', 'error', 'KPJ 25012345201 sudah dipakai baris 2 untuk NIK lain. Satu KPJ milik satu orang: periksa KPJ atau NIK salah satu baris itu, atau kosongkan KPJ baris ini bila tidak pasti, lalu periksa lagi.']]);
    expect(messageOf(result, 5)).toEqual([['endDate', 'warning', 'Status kepesertaan "Aktif", tetapi tanggal non aktif 30/06/2025 sudah lewat: periode disimpan berakhir 30/06/2025, jadi orang ini tercatat tidak aktif sejak itu. Bila masih aktif, kosongkan tanggal non aktif di berkas.']]);
    expect(result.summary).toMatchObject({ total: 4, invalid: 1 });
  });

  it('(b) "non aktif" in a list with no end date column is said at the status, asking for the column (walk 36)', async () => {
    const app = await withEmployer();
    const file = dir.path('tanpa-selesai.csv');
    writeFileSync(file, ['KPJ;NIK;Nama;NPP;Segmen;Mulai;Status kepesertaan;Program', '25012345201;5103061509920010;I Komang Arta;NN012345;PU;01/02/2024;Non aktif;JKK, JKM'].join('\n'));
    const { result } = await workerDryRun(app, file, 'tanpa-selesai.csv');
    expect(result.rows[0]!.problems.map((p) => [p.field, p.column, p.message.id])).toEqual([
      ['participationStatus', 'G (Status kepesertaan)', 'Status kepesertaan "Non aktif" berarti tidak aktif, tetapi berkas tidak punya kolom tanggal non aktif (tanggal berakhir). Tambahkan kolom itu dengan tanggal berhentinya, lalu pilih berkasnya lagi.'],
    ]);
  });

  it('a list without NPPs names the employer by its NIB or its name, and keeps the date the list speaks of', async () => {
    const app = await withEmployer();
    // Two employers called "Karya Mandiri" (one a CV): a name alone cannot say which.
    for (const other of [{ name: 'CV Karya Mandiri', nib: '9120007654321', npp: 'NN055555', npwp: '01.234.567.8-902.000' }, { name: 'UD Karya Mandiri', nib: '9120007654322', npp: 'NN066666', npwp: '01.234.567.8-903.000' }]) {
      const saved = await app.call('employers.save', { ...sampleEmployer, ...other, legalForm: other.name.startsWith('CV') ? 'CV' : 'UD', confirmRegistrationGaps: true, confirmSimilarName: true });
      if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    }
    // An employer whose legal form the register does not know: a file that names one contradicts nothing.
    const noForm = await app.call('employers.save', { ...sampleEmployer, name: 'Pos Jembrana Sejahtera', nib: '9120007654323', npp: 'NN077777', npwp: '01.234.567.8-904.000', legalForm: '', confirmRegistrationGaps: true, confirmSimilarName: true });
    if (!noForm.ok) throw new Error(JSON.stringify(noForm.error));
    const file = dir.path('desa-pu.csv');
    writeFileSync(file, [
      'NIK;Nama;Segmen;NIB;Nama perusahaan;NPP;Mulai;Keadaan per',
      '5103061509920010;I Komang Arta;PU;9120001234567;;;01/02/2025;31/10/2025',
      '5103061509920028;I Wayan Sudira;PU;;pt. bali segara sejahtera;;01/03/2025;31/10/2025',
      '5103061509920036;I Nyoman Dana;PU;9120009999999;;;01/03/2025;31/10/2025',
      '5103061509920044;I Ketut Rai;PU;;Karya Mandiri;;01/03/2025;31/10/2025',
      '5103061509920052;I Made Oka;PU;9120007654321;;NN012345;01/03/2025;31/10/2025',
      '5103061509920060;I Putu Eka;PU;;Toko Tidak Ada;;01/03/2025;31/10/2025',
      // A BPU's workplace is no employer of the register: not looked up, the row saved.
      '5103061509920079;Ni Made Rai;BPU;;Pasar Kumbasari;;01/03/2025;31/10/2025',
      '5103061509920087;Ni Ketut Sari;BPU;;-;;01/03/2025;31/10/2025',
      // The legal form written after the name says which of the two.
      '5103061509920095;I Gede Putra;PU;;Karya Mandiri, CV;;01/03/2025;31/10/2025',
      // A form the register does not have under that name: the one it has, with a warning.
      '5103061509920109;I Kadek Wira;PU;;Bali Segara Sejahtera, CV;;01/03/2025;31/10/2025',
      // Neither of the two is a PT: which one stays unsaid.
      '5103061509920117;I Komang Sura;PU;;Karya Mandiri, PT;;01/03/2025;31/10/2025',
      '5103061509920125;I Wayan Tani;PU;;PT Pos Jembrana Sejahtera;;01/03/2025;31/10/2025',
    ].join('\n'));
    const { job, result, inspection } = await workerDryRun(app, file, 'desa-pu.csv');
    expect([inspection.mapping.employerNib, inspection.mapping.employerName, inspection.mapping.sourceDate]).toEqual([3, 4, 7]);
    expect(result.summary).toMatchObject({ new: 7, invalid: 5 });
    expect([messageOf(result, 8), messageOf(result, 9), messageOf(result, 10)]).toEqual([[], [], []]);
    expect(messageOf(result, 11)).toEqual([['employerName', 'warning', expect.stringMatching(/^Perusahaan "Bali Segara Sejahtera, CV" tidak ada dengan bentuk badan usaha itu; yang ada di register: "PT Bali Segara Sejahtera"/)]]);
    expect(messageOf(result, 12)).toEqual([['employerName', 'error', expect.stringMatching(/^Ada 2 perusahaan bernama "Karya Mandiri, PT"/)]]);
    expect(messageOf(result, 13)).toEqual([]);
    expect(messageOf(result, 4)).toEqual([['employerNib', 'error', expect.stringMatching(/^NIB 9120009999999 tidak ada di register perusahaan/)]]);
    expect(messageOf(result, 5)).toEqual([['employerName', 'error', expect.stringMatching(/^Ada 2 perusahaan bernama "Karya Mandiri" .* Tulis NPP atau NIB/)]]);
    expect(messageOf(result, 6)).toEqual([['employerNib', 'error', expect.stringMatching(/^NPP NN012345 dan NIB 9120007654321 di baris ini milik dua perusahaan/)]]);
    expect(messageOf(result, 7)).toEqual([['employerName', 'error', expect.stringMatching(/^Tidak ada perusahaan bernama "Toko Tidak Ada"/)]]);
    expect((await commit(app, job.id)).status).toBe('done');
    expect(app.sqlite.prepare('SELECT p.name, e.npp, pp.source_date FROM participation_period pp JOIN person p ON p.id = pp.person_id JOIN employer e ON e.id = pp.employer_id ORDER BY p.name').raw().all()).toEqual([
      ['I Gede Putra', 'NN055555', '2025-10-31'],
      ['I Kadek Wira', 'NN012345', '2025-10-31'],
      ['I Komang Arta', 'NN012345', '2025-10-31'],
      ['I Wayan Sudira', 'NN012345', '2025-10-31'],
      ['I Wayan Tani', 'NN077777', '2025-10-31'],
    ]);
    // A later list of the same people moves the date the data speaks of.
    const later = dir.path('desa-pu-2.csv');
    writeFileSync(later, ['NIK;Nama;Segmen;NPP;Mulai;Tanggal data', '5103061509920010;I Komang Arta;PU;NN012345;01/02/2025;30/11/2025'].join('\n'));
    const next = await workerDryRun(app, later, 'desa-pu-2.csv');
    expect(next.result.summary).toMatchObject({ changed: 1, invalid: 0 });
    expect((await commit(app, next.job.id)).status).toBe('done');
    const sourceOf = () => app.sqlite.prepare("SELECT pp.source, pp.source_date FROM participation_period pp JOIN person p ON p.id = pp.person_id WHERE p.nik = '5103061509920010'").raw().all();
    expect(sourceOf()).toEqual([['', '2025-11-30']]);
    // An older list imported late does not take the date back; a named source without a date does not keep another's date.
    const older = dir.path('desa-pu-lama.csv');
    writeFileSync(older, ['NIK;Nama;Segmen;NPP;Mulai;Tanggal data;Sumber data', '5103061509920010;I Komang Arta;PU;NN012345;01/02/2025;30/09/2025;Daftar September'].join('\n'));
    expect((await commit(app, (await workerDryRun(app, older, 'desa-pu-lama.csv')).job.id)).status).toBe('done');
    expect(sourceOf()).toEqual([['', '2025-11-30']]);
    const named = dir.path('desa-pu-bpjs.csv');
    writeFileSync(named, ['NIK;Nama;Segmen;NPP;Mulai;Sumber data', '5103061509920010;I Komang Arta;PU;NN012345;01/02/2025;Data BPJS'].join('\n'));
    expect((await commit(app, (await workerDryRun(app, named, 'desa-pu-bpjs.csv')).job.id)).status).toBe('done');
    expect(sourceOf()).toEqual([['Data BPJS', null]]);
  });

  it('gives a template for each layout: its columns in order and an example row', async () => {
    const app = await badungApp();
    const headersOf = async (layout: string) => {
      const out = await app.call('imports.template', { register: 'worker', layout });
      if (!out.ok) throw new Error(out.error.message);
      const book = XLSX.read(readFileSync(app.runtime.files.outgoingFile(out.data.token).path));
      const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets.Data!, { header: 1, raw: false });
      return { fileName: out.data.fileName, header: rows[0], example: rows[1] };
    };
    const bpjs = await headersOf('bpjs');
    expect(bpjs.fileName).toBe('Templat impor daftar peserta BPJS.xlsx');
    expect(bpjs.header).toEqual(['KPJ', 'NIK', 'Nama', 'Tanggal lahir', 'NPP pemberi kerja', 'Segmen', 'Program', 'Mulai', 'Status kepesertaan', 'Selesai', 'Upah']);
    expect(bpjs.example?.[1]).toBe('5103011203880001');
    const programme = await headersOf('program');
    expect(programme.fileName).toBe('Templat impor daftar pekerja program.xlsx');
    expect(programme.header?.slice(0, 3)).toEqual(['NIK', 'Nama', 'Jenis kelamin']);
    // The instructions say Segmen is needed unless the list has an NPP or NIB column.
    const out = await app.call('imports.template', { register: 'worker', layout: 'program' });
    if (!out.ok) throw new Error(out.error.message);
    const instructions = XLSX.utils.sheet_to_json<string[]>(XLSX.read(readFileSync(app.runtime.files.outgoingFile(out.data.token).path)).Sheets.Petunjuk!, { header: 1, raw: false });
    expect(instructions.find((r) => r[0] === 'Segmen')?.[1]).toBe('ya, kecuali ada kolom NPP pemberi kerja atau NIB pemberi kerja');
    expect(instructions.find((r) => r[0] === 'NIK')?.[1]).toBe('ya');
    const unknown = await app.call('imports.template', { register: 'worker', layout: 'entah' });
    expect(unknown.ok ? null : unknown.error.code).toBe('NOT_FOUND');
  });

  it("gives templates whose example row is a place of the office's own area, so the template as downloaded passes its dry run", async () => {
    const app = makeTestApp({ reference: true, now: () => new Date('2026-11-24T03:00:00Z') });
    const setup = await app.call('setup.complete', { officeName: 'Disnaker Kabupaten Jembrana', level: 'kabupaten_kota', areaCode: '51.01', timeZone: 'WITA' });
    if (!setup.ok) throw new Error(setup.error.message);
    const out = await app.call('imports.template', { register: 'worker', layout: 'program' });
    if (!out.ok) throw new Error(out.error.message);
    const file = dir.path('templat-jembrana.xlsx');
    writeFileSync(file, readFileSync(app.runtime.files.outgoingFile(out.data.token).path));
    const rows = XLSX.utils.sheet_to_json<string[]>(XLSX.read(readFileSync(file)).Sheets.Data!, { header: 1, raw: false });
    const kecamatan = rows[1]![rows[0]!.indexOf('Kecamatan')];
    const jembrana = app.sqlite.prepare("SELECT name FROM region WHERE level = 3 AND code LIKE '51.01.%'").pluck().all() as string[];
    expect(jembrana).toContain(kecamatan);
    // Sent back as it is, the example is refused as an example (walk 31), with nothing else to fix in it.
    const { result } = await workerDryRun(app, file, 'templat-jembrana.xlsx');
    expect(result.rows.flatMap((r) => r.problems.map((p) => [p.field, p.severity, p.message.id]))).toEqual([
      [null, 'error', 'Baris ini baris contoh dari templat, bukan data; tidak diimpor. Hapus baris contoh itu dari berkas (atau timpa dengan data sebenarnya), lalu periksa lagi.'],
    ]);
    expect(result.summary).toMatchObject({ total: 1, invalid: 1 });
    // A real person typed over its name and NIK: the row passes as it is.
    const book = XLSX.read(readFileSync(file));
    const sheet = book.Sheets.Data!;
    const col = (header: string) => XLSX.utils.encode_cell({ r: 1, c: rows[0]!.indexOf(header) });
    sheet[col('Nama')] = { t: 's', v: 'Ni Luh Putu Sukerti' };
    sheet[col('NIK')] = { t: 's', v: '5101044507900002' };
    const typed = dir.path('templat-diisi.xlsx');
    writeFileSync(typed, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const filled = (await workerDryRun(app, typed, 'templat-diisi.xlsx')).result;
    expect(filled.rows.flatMap((r) => r.problems.filter((p) => p.severity === 'error').map((p) => [p.field, p.message.id]))).toEqual([]);
    expect(filled.summary).toMatchObject({ total: 1, invalid: 0 });
  });
});
