import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { badungApp } from '../employers/support.ts';
import { tempDir } from '../imports/fixtures.ts';
import { jobEnd } from '../support/jobs.ts';
import { commit, undo, undoCheck, undoneBatch, type App } from '../imports-pipeline/support.ts';
import { workerDryRun } from './import-support.ts';
import { mergeOnlyPair } from './merge-support.ts';

// The undo of an earlier batch of the worker register (an import, a bulk status change) with
// the records edited since reversed too ('revert'), after the duplicate review merged a person
// it wrote: what the merge in force touched (the merged-away person, the kept one, the periods
// moved to it) is held, listed as such by the check and never reverted nor deleted, so the
// merge can still be undone afterwards (a person of the undone import then comes back entered in
// error, not active); the rest of the batch is undone as before.

const dir = tempDir('lindung-undo-after-merge-');
const keptNik = '5103061203850001';
const otherNik = '5103061203857342';
const thirdNik = '5103064507900002';
const dalung = { kecamatanCode: '51.03.06', desaCode: '51.03.06.2006' };
const bpu = (startDate: string, endDate: string | null = null) => ({ segment: 'BPU' as const, startDate, endDate, programmes: ['JKK' as const, 'JKM' as const], funding: 'apbd_kabkota', source: 'Daftar desa' });

/** Every write a second later than the one before: a record changed after a batch reads as changed since. */
async function tickingApp(): Promise<App> {
  let tick = Date.parse('2026-11-24T03:00:00Z');
  return badungApp(() => new Date((tick += 1000)));
}

async function save(app: App, nik: string, name: string, periods: ReturnType<typeof bpu>[]): Promise<string> {
  const saved = await app.call('workers.save', { nik, name, ...dalung, periods });
  if (!saved.ok) throw new Error(`${name}: ${saved.error.message}`);
  return saved.data.person.uid;
}

const uidOf = (app: App, nik: string) => app.sqlite.prepare('SELECT uid FROM person WHERE nik = ?').pluck().get(nik) as string;
const statusOf = (app: App, nik: string) => app.sqlite.prepare('SELECT record_status FROM person WHERE nik = ?').pluck().get(nik) as string | undefined;
/** Each period as [owner's NIK, start]. */
const periods = (app: App) => app.sqlite.prepare('SELECT p.nik, pp.start_date FROM participation_period pp JOIN person p ON p.id = pp.person_id ORDER BY pp.start_date, p.nik').raw().all();
const mergesInForce = (app: App) => app.sqlite.prepare('SELECT count(*) FROM person_merge WHERE undone_at IS NULL').pluck().get();


async function undoMerge(app: App, mergeUid: string) {
  const undone = await app.call('duplicates.undoMerge', { mergeUid });
  if (!undone.ok) throw new Error(undone.error.message);
  return undone.data;
}

describe('the undo of a worker batch after a duplicate merge', () => {
  it('of a bulk status change, edited records reversed: leaves the two people of the merge as they are, and the merge can be undone', async () => {
    const app = await tickingApp();
    const kept = await save(app, keptNik, 'I Made Sudarsana', [bpu('2023-01-01')]);
    const other = await save(app, otherNik, 'Made Sudarsana', [bpu('2025-01-01')]);
    await save(app, thirdNik, 'Ni Luh Putu Sukerti', [bpu('2024-01-01')]);

    // Everyone moved away at once; two of them set back to active, then merged.
    const bulk = await app.call('registers.bulkStatus', { register: 'worker', filterModel: {}, status: 'pindah', reason: 'Pindah ke Kabupaten Tabanan', date: '2026-11-01' });
    if (!bulk.ok) throw new Error(bulk.error.message);
    const bulkDone = await jobEnd(app.call, bulk.data);
    expect(bulkDone.status).toBe('done');
    const batchUid = (bulkDone.result as { batch: { uid: string } }).batch.uid;
    for (const uid of [kept, other]) {
      const back = await app.call('workers.setStatus', { uid, recordStatus: 'aktif', reason: 'Ternyata masih di Badung' });
      if (!back.ok) throw new Error(back.error.message);
    }
    const mergeUid = await mergeOnlyPair(app, kept);
    expect(statusOf(app, otherNik)).toBe('salah_input');

    // The check lists both people as held (kept whatever the clerk chooses), not as edited.
    const check = await undoCheck(app, batchUid);
    expect(check).toMatchObject({ total: 3, edited: 0, held: 2 });
    expect(check.conflicts.map((c) => [c.name, c.reason]).sort()).toEqual([['I Made Sudarsana', 'held'], ['Made Sudarsana', 'held']]);

    const undone = await undo(app, batchUid, 'revert');
    expect(undone.status).toBe('done');
    expect(undoneBatch(undone)).toMatchObject({ status: 'undone', kept: 2 });
    // The third person is active again; the merged-away one is still merged, the merge in force.
    expect([statusOf(app, keptNik), statusOf(app, otherNik), statusOf(app, thirdNik)]).toEqual(['aktif', 'salah_input', 'aktif']);
    expect(mergesInForce(app)).toBe(1);

    // The merge is undone whole: both people active, each with their own period again.
    expect((await undoMerge(app, mergeUid)).undoneAt).not.toBeNull();
    expect([statusOf(app, keptNik), statusOf(app, otherNik)]).toEqual(['aktif', 'aktif']);
    expect(periods(app)).toEqual([
      [keptNik, '2023-01-01'],
      [thirdNik, '2024-01-01'],
      [otherNik, '2025-01-01'],
    ]);
  });

  it('of the import that added a person merged away since, edited records reversed: keeps that person and the period moved, and the merge can be undone', async () => {
    const app = await tickingApp();
    const kept = await save(app, keptNik, 'I Made Sudarsana', [bpu('2023-01-01', '2023-12-31')]);
    const file = dir.path('daftar.csv');
    writeFileSync(
      file,
      [
        'NIK;Nama;Alamat;Desa;Kategori;Segmen;Mulai;Sumber dana;Program',
        `${otherNik};Made Sudarsana;Br. Kaja;Dalung;Petani;BPU;01/01/2025;APBD kabupaten/kota;JKK, JKM`,
        `${thirdNik};Ni Luh Putu Sukerti;Br. Kaja;Dalung;Petani;BPU;01/01/2025;APBD kabupaten/kota;JKK, JKM`,
      ].join('\n'),
    );
    const dryRun = await workerDryRun(app, file, 'daftar desa Dalung.csv');
    expect(dryRun.result.summary).toMatchObject({ new: 2, invalid: 0 });
    expect((await commit(app, dryRun.job.id)).status).toBe('done');
    const batchUid = app.sqlite.prepare("SELECT uid FROM import_batch WHERE kind <> 'bulk' ORDER BY id DESC LIMIT 1").pluck().get() as string;
    const other = uidOf(app, otherNik);

    // Merged into the person already in the register: the imported period moves to them.
    const mergeUid = await mergeOnlyPair(app, kept);
    expect(periods(app)).toEqual([
      [keptNik, '2023-01-01'],
      [keptNik, '2025-01-01'],
      [thirdNik, '2025-01-01'],
    ]);

    const check = await undoCheck(app, batchUid);
    expect(check).toMatchObject({ total: 4, edited: 0, held: 2 });
    // The period is named with the person who has it now (the kept one), not by its segment alone.
    expect(check.conflicts.map((c) => [c.name, c.reason]).sort()).toEqual([['I Made Sudarsana · BPU', 'held'], ['Made Sudarsana', 'held']]);

    const undone = await undo(app, batchUid, 'revert');
    expect(undone.status).toBe('done');
    expect(undoneBatch(undone)).toMatchObject({ status: 'undone', kept: 2 });
    // The other person of the file is gone with their period; the merged-away one stays merged.
    expect(statusOf(app, thirdNik)).toBeUndefined();
    expect(statusOf(app, otherNik)).toBe('salah_input');
    expect(periods(app)).toEqual([
      [keptNik, '2023-01-01'],
      [keptNik, '2025-01-01'],
    ]);
    expect(mergesInForce(app)).toBe(1);

    // The merge is undone whole, the period back with the merged-away person; their import is
    // undone, so they come back entered in error, not active (walk 34: a cancelled import's person
    // was back in the register and its counts).
    const view = await undoMerge(app, mergeUid);
    expect(view).toMatchObject({ kept: { uid: kept }, merged: { uid: other } });
    expect(view.undoneAt).not.toBeNull();
    expect([statusOf(app, keptNik), statusOf(app, otherNik)]).toEqual(['aktif', 'salah_input']);
    expect(app.sqlite.prepare('SELECT status_reason FROM person WHERE nik = ?').pluck().get(otherNik)).toBe(
      'Impor "daftar desa Dalung.csv" yang menambahkannya sudah dibatalkan; dikembalikan dari penggabungan sebagai salah input.',
    );
    expect(periods(app)).toEqual([
      [keptNik, '2023-01-01'],
      [otherNik, '2025-01-01'],
    ]);
  });

  it('says once that a merge is not found', async () => {
    const app = await badungApp();
    const missing = await app.call('duplicates.undoMerge', { mergeUid: 'tidak-ada' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect([missing.error.code, missing.error.message, missing.error.messageEn]).toEqual(['NOT_FOUND', 'Penggabungan ini tidak ditemukan.', 'This merge was not found.']);
  });
});
