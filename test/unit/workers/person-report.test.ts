import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { DownloadToken } from '../../../core/api/imports.ts';
import type { PersonReportResult } from '../../../core/api/privacy.ts';
import { maskNik, maskTypedNik } from '../../../core/exports/mask-nik.ts';
import { blobHasId, decodeIds, encodeIds } from '../../../core/exports/record-set.ts';
import { badungApp, sampleEmployer } from '../employers/support.ts';
import { tempDir } from '../imports/fixtures.ts';
import { commit, stage, waitJob, type App } from '../imports-pipeline/support.ts';
import type { DryRunResult, Inspection } from '../../../core/api/imports.ts';

// UU PDP: the person's own data report holds the person's fields, periods and every processing
// (the import that wrote them, the exports that included them and not those that did not); making
// it is audited; exports can mask NIKs, and say so in their audit row with who and how many.

const dir = tempDir('lindung-person-report-');
const sukerti = '5103064507900002';
const sudarsana = '5103061203850001';

async function importList(app: App) {
  const file = dir.path('daftar.csv');
  writeFileSync(
    file,
    [
      'NIK;Nama;Alamat;Desa;Kategori;Segmen;Mulai;Sumber dana;Program',
      `${sukerti};Ni Luh Putu Sukerti;Br. Kaja;Dalung;Petani;BPU;01/01/2025;APBD kabupaten/kota;JKK, JKM`,
      `${sudarsana};I Made Sudarsana;Br. Kelod;Canggu;Nelayan;BPU;01/01/2025;APBD kabupaten/kota;JKK, JKM`,
    ].join('\n'),
  );
  const staged = await stage(app, file, 'daftar APBD 2025.csv');
  const inspected = await app.call('imports.inspect', { register: 'worker', fileToken: staged.token });
  if (!inspected.ok) throw new Error(inspected.error.message);
  const { headerRow, mapping } = inspected.data as Inspection;
  const started = await app.call('imports.dryRun', { register: 'worker', fileToken: staged.token, headerRow, mapping });
  if (!started.ok) throw new Error(started.error.message);
  const job = await waitJob(app, started.data);
  expect((job.result as DryRunResult).summary.invalid).toBe(0);
  expect((await commit(app, job.id)).status).toBe('done');
}

async function exportWorkers(app: App, input: Record<string, unknown>) {
  const started = await app.call('registers.export', { register: 'worker', filterModel: {}, ...input });
  if (!started.ok) throw new Error(started.error.message);
  const job = await waitJob(app, started.data);
  expect(job.status).toBe('done');
  return app.runtime.files.outgoingFile((job.result as DownloadToken).token);
}

async function report(app: App, input: Record<string, unknown>): Promise<PersonReportResult> {
  const made = await app.call('workers.report', input);
  if (!made.ok) throw new Error(made.error.message);
  return made.data;
}

const lastExportAudit = (app: App) =>
  app.sqlite.prepare("SELECT actor_name AS actor, after FROM audit_log WHERE action = 'export' ORDER BY id DESC LIMIT 1").get() as { actor: string; after: string };

describe('record sets of exports', () => {
  it('round-trip exactly and cost a few KB for a million ids', () => {
    const ids = Array.from({ length: 1_000_000 }, (_, i) => i + 1 + (i > 500_000 ? 7 : 0));
    const set = encodeIds(ids);
    expect(set.count).toBe(1_000_000);
    expect(set.ids.length).toBeLessThan(16_000);
    expect(decodeIds(set.ids)).toEqual(ids);
    expect(blobHasId(set.ids, 500_002)).toBe(false); // in the gap
    expect(blobHasId(set.ids, 500_009)).toBe(true);
    const sparse = encodeIds([3, 200, 70_000, 2 ** 40]);
    expect(decodeIds(sparse.ids)).toEqual([3, 200, 70_000, 2 ** 40]);
  });

  it('masks a NIK to its first 6 and last 4 digits', () => {
    expect(maskNik('5103010101900002')).toBe('510301******0002');
    // Typed into a heading's filter: from the start as the cells hide it; a fragment, every digit.
    expect(maskTypedNik('5103 0101 9000 02', true)).toBe('5103 01** **** 02');
    expect(maskTypedNik('5103010', true)).toBe('510301*');
    expect(maskTypedNik('0101 x', false)).toBe('**** x');
  });
});

describe('the person data report and NIK exports', { timeout: 300_000 }, () => {
  it('masks NIKs in CSV and XLSX exports and audits who, how many, which filter and masked', async () => {
    const app = await badungApp();
    await importList(app);
    const csv = await exportWorkers(app, { format: 'csv', columns: ['nik', 'name'], maskNik: true });
    const text = readFileSync(csv.path, 'utf8');
    expect(text).toContain('"510306******0002";"Ni Luh Putu Sukerti"');
    expect(text).not.toContain(sukerti);
    const audit = lastExportAudit(app);
    expect(audit.actor).toBe('Petugas Uji');
    expect(JSON.parse(audit.after)).toMatchObject({ register: 'worker', format: 'csv', rows: 2, filter: 'Semua data (tanpa saringan)', nik: 'masked' });

    const xlsx = await exportWorkers(app, { format: 'xlsx', columns: ['name', 'nik'], maskNik: true, quickSearch: 'sudarsana' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx.path);
    const sheet = book.worksheets[0]!;
    const cells = sheet.getSheetValues().flat().map(String);
    expect(cells).toContain('510306******0001');
    expect(cells).not.toContain(sudarsana);
    expect(JSON.parse(lastExportAudit(app).after)).toMatchObject({ format: 'xlsx', rows: 1, filter: 'Pencarian: "sudarsana"', nik: 'masked' });

    await exportWorkers(app, { format: 'csv', columns: ['nik', 'name'] });
    expect(JSON.parse(lastExportAudit(app).after)).toMatchObject({ nik: 'shown' });
    // Each finished export stored the ids it wrote with its audit row.
    expect(app.sqlite.prepare('SELECT count FROM export_record_set ORDER BY audit_id').pluck().all()).toEqual([2, 1, 2]);
  });

  it('writes categories as their list labels; with NIKs masked, birth dates as the year only (the hidden digits), said in the heading', async () => {
    const app = await badungApp();
    await importList(app);
    // A code the list no longer has is written as it is.
    app.sqlite.prepare("UPDATE person SET category = 'kode_lama' WHERE nik = ?").run(sudarsana);
    const columns = ['nik', 'name', 'sex', 'birthDate', 'category', 'segment'];

    const plain = readFileSync((await exportWorkers(app, { format: 'csv', columns, filterModel: { category: { filterType: 'set', values: ['petani', 'kode_lama'] } } })).path, 'utf8');
    expect(plain).toContain(`"${sukerti}";"Ni Luh Putu Sukerti";"Perempuan";"05/07/1990";"Petani";"BPU"`);
    expect(plain).toContain(`"${sudarsana}";"I Made Sudarsana";"Laki-laki";"12/03/1985";"kode_lama";"BPU"`);
    expect(plain).toContain('"Saringan: Kategori rentan: Petani, kode_lama"');
    expect(plain).toContain('"Tanggal lahir"');
    expect(plain).not.toContain('disamarkan');

    // The view names her NIK and birth date: the heading hides them as the cells do.
    const view = { quickSearch: sukerti, filterModel: { nik: { filterType: 'text', type: 'startsWith', filter: '5103064507' }, birthDate: { filterType: 'date', type: 'equals', dateFrom: '1990-07-05 00:00:00' } } };
    const masked = readFileSync((await exportWorkers(app, { format: 'csv', columns, maskNik: true, ...view })).path, 'utf8');
    expect(masked).toContain('"510306******0002";"Ni Luh Putu Sukerti";"Perempuan";"1990";"Petani";"BPU"');
    expect(masked).toContain('"Tanggal lahir (tahun)"');
    expect(masked).toContain('"Saringan: NIK diawali ""510306****""; Tanggal lahir pada **/**/1990; Pencarian: ""510306******0002"""');
    expect(masked).toContain('"NIK disamarkan (6 digit awal dan 4 digit akhir); tanggal lahir hanya tahunnya, sebab digit yang disamarkan memuat tanggal lahir"');
    for (const revealing of [sukerti, '5103064507', '05/07/1990', '450790']) expect(masked).not.toContain(revealing);
    // The audit row keeps the view as asked.
    expect(JSON.parse(lastExportAudit(app).after)).toMatchObject({ nik: 'masked', filter: expect.stringContaining(`Pencarian: "${sukerti}"`) });

    // XLSX: the year a plain number, not a date cell; unmasked, a real date.
    const read = async (input: Record<string, unknown>) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile((await exportWorkers(app, { format: 'xlsx', columns, quickSearch: 'sukerti', ...input })).path);
      const sheet = book.worksheets[0]!;
      const row = sheet.getRows(1, sheet.rowCount)!.find((r) => String(r.getCell(2).value) === 'Ni Luh Putu Sukerti')!;
      return { sheet, nik: row.getCell(1).value, birth: row.getCell(4), category: row.getCell(5).value };
    };
    const maskedBook = await read({ maskNik: true });
    expect([maskedBook.nik, maskedBook.birth.value, maskedBook.birth.numFmt, maskedBook.category]).toEqual(['510306******0002', 1990, undefined, 'Petani']);
    expect(maskedBook.sheet.getSheetValues().flat().map(String)).toContain('NIK disamarkan (6 digit awal dan 4 digit akhir); tanggal lahir hanya tahunnya, sebab digit yang disamarkan memuat tanggal lahir');
    const plainBook = await read({});
    expect([plainBook.nik, plainBook.birth.value, plainBook.birth.numFmt, plainBook.category]).toEqual([sukerti, new Date(Date.UTC(1990, 6, 5)), 'dd/mm/yyyy', 'Petani']);

    // The identity flag in words, not the 0 it is stored as (walk 35).
    const flag = readFileSync((await exportWorkers(app, { format: 'csv', columns: ['name', 'identityMismatch'], quickSearch: 'sukerti' })).path, 'utf8');
    expect(flag).toContain('"Ni Luh Putu Sukerti";"Sesuai"');

    // Masked without the birth date column: the note says the NIK only.
    const nikOnly = readFileSync((await exportWorkers(app, { format: 'csv', columns: ['nik', 'name'], maskNik: true })).path, 'utf8');
    expect(nikOnly).toContain('"NIK disamarkan (6 digit awal dan 4 digit akhir)"\r\n');
  });

  it('holds the fields, periods, the import and only the exports that included the person; making it is audited', async () => {
    const app = await badungApp();
    const employer = await app.call('employers.save', { ...sampleEmployer, confirmRegistrationGaps: true });
    if (!employer.ok) throw new Error(employer.error.message);
    await importList(app);
    const uid = app.sqlite.prepare('SELECT uid FROM person WHERE nik = ?').pluck().get(sukerti) as string;
    // A form save: a note that looks like a formula, and a PU period with the employer.
    const detail = await app.call('workers.get', { uid });
    if (!detail.ok) throw new Error(detail.error.message);
    const { person: p, periods } = detail.data;
    // The programme that pays her BPU period (walk 33: the PDF did not say which).
    const programme = await app.call('programmes.save', { name: 'Program Pekerja Rentan Badung 2025', year: 2025, funding: 'apbd_kabkota', budget: 100_000_000 });
    if (!programme.ok) throw new Error(programme.error.message);
    const saved = await app.call('workers.save', {
      uid, nik: p.nik, name: p.name, address: p.address, kecamatanCode: p.kecamatanCode, desaCode: p.desaCode, category: p.category, notes: '=HYPERLINK("http://x")',
      periods: [...periods.map((q) => ({ uid: q.uid, segment: q.segment, startDate: q.startDate, programmes: q.programmes, funding: 'apbd_kabkota', source: q.source, programmeUid: programme.data.uid })), { segment: 'PU', employerUid: employer.data.uid, startDate: '2025-03-01', programmes: ['JKK', 'JKM', 'JHT'], funding: 'pemberi_kerja', wage: 3_500_000 }],
    });
    if (!saved.ok) throw new Error(saved.error.message);

    await exportWorkers(app, { format: 'csv', columns: ['nik', 'name'], quickSearch: 'sukerti' }); // includes her
    await exportWorkers(app, { format: 'xlsx', columns: ['nik', 'name'], quickSearch: 'sudarsana' }); // does not

    const made = await report(app, { nik: sukerti, formats: ['text', 'pdf', 'xlsx'] });
    expect(made.person).toEqual({ uid, name: 'Ni Luh Putu Sukerti' });
    const text = made.text!;
    expect(text).toContain('Disperinaker Kabupaten Badung');
    expect(text).toContain(`NIK: ${sukerti}`);
    expect(text).toContain('Jenis kelamin (dari NIK): Perempuan');
    expect(text).toContain('Tanggal lahir (dari NIK): 05/07/1990');
    expect(text).toContain('Desa/kelurahan: Dalung (51.03.06.2006)');
    expect(text).toMatch(/Segmen: BPU · Pemberi kerja: — · KPJ: — · Program: JKK, JKM · Mulai: 01\/01\/2025 · Selesai: berjalan/);
    expect(text).toMatch(/Segmen: PU · Pemberi kerja: PT Bali Segara Sejahtera \(NPP NN012345\).*Upah \/ penghasilan: Rp 3\.500\.000/);
    expect(text).toContain('Impor: data orang dibuat');
    expect(text).toContain('daftar APBD 2025.csv (tersimpan)');
    expect(text).toContain('Diubah: Catatan');
    const exportLines = text.split('\n').filter((l) => l.includes('Ekspor register'));
    expect(exportLines).toHaveLength(1);
    expect(exportLines[0]).toContain('Pencarian: "sukerti"');
    expect(exportLines[0]).toContain('NIK utuh');
    expect(text).toContain('Laporan data pribadi dibuat');

    // Who asked for whose report, in which forms.
    const audited = app.sqlite.prepare("SELECT actor_name AS actor, entity_uid AS uid, entity_label AS label, after FROM audit_log WHERE action = 'report'").all();
    expect(audited).toEqual([{ actor: 'Petugas Uji', uid, label: 'Ni Luh Putu Sukerti', after: JSON.stringify({ formats: ['text', 'pdf', 'xlsx'] }) }]);
    // The next report lists that one, its formats in words (not "TEXT, PDF, XLSX").
    expect((await report(app, { nik: sukerti, formats: ['text'] })).text).toContain('Format: teks, PDF, Excel');

    // The PDF, read back: the office, the person, the periods, the page numbers.
    const pdf = made.files.find((f) => f.format === 'pdf')!;
    expect(pdf.fileName).toBe('Laporan data pribadi 510306xxxxxx0002.pdf');
    const pdfText = execFileSync('pdftotext', ['-layout', app.runtime.files.outgoingFile(pdf.token).path, '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('Disperinaker Kabupaten Badung');
    expect(pdfText).toContain('Laporan data pribadi');
    expect(pdfText).toContain('Ni Luh Putu Sukerti');
    expect(pdfText).toContain(sukerti);
    expect(pdfText).toContain('PT Bali Segara');
    // The funding column names the programme that pays, and says so in its header (the cells wrap: read in reading order).
    const cells = execFileSync('pdftotext', ['-raw', app.runtime.files.outgoingFile(pdf.token).path, '-'], { encoding: 'utf8' });
    expect(cells).toMatch(/Sumber dana\s+—\s+program\s+yang\s+membayar/);
    expect(cells).toMatch(/APBD\s+kabupaten\/\s*kota\s+—\s+Program\s+Pekerja\s+Rentan\s+Badung\s+2025/);
    expect(pdfText).toContain('Riwayat pemrosesan');
    expect(pdfText).toContain('Ekspor register');
    expect(pdfText).toMatch(/Halaman 1 dari \d/);

    // The XLSX: a sheet a table, the formula-like note neutralised.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(app.runtime.files.outgoingFile(made.files.find((f) => f.format === 'xlsx')!.token).path);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Data diri', 'Periode kepesertaan', 'Riwayat status data', 'Riwayat pemrosesan']);
    const values = book.getWorksheet('Data diri')!.getSheetValues().flat().map(String);
    expect(values).toContain(sukerti);
    expect(values).toContain('\'=HYPERLINK("http://x")');
  });

  it("lists the status history oldest first, the imports and the record's own changes as one list (walk 30)", async () => {
    // A clock that moves: each call a minute later, so the order is the instants'.
    let at = Date.parse('2026-11-24T01:00:00Z');
    const app = await badungApp(() => new Date((at += 60_000)));
    await importList(app); // the person made by an import (a batch)
    const uid = app.sqlite.prepare('SELECT uid FROM person WHERE nik = ?').pluck().get(sukerti) as string;
    const died = await app.call('workers.setStatus', { uid, recordStatus: 'meninggal', reason: 'Akta kematian desa', date: '2026-11-01' }); // then her own row
    if (!died.ok) throw new Error(died.error.message);
    const text = (await report(app, { nik: sukerti, formats: ['text'] })).text!;
    const start = text.indexOf('== Riwayat status data ==');
    const lines = text.slice(start, text.indexOf('\n\n', start)).split('\n').slice(1);
    expect(lines.map((l) => /Status: ([^·]*) ·/.exec(l)?.[1]?.trim())).toEqual(['Aktif', 'Meninggal']);
  });

  it('an unknown or malformed NIK is refused saying what to check; an operator may make a report', async () => {
    const app = await badungApp();
    await importList(app);
    const unknown = await app.call('workers.report', { nik: '5103069999990009', formats: ['text'] });
    expect(!unknown.ok && [unknown.error.code, unknown.error.message]).toEqual(['NOT_FOUND', expect.stringContaining('Tidak ada orang dengan NIK 5103069999990009')]);
    const bad = await app.call('workers.report', { nik: '12345', formats: ['text'] });
    expect(!bad.ok && bad.error.code).toBe('INVALID_INPUT');
    expect(app.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'report'").pluck().get()).toBe(0);
    const byOperator = await app.callAs('operator', 'workers.report', { nik: sudarsana, formats: ['text'] });
    expect(byOperator.ok).toBe(true);
    expect(app.sqlite.prepare("SELECT actor_name FROM audit_log WHERE action = 'report'").pluck().get()).toBe('Uji operator');
  });

  it('keeps the NIK column hidden by default until the office turns it off (audited)', async () => {
    const app = await badungApp();
    const start = await app.call('privacy.settings', {});
    expect(start.ok && start.data).toEqual({ hideNikByDefault: true });
    const saved = await app.call('privacy.saveSettings', { hideNikByDefault: false });
    expect(saved.ok && saved.data).toEqual({ hideNikByDefault: false });
    expect(app.sqlite.prepare("SELECT after FROM audit_log WHERE entity = 'office_profile' ORDER BY id DESC LIMIT 1").pluck().get()).toBe(JSON.stringify({ hideNikByDefault: false }));
    const refused = await app.callAs('operator', 'privacy.saveSettings', { hideNikByDefault: true });
    expect(!refused.ok && refused.error.code).toBe('FORBIDDEN');
  });
});
