import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CommitResult } from '../../../core/api/imports.ts';
import { badungApp } from '../employers/support.ts';
import { tempDir } from '../support/test-db.ts';
import { commit, inspectAndDryRun, stage, undo, undoneBatch, waitJob } from './support.ts';
import { readOnlyAuditActions } from '../../../core/imports/audit-mark.ts';
import { writeAudited } from '../../../core/audit/write.ts';


/** A file as a clerk receives it: title rows, Indonesian headers, NIB as numbers, a duplicate, a bad desa. */
async function messyWorkbook(path: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data Perusahaan');
  ws.addRow(['DATA PERUSAHAAN KABUPATEN BADUNG TAHUN 2025']);
  ws.addRow(['Sumber: BPJS Ketenagakerjaan Cabang Badung']);
  ws.addRow([]);
  ws.addRow(['No', 'Nama Badan Usaha', 'NIB', 'NPWP', 'No. Pendaftaran', 'KBLI', 'Kecamatan', 'Desa/Kelurahan', 'Status BPJS', 'TK Laki-laki', 'TK Perempuan']);
  ws.addRow([1, 'PT Segara Dewata', 9120000000001, '01.234.567.8-901.000', 'NN100001', '55110', 'Kec. Kuta Utara', 'Dalung', 'Terdaftar', 10, 8]);
  ws.addRow([2, 'CV Tirta Amerta', 9120000000002, '', '', 56101, 'KUTA UTARA', 'Canggu', 'belum', 3, 2]);
  ws.addRow([]);
  ws.addRow([3, 'UD Sari Merta', 9120000000003, '', '', '47111', 'Mengwi', 'Desa Tidak Ada', 'PWBD', 2, 1]);
  ws.addRow([4, 'PT Segara Dewata Dua', 9120000000001, '', '', '55110', 'Kuta Utara', '', 'terdaftar', 4, 4]);
  ws.addRow([5, 'Toko Ilmiah', '9.12E+12', '', '', '47111', 'Kuta', '', 'pwbd', 1, 0]);
  await wb.xlsx.writeFile(path);
}

// Every file is read in a worker thread: generous time on a busy machine.
describe('import pipeline (employers)', { timeout: 180_000 }, () => {
  it('finds the header under a title, maps Indonesian headers, and classifies every row with reasons', async () => {
    const app = await badungApp();
    const dir = tempDir();
    const file = join(dir.path, 'messy.xlsx');
    await messyWorkbook(file);
    const staged = await stage(app, file);
    const { inspection, job, result } = await inspectAndDryRun(app, staged.token);
    expect(inspection.headerRow).toBe(4);
    expect(inspection.mapping).toMatchObject({ name: 1, nib: 2, npwp: 3, npp: 4, kbli: 5, kecamatan: 6, desa: 7, bpjsStatus: 8, workersMale: 9, workersFemale: 10 });
    expect(job.status).toBe('done');
    expect(result.summary).toMatchObject({ total: 5, new: 2, invalid: 3 });
    const byRow = Object.fromEntries(result.rows.map((r) => [r.rowNumber, r]));
    expect(byRow[8]?.problems[0]).toMatchObject({ field: 'desa', column: 'H (Desa/Kelurahan)', value: 'Desa Tidak Ada' });
    expect(byRow[9]?.problems.map((p) => p.message.id).join(' ')).toMatch(/NIB 9120000000001 sama dengan baris 5/);
    expect(byRow[10]?.problems.map((p) => p.message.id).join(' ')).toMatch(/notasi ilmiah/);
    expect(app.count('employer')).toBe(0); // a dry run writes nothing
    dir.remove();
  });

  it('commits whole, refuses the same file twice, and undoes the whole import', async () => {
    const app = await badungApp();
    const dir = tempDir();
    const file = join(dir.path, 'messy.xlsx');
    await messyWorkbook(file);
    const { job } = await inspectAndDryRun(app, (await stage(app, file)).token);
    const committing = await app.call('imports.commit', { jobId: job.id });
    if (!committing.ok) throw new Error(committing.error.message);
    const committed = await waitJob(app, committing.data);
    expect(committed.status).toBe('done');
    expect(app.count('employer')).toBe(2);
    const saved = app.sqlite.prepare("SELECT nib, kecamatan_code, desa_code, bpjs_status FROM employer WHERE name = 'CV Tirta Amerta'").get();
    expect(saved).toMatchObject({ nib: '9120000000002', kecamatan_code: '51.03.06', bpjs_status: 'pwbd' });

    // The same bytes again: the dry run says so and a commit changes nothing.
    const again = await inspectAndDryRun(app, (await stage(app, file, 'salinan.xlsx')).token);
    expect(again.result.alreadyImported).not.toBeNull();
    expect(again.result.summary.new).toBe(0);
    const second = await app.call('imports.commit', { jobId: again.job.id });
    const secondDone = second.ok ? await waitJob(app, second.data) : null;
    expect(secondDone?.status).toBe('failed');
    expect(secondDone?.error?.message).toMatch(/sudah diimpor/);
    expect(app.count('employer')).toBe(2);

    const history = await app.call('imports.history', { register: 'employer' });
    const batch = history.ok ? history.data[0] : undefined;
    expect(batch).toMatchObject({ inserted: 2, invalid: 3, status: 'committed' });
    const undone = await undo(app, batch!.uid);
    expect(undone.status).toBe('done');
    expect(undoneBatch(undone)?.status).toBe('undone');
    expect(app.count('employer')).toBe(0);
    dir.remove();
  });

  it('updates matched records without erasing what the file leaves blank, and undo restores them', async () => {
    const app = await badungApp();
    const created = await app.call('employers.save', { name: 'PT Segara Dewata', nib: '9120000000001', kbliCodes: ['55110'], ownerName: 'I Made Suarta', kecamatanCode: '51.03.06', bpjsStatus: 'pwbd' });
    if (!created.ok) throw new Error(created.error.message);
    const dir = tempDir();
    const file = join(dir.path, 'update.csv');
    writeFileSync(file, 'Nama Perusahaan;NIB;Status BPJS;Kecamatan\nPT Segara Dewata;9120000000001;Terdaftar;Kuta Utara\n');
    const { result, job } = await inspectAndDryRun(app, (await stage(app, file, 'update.csv')).token);
    expect(result.summary).toMatchObject({ changed: 1, new: 0 });
    expect(result.rows[0]?.changedFields).toEqual(['bpjsStatus']);
    const commit = await app.call('imports.commit', { jobId: job.id });
    if (!commit.ok) throw new Error('commit');
    await waitJob(app, commit.data);
    const after = await app.call('employers.get', { uid: created.data.uid });
    expect(after.ok && after.data.employer).toMatchObject({ bpjsStatus: 'terdaftar', ownerName: 'I Made Suarta' });
    const history = await app.call('imports.history', { register: 'employer' });
    expect((await undo(app, history.ok ? history.data[0]!.uid : '')).status).toBe('done');
    const restored = await app.call('employers.get', { uid: created.data.uid });
    expect(restored.ok && restored.data.employer.bpjsStatus).toBe('pwbd');
    dir.remove();
  });

  it('checks every row again when the register changed after the dry run, and rolls back whole on a conflict', async () => {
    const app = await badungApp();
    const dir = tempDir();
    const file = join(dir.path, 'messy.xlsx');
    await messyWorkbook(file);
    const { job } = await inspectAndDryRun(app, (await stage(app, file)).token);
    // Someone registers the same NIB by hand between the check and the save.
    const manual = await app.call('employers.save', { name: 'Segara Dewata (manual)', nib: '9120000000002', kecamatanCode: '51.03.06' });
    expect(manual.ok).toBe(true);
    const commit = await app.call('imports.commit', { jobId: job.id });
    const done = commit.ok ? await waitJob(app, commit.data) : null;
    expect(done?.status).toBe('failed');
    expect(done?.error?.message).toMatch(/^Baris 6: NIB 9120000000002 sudah dipakai .* Impor dibatalkan seluruhnya\.$/);
    expect(app.count('employer')).toBe(1);
    expect(app.count('import_batch')).toBe(0);
    dir.remove();
  });

  it('does not check the file again for acts between the check and the commit that change no record (an export, a backup)', async () => {
    const app = await badungApp();
    const dir = tempDir();
    const file = join(dir.path, 'messy.xlsx');
    await messyWorkbook(file);
    const { job } = await inspectAndDryRun(app, (await stage(app, file)).token);
    for (const action of readOnlyAuditActions) writeAudited(app.ctx, ({ audit }) => audit({ action, entity: 'database', entityUid: null, label: action, before: null, after: {} }));
    const committed = await commit(app, job.id);
    expect(committed.status).toBe('done');
    // Its error file is the check's own rows left out: a commit that checked the file again names none.
    expect((committed.result as CommitResult).errorFile).not.toBeNull();
    dir.remove();
  });

  it('stops when a row became invalid since the dry run even if another became valid (the counts alike)', async () => {
    const app = await badungApp();
    const dir = tempDir();
    const file = join(dir.path, 'tukar.csv');
    writeFileSync(file, 'Nama Perusahaan;NIB;Kecamatan;Status Kantor;NIB Kantor Pusat\nPT Satu Baru;9120000000201;Kuta Utara;pusat;\nPT Cabang Dua;9120000000202;Kuta Utara;cabang;9120000000299\n');
    const { job, result } = await inspectAndDryRun(app, (await stage(app, file, 'tukar.csv')).token);
    expect(result.summary).toMatchObject({ new: 1, invalid: 1 }); // the branch: no head office with that NIB
    // Meanwhile the head office is registered (the branch can be written now) and row 2's NIB taken by hand.
    for (const values of [{ name: 'PT Induk', nib: '9120000000299' }, { name: 'PT Satu (manual)', nib: '9120000000201' }]) {
      expect((await app.call('employers.save', { ...values, kecamatanCode: '51.03.06' })).ok).toBe(true);
    }
    const commit = await app.call('imports.commit', { jobId: job.id });
    const done = commit.ok ? await waitJob(app, commit.data) : null;
    expect(done?.status).toBe('failed');
    expect(done?.error?.message).toMatch(/^Baris 2: NIB 9120000000201 sudah dipakai .* Impor dibatalkan seluruhnya\.$/);
    expect(app.count('employer')).toBe(2);
    expect(app.count('import_batch')).toBe(0);
    dir.remove();
  });

  it('writes a date cell of an invalid row as its day, dd/mm/yyyy, as the messages ask and the importer reads', async () => {
    const app = await badungApp();
    const dir = tempDir();
    const file = join(dir.path, 'tanggal.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.addRow(['Nama Perusahaan', 'NIB', 'Kecamatan', 'Desa/Kelurahan', 'Tanggal Mulai Usaha']);
    ws.addRow(['PT Tanggal Baik', '9120000000101', 'Kuta Utara', 'Dalung', new Date(Date.UTC(2015, 2, 7))]);
    ws.addRow(['PT Desa Salah', '9120000000102', 'Mengwi', 'Desa Tidak Ada', new Date(Date.UTC(1990, 6, 5))]);
    await wb.xlsx.writeFile(file);
    const { job, result } = await inspectAndDryRun(app, (await stage(app, file)).token);
    expect(result.summary).toMatchObject({ new: 1, invalid: 1 });
    const errorFile = await app.call('imports.errorFile', { jobId: job.id });
    if (!errorFile.ok) throw new Error(errorFile.error.message);
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(app.runtime.files.outgoingFile(errorFile.data.token).path);
    const row = read.getWorksheet('Perbaiki')!.getRow(2);
    expect(row.getCell(1).value).toBe('PT Desa Salah');
    expect(row.getCell(5).value).toBe('05/07/1990'); // it was "1990-07-05"
    dir.remove();
  });

  it('writes an error file of the original invalid rows with an error column, and a template', async () => {
    const app = await badungApp();
    const dir = tempDir();
    const file = join(dir.path, 'messy.xlsx');
    await messyWorkbook(file);
    const { job } = await inspectAndDryRun(app, (await stage(app, file)).token);
    const errorFile = await app.call('imports.errorFile', { jobId: job.id });
    if (!errorFile.ok) throw new Error(errorFile.error.message);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(app.runtime.files.outgoingFile(errorFile.data.token).path);
    const sheet = wb.getWorksheet('Perbaiki')!;
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['Nama Badan Usaha', 'NIB', 'Kesalahan']));
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(2).getCell(3).value).toBe('9120000000003'); // identity numbers written as text
    // The file's rows leave the app: on record as an export, with how many.
    const audited = app.sqlite.prepare("SELECT entity, entity_label AS label, after FROM audit_log WHERE action = 'export'").all() as { entity: string; label: string; after: string }[];
    expect(audited.map((a) => [a.entity, a.label, JSON.parse(a.after)])).toEqual([['employer', errorFile.data.fileName, { list: 'importErrors', register: 'employer', fileName: 'data perusahaan.xlsx', rows: 3 }]]);
    expect(String(sheet.getRow(2).getCell(13).value)).toMatch(/Desa\/Kelurahan/);
    // Columns as wide as their content, the header frozen and filterable, printed as a table.
    const width = (c: number) => sheet.getColumn(c).width ?? 0;
    expect(width(1)).toBeLessThan(8); // "No" and 1-digit numbers
    expect(width(2)).toBeGreaterThanOrEqual('Toko Ilmiah'.length);
    expect(width(2)).toBeLessThan(24);
    expect(width(13)).toBeGreaterThan(60); // the messages
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:M4');
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    const template = await app.call('imports.template', { register: 'employer' });
    if (!template.ok) throw new Error('template');
    const tb = new ExcelJS.Workbook();
    await tb.xlsx.readFile(app.runtime.files.outgoingFile(template.data.token).path);
    expect(tb.getWorksheet('Data')!.getRow(1).getCell(1).value).toBe('Nama perusahaan');
    expect(tb.getWorksheet('Data')!.getRow(2).getCell(1).value).toBe('PT Bali Segara Sejahtera');
    // Sent back as downloaded, its example row is refused as an example, never imported (walk 31).
    const sentBack = await stage(app, app.runtime.files.outgoingFile(template.data.token).path, 'Templat impor perusahaan.xlsx');
    const asIs = (await inspectAndDryRun(app, sentBack.token)).result;
    expect(asIs.summary).toMatchObject({ total: 1, new: 0, invalid: 1 });
    expect(asIs.rows[0]!.problems.map((p) => p.message.id)).toEqual([expect.stringMatching(/^Baris ini baris contoh dari templat/)]);
    dir.remove();
  });

  it('keeps the error file of the rows a commit left out, after the check\'s plan is gone', async () => {
    const app = await badungApp();
    const dir = tempDir();
    const file = join(dir.path, 'messy.xlsx');
    await messyWorkbook(file);
    const { job, result } = await inspectAndDryRun(app, (await stage(app, file)).token);
    expect(result.summary.invalid).toBe(3);
    const committed = await commit(app, job.id);
    expect(committed.status).toBe('done');
    const { errorFile } = committed.result as CommitResult;
    if (!errorFile) throw new Error('the commit named no error file');
    // Its last phase was the file, after the rows were saved: a phase the screen offers no Batal in.
    expect(committed.progress.phase).toBe('saved');
    // The plan went with the commit: the check's own download no longer answers.
    const late = await app.call('imports.errorFile', { jobId: job.id });
    expect(late.ok ? null : late.error.code).toBe('CONFLICT');
    // Taken as the screen takes it: put on record first (commit-error-file-audit.test.ts).
    expect((await app.call('files.release', { token: errorFile.token })).ok).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(app.runtime.files.outgoingFile(errorFile.token).path);
    const sheet = wb.getWorksheet('Perbaiki')!;
    expect(sheet.rowCount).toBe(4); // the header and the three rows left out
    expect(String(sheet.getRow(2).getCell(sheet.columnCount).value)).not.toBe('');
    expect(errorFile.fileName).toMatch(/ - kesalahan\.xlsx$/);

    // A file with nothing left out names none.
    const clean = join(dir.path, 'clean.xlsx');
    const wbClean = new ExcelJS.Workbook();
    wbClean.addWorksheet('Data').addRows([['Nama Perusahaan', 'NIB', 'Kecamatan'], ['PT Bersih Sekali', '9120000000777', 'Kuta Utara']]);
    await wbClean.xlsx.writeFile(clean);
    const second = await inspectAndDryRun(app, (await stage(app, clean)).token);
    expect(second.result.summary).toMatchObject({ new: 1, invalid: 0 });
    const cleanCommit = await commit(app, second.job.id);
    expect((cleanCommit.result as CommitResult).errorFile).toBeNull();
    expect(cleanCommit.progress.phase).not.toBe('saved');
    dir.remove();
  });

  it('links a branch to its head office by the head office NIB, and says what to fill when it cannot', async () => {
    const app = await badungApp();
    const head = await app.call('employers.save', { name: 'PT Induk Segara', nib: '9120000000900', kecamatanCode: '51.03.06', officeType: 'pusat' });
    if (!head.ok) throw new Error(head.error.message);
    const dir = tempDir();
    const file = join(dir.path, 'cabang.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Cabang');
    ws.addRow(['Nama Perusahaan', 'NIB', 'Pusat/Cabang', 'NIB Kantor Pusat', 'Kecamatan']);
    ws.addRow(['PT Induk Segara Cabang Kuta', '9120000000901', 'cabang', '9120000000900', 'Kuta']);
    ws.addRow(['PT Lain Cabang Mengwi', '9120000000902', 'Kantor Cabang', '9120000000999', 'Mengwi']);
    ws.addRow(['PT Tanpa Induk Cabang', '9120000000903', 'cabang', '', 'Mengwi']);
    await wb.xlsx.writeFile(file);
    const { inspection, job, result } = await inspectAndDryRun(app, (await stage(app, file)).token);
    expect(inspection.mapping).toMatchObject({ officeType: 2, headOfficeNib: 3 });
    expect(result.summary).toMatchObject({ new: 1, invalid: 2 });
    const byRow = Object.fromEntries(result.rows.map((r) => [r.rowNumber, r]));
    expect(byRow[3]?.problems[0]).toMatchObject({ field: 'headOfficeNib', column: 'D (NIB Kantor Pusat)' });
    expect(byRow[3]?.problems[0]?.message.id).toMatch(/NIB 9120000000999 belum ada di register/);
    expect(byRow[4]?.problems[0]?.message.id).toMatch(/isi kolom "NIB kantor pusat"/);
    expect((await commit(app, job.id)).status).toBe('done');
    const branch = app.sqlite.prepare("SELECT b.office_type, h.name AS head FROM employer b JOIN employer h ON h.id = b.head_office_id WHERE b.nib = '9120000000901'").get();
    expect(branch).toEqual({ office_type: 'cabang', head: 'PT Induk Segara' });
    dir.remove();
  });

  it('a broken file ends with a clear message and changes nothing', async () => {
    const app = await badungApp();
    const dir = tempDir();
    const file = join(dir.path, 'messy.xlsx');
    await messyWorkbook(file);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const staged = await stage(app, file, 'terpotong.xlsx');
    const inspected = await app.call('imports.inspect', { register: 'employer', fileToken: staged.token });
    expect(inspected.ok).toBe(false);
    if (!inspected.ok) expect(inspected.error.message).toMatch(/terpotong\.xlsx/);
    expect(app.count('employer')).toBe(0);
    expect(Object.keys(Object.prototype)).toEqual([]);
    dir.remove();
  });
});
