import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { DuplicateList } from '../../../core/api/duplicates.ts';
import type { IdentityReviewList } from '../../../core/api/identity-review.ts';
import type { PersonReportResult } from '../../../core/api/privacy.ts';
import { badungApp, sampleEmployer } from '../employers/support.ts';
import { tempDir } from '../imports/fixtures.ts';
import { commit, type App } from '../imports-pipeline/support.ts';
import { jobEnd } from '../support/jobs.ts';
import { workerDryRun } from './import-support.ts';

// UU PDP: the person's data report holds what the office keeps about them beyond the register's
// row: the imported rows held for the identity review (what each file said, the decision, who
// made it when) and the merges of duplicates the record took part in, so the report of either
// NIK says where the data is now. In the text, the PDF and the XLSX alike.

const dir = tempDir('lindung-person-report-held-');
const sudarsana = '5103061203850001';
const sudarsane = '5103061203857342'; // the same man under a second NIK
const third = '5103061203850002'; // and a third
const masked = (nik: string) => `${nik.slice(0, 6)}******${nik.slice(-4)}`;
const dalung = { kecamatanCode: '51.03.06', desaCode: '51.03.06.2006' };
const bpu = (startDate: string, endDate: string | null = null) => ({ segment: 'BPU' as const, startDate, endDate, programmes: ['JKK' as const, 'JKM' as const], funding: 'apbd_kabkota', source: 'Daftar desa' });

async function report(app: App, nik: string): Promise<{ text: string; pdf: string; book: ExcelJS.Workbook }> {
  const made = await app.call('workers.report', { nik, formats: ['text', 'pdf', 'xlsx'] });
  if (!made.ok) throw new Error(made.error.message);
  const data: PersonReportResult = made.data;
  const path = (format: 'pdf' | 'xlsx') => app.runtime.files.outgoingFile(data.files.find((f) => f.format === format)!.token).path;
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path('xlsx'));
  // The PDF's text in drawing order (a cell's lines together), its line breaks as spaces.
  const pdf = execFileSync('pdftotext', ['-raw', path('pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  return { text: data.text!, pdf, book };
}

/** A sheet's rows below its heading (office, title, who, when), as text cells. */
function sheetRows(book: ExcelJS.Workbook, name: string): string[][] {
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}: ${book.worksheets.map((s) => s.name).join(', ')}`);
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return rows;
}

const linesOf = (text: string, section: string) => {
  const start = text.indexOf(`== ${section} ==`);
  if (start < 0) return [];
  const end = text.indexOf('\n\n', start);
  return text.slice(start, end).split('\n').slice(1);
};

async function scanAndList(app: App): Promise<DuplicateList> {
  const started = await app.call('duplicates.scan', {});
  if (!started.ok) throw new Error(started.error.message);
  const done = await jobEnd(app.call, started.data);
  if (done.status !== 'done') throw new Error(done.error?.message ?? done.status);
  const list = await app.call('duplicates.list', {});
  if (!list.ok) throw new Error(list.error.message);
  return list.data;
}

async function merge(app: App, keepNik: string): Promise<string> {
  const [pair] = (await scanAndList(app)).pairs;
  const keepUid = app.sqlite.prepare('SELECT uid FROM person WHERE nik = ?').pluck().get(keepNik) as string;
  const merged = await app.call('duplicates.merge', { pairId: pair!.id, keepUid });
  if (!merged.ok) throw new Error(merged.error.message);
  return merged.data.uid;
}

describe('the person data report: identity review rows and merges', { timeout: 300_000 }, () => {
  it('lists the rows held for the identity review with what the file said, the decision and who made it, and their processing', async () => {
    const app = await badungApp();
    const employer = await app.call('employers.save', { ...sampleEmployer, confirmRegistrationGaps: true });
    if (!employer.ok) throw new Error(employer.error.message);
    const lists = [
      ['awal.csv', `${sudarsana};I Made Sudarsana;Br. Kelod;Canggu;BPU;01/01/2025;;APBD kabupaten/kota;JKK, JKM;;12/03/1985`],
      // Another name, then another typed birth date and a PU period: both held for the review.
      ['desa canggu.csv', `${sudarsana};Made Sudarsane;Br. Kelod Kauh;Canggu;BPU;01/01/2026;;APBD kabupaten/kota;JKK, JKM;;`],
      ['bpjs pt bali.csv', `${sudarsana};I Made Sudarsana;Br. Kelod;Canggu;PU;01/03/2026;;Pemberi kerja;JKK, JKM, JHT;NN012345;21/03/1985`],
    ];
    for (const [name, row] of lists) {
      const file = dir.path(name!);
      writeFileSync(file, ['NIK;Nama;Alamat;Desa;Segmen;Mulai;Selesai;Sumber dana;Program;NPP;Tanggal lahir', row].join('\n'));
      const { job } = await workerDryRun(app, file, name!);
      expect((await commit(app, job.id)).status).toBe('done');
    }
    const open = await app.call('workers.identityReviews', { show: 'open' });
    if (!open.ok) throw new Error(open.error.message);
    const items = (open.data as IdentityReviewList).items;
    expect(items.map((i) => i.file.name)).toEqual(['I Made Sudarsana', 'Made Sudarsane']);
    // The other name is dismissed; the other birth date waits.
    const dismissed = await app.call('workers.resolveIdentityReview', { uid: items[1]!.uid, action: 'keepRegister' });
    if (!dismissed.ok) throw new Error(dismissed.error.message);

    const { text, pdf, book } = await report(app, sudarsana);
    const section = linesOf(text, 'Tinjauan identitas');
    expect(section).toHaveLength(2);
    expect(section[0]).toContain('Berkas impor: desa canggu.csv, baris 2');
    // What a file said under this NIK and was not taken as this person's may be another person's: not shown.
    expect(section[0]).toContain('Data dari berkas: Tidak dicantumkan: data berkas ini belum atau tidak diterima sebagai data orang ini');
    expect(section[0]).not.toContain('Made Sudarsane');
    expect(section[0]).toContain('Keputusan: data register dipertahankan; data berkas tidak dipakai');
    expect(section[0]).toMatch(/Diputuskan: \d\d\/\d\d\/\d{4} \d\d:\d\d WITA oleh Petugas Uji/);
    expect(section[1]).toContain('Berkas impor: bpjs pt bali.csv, baris 2');
    expect(section[1]).toContain('Data dari berkas: Tidak dicantumkan');
    expect(section[1]).not.toContain('21/03/1985');
    expect(section[1]).toContain('Keputusan: menunggu keputusan petugas · Diputuskan: —');
    // The register's row is untouched, and the processing history says each hold and the decision.
    expect(text).toContain('Nama: I Made Sudarsana\n');
    const events = linesOf(text, 'Riwayat pemrosesan');
    expect(events.filter((l) => l.includes('Impor: baris ditahan untuk tinjauan identitas')).map((l) => l.match(/Rincian: ([^·]*) ·/)![1])).toEqual([
      'Baris 2: nama atau tanggal lahir beda dengan register',
      'Baris 2: nama atau tanggal lahir beda dengan register',
    ]);
    expect(events.filter((l) => l.includes('Tinjauan identitas: data register dipertahankan'))).toEqual([expect.stringContaining('Impor / ekspor: desa canggu.csv, baris 2')]);

    expect(pdf).toContain('Tinjauan identitas Ditahan Berkas impor Data dari berkas Keputusan Diputuskan');
    expect(pdf).toContain('desa canggu.csv, baris 2 Tidak dicantumkan');
    expect(pdf).not.toContain('Made Sudarsane');
    expect(pdf).toContain('data register dipertahankan; data berkas tidak dipakai');
    expect(pdf).toContain('menunggu keputusan petugas');
    expect(pdf).toContain('Impor: baris ditahan untuk tinjauan identitas');

    expect(book.worksheets.map((s) => s.name)).toEqual(['Data diri', 'Periode kepesertaan', 'Tinjauan identitas', 'Riwayat status data', 'Riwayat pemrosesan']);
    const rows = sheetRows(book, 'Tinjauan identitas');
    const header = rows.findIndex((r) => r[0] === 'Ditahan');
    expect(rows[header]).toEqual(['Ditahan', 'Berkas impor', 'Data dari berkas', 'Keputusan', 'Diputuskan']);
    expect(rows.slice(header + 1).map((r) => [r[1], r[3]])).toEqual([
      ['desa canggu.csv, baris 2', 'data register dipertahankan; data berkas tidak dipakai'],
      ['bpjs pt bali.csv, baris 2', 'menunggu keputusan petugas'],
    ]);
    expect(rows[header + 1]![2]).toContain('Tidak dicantumkan');

    // A person without such rows gets no such section.
    app.sqlite.prepare('DELETE FROM identity_review').run();
    expect((await report(app, sudarsana)).text).not.toContain('Tinjauan identitas ==');
  });

  it('says in the report of either NIK where merged data is now: kept, merged away, merged on in turn, undone', async () => {
    const app = await badungApp();
    const save = async (nik: string, name: string, extra: Record<string, unknown>) => {
      const saved = await app.call('workers.save', { nik, name, ...dalung, ...extra });
      if (!saved.ok) throw new Error(`${name}: ${saved.error.message}`);
    };
    await save(sudarsana, 'I Made Sudarsana', { periods: [bpu('2023-01-01', '2023-12-31')] });
    // The second NIK: a period that continues the kept one's (joined into it) and one of its own (moved).
    await save(sudarsane, 'Made Sudarsana', { phone: '081234567890', address: 'Br. Kaja', periods: [bpu('2024-01-01', '2024-06-30'), bpu('2025-01-01')] });
    await merge(app, sudarsana);

    const kept = await report(app, sudarsana);
    const keptMerges = linesOf(kept.text, 'Penggabungan data ganda');
    expect(keptMerges).toHaveLength(1);
    expect(keptMerges[0]).toContain('Penggabungan: Data lain digabung ke data ini; periodenya kini milik data ini');
    expect(keptMerges[0]).toContain(`Data lain (NIK — nama): NIK ${sudarsane} — Made Sudarsana`);
    expect(keptMerges[0]).toContain('Periode yang dipindahkan: BPU 01/01/2025 – berjalan; BPU 01/01/2024 – 30/06/2024, disatukan dengan periode BPU 01/01/2023 – 30/06/2024');
    expect(keptMerges[0]).toContain('Data yang diisikan ke data yang dipertahankan: Alamat, Telepon');
    expect(keptMerges[0]).toMatch(/^ {2}- Waktu: \d\d\/\d\d\/\d{4} \d\d:\d\d WITA · Oleh: Petugas Uji · .* · Keadaan: berlaku$/);
    // The periods are the kept person's; the merge event names the other record, not a bare "Digabung dengan".
    expect(linesOf(kept.text, 'Periode kepesertaan').map((l) => l.match(/Mulai: (\S+) · Selesai: (\S+)/)!.slice(1))).toEqual([['01/01/2023', '30/06/2024'], ['01/01/2025', 'berjalan']]);
    // The history names the other record by its masked NIK only (a merge may be undone later: two people).
    expect(kept.text).toContain(`Rincian: Data ${sudarsane.slice(0, 6)}******${sudarsane.slice(-4)} digabung ke data ini. Diubah: `);
    expect(kept.text).not.toMatch(/Diubah: [^·]*Digabung dengan/);

    const away = await report(app, sudarsane);
    const awayMerges = linesOf(away.text, 'Penggabungan data ganda');
    expect(awayMerges).toHaveLength(1);
    expect(awayMerges[0]).toContain('Penggabungan: Data dan periode NIK ini dipindahkan ke data lain; data ini ditandai salah input');
    expect(awayMerges[0]).toContain(`Data lain (NIK — nama): NIK ${sudarsana} — I Made Sudarsana ·`);
    expect(awayMerges[0]).toContain('Periode yang dipindahkan: BPU 01/01/2025 – berjalan; BPU 01/01/2024 – 30/06/2024, disatukan');
    expect(linesOf(away.text, 'Periode kepesertaan')).toEqual(['  —']);
    // Its status history says the merge made it 'salah input' (the kept NIK masked: a merge may be undone).
    expect(linesOf(away.text, 'Riwayat status data').at(-1)).toContain(`Status: Salah input · Alasan: digabung ke ${masked(sudarsana)}`);
    expect(away.text).toContain(`Rincian: Data ini digabung ke ${sudarsana.slice(0, 6)}******${sudarsana.slice(-4)}`);

    for (const { pdf } of [kept, away]) expect(pdf).toContain('Penggabungan data ganda');
    expect(kept.pdf).toContain('Data lain digabung ke data ini; periodenya kini milik data ini');
    expect(kept.pdf).toContain(`NIK ${sudarsane} — Made Sudarsana`);
    expect(away.pdf).toContain('Data dan periode NIK ini dipindahkan ke data lain; data ini ditandai salah input');
    expect(away.pdf).toContain(`NIK ${sudarsana} — I Made Sudarsana`);
    expect(away.pdf).toContain(`Salah input digabung ke ${masked(sudarsana)}`);
    const sheet = sheetRows(away.book, 'Penggabungan data ganda');
    const header = sheet.findIndex((r) => r[0] === 'Waktu');
    expect(sheet[header]).toEqual(['Waktu', 'Oleh', 'Penggabungan', 'Data lain (NIK — nama)', 'Periode yang dipindahkan', 'Data yang diisikan ke data yang dipertahankan', 'Keadaan']);
    expect(sheet[header + 1]!.slice(1)).toEqual([
      'Petugas Uji',
      'Data dan periode NIK ini dipindahkan ke data lain; data ini ditandai salah input',
      `NIK ${sudarsana} — I Made Sudarsana`,
      'BPU 01/01/2025 – berjalan; BPU 01/01/2024 – 30/06/2024, disatukan dengan periode BPU 01/01/2023 – 30/06/2024',
      'Alamat, Telepon',
      'berlaku',
    ]);
    expect(kept.book.worksheets.map((s) => s.name)).toEqual(['Data diri', 'Periode kepesertaan', 'Penggabungan data ganda', 'Riwayat status data', 'Riwayat pemrosesan']);

    // The kept record merged on into a third: the first merged NIK's report says where the data is now.
    await save(third, 'I Made Sudarsana', { periods: [] });
    const second = await merge(app, third);
    expect(linesOf((await report(app, sudarsane)).text, 'Penggabungan data ganda')[0]).toContain(
      `Data lain (NIK — nama): NIK ${sudarsana} — I Made Sudarsana, yang kemudian digabung lagi: data kini di NIK ${third} — I Made Sudarsana ·`,
    );
    expect(linesOf((await report(app, sudarsana)).text, 'Penggabungan data ganda')).toHaveLength(2);

    // Undone, the merge stays listed saying so, and the chain is gone.
    const undone = await app.call('duplicates.undoMerge', { mergeUid: second });
    if (!undone.ok) throw new Error(undone.error.message);
    const afterUndo = (await report(app, sudarsana)).text;
    const [, undoneRow] = linesOf(afterUndo, 'Penggabungan data ganda');
    // Undone, most often two people: the other's NIK masked, no name.
    expect(undoneRow).toContain(`Data lain (NIK — nama): ${third.slice(0, 6)}******${third.slice(-4)} ·`);
    expect(undoneRow).toMatch(/Keadaan: dibatalkan \d\d\/\d\d\/\d{4} \d\d:\d\d WITA oleh Petugas Uji: data dan periode kembali seperti sebelum penggabungan$/);
    // Merged away and back: both status changes in its history.
    expect(linesOf(afterUndo, 'Riwayat status data').map((l) => l.match(/Status: ([^·]*) · Alasan: ([^·]*) ·/)!.slice(1))).toEqual([
      ['Aktif', '—'], ['Salah input', `digabung ke ${masked(third)}`], ['Aktif', '—'],
    ]);
    expect(linesOf((await report(app, sudarsane)).text, 'Penggabungan data ganda')[0]).not.toContain(third);
    const thirdText = (await report(app, third)).text;
    expect(thirdText).toContain(`Rincian: Penggabungan dengan ${sudarsana.slice(0, 6)}******${sudarsana.slice(-4)} dibatalkan`);
    expect(thirdText).not.toContain(sudarsana);
  });
});
