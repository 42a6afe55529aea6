import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { changedFields } from '../../../core/audit/write.ts';
import { auditView, toColumns, writtenColumns, type EmployerTableRow } from '../../../core/employers/employer-record.ts';
import { employer, importBatch } from '../../../db/schema/index.ts';
import { badungApp, sampleEmployer } from '../employers/support.ts';
import { tempDir } from '../support/test-db.ts';
import { commit, inspectAndDryRun, stage, undo, undoCheck, undoneBatch, waitJob, type App } from './support.ts';

// The commit and the undo write set-based SQL; the rows they leave must be exactly what the
// row-by-row write path (writeEmployer) would leave. The import has one audit row; its
// per-record trail (import_change) carries exactly the fields each update changed.

const commitTime = '2026-11-24T03:00:00.000Z';
const rowOf = (app: App, uid: string) => app.db.select().from(employer).where(eq(employer.uid, uid)).get();
const ftsHits = (app: App, word: string) => app.sqlite.prepare('SELECT rowid FROM employer_fts WHERE employer_fts MATCH ?').pluck().all(`name:${word}`) as number[];

async function importCsv(app: App, csv: string) {
  const dir = tempDir();
  const file = join(dir.path, 'impor.csv');
  writeFileSync(file, csv);
  const { job, result } = await inspectAndDryRun(app, (await stage(app, file, 'impor.csv')).token);
  const done = await commit(app, job.id);
  dir.remove();
  if (done.status !== 'done') throw new Error(done.error?.message ?? done.status);
  return result;
}

describe('set-based commit and undo', { timeout: 180_000 }, () => {
  it('stages every column a save writes (a column left out would be silently lost)', () => {
    const columns = toColumns({ ...sampleEmployer, ownerName: '', contactPhone: '', contactEmail: '', officeType: 'pusat', startDate: null, workersTotal: null, workersPkwtt: 0, workersPkwt: 0, workersHarianLepas: 0, workersBorongan: 0, workersForeign: 0, wlkpNumber: '', wlkpDate: null, bpjsInfoDate: null, notes: '', headOfficeUid: null, confirmSimilarName: false }, { kbliSection: 'I', headOfficeId: null });
    expect([...writtenColumns].sort()).toEqual(Object.keys(columns).sort());
  });

  it('leaves the same rows as the row-by-row write path, one audit row for the import, and each change in its record\'s history', async () => {
    const app = await badungApp();
    const saved = await app.call('employers.save', { ...sampleEmployer, ownerName: 'I Made Suarta', desaCode: '51.03.06.2006' });
    if (!saved.ok) throw new Error(saved.error.message);
    const old = rowOf(app, saved.data.uid)!;
    const auditBefore = app.count('audit_log');

    const result = await importCsv(
      app,
      [
        'Nama Perusahaan;NIB;Status BPJS;TK Laki-laki;Kecamatan;Alamat',
        `PT Bali Segara Sejahtera;${sampleEmployer.nib};PDS upah;30;Kuta Utara;Jl. Raya Kerobokan No. 12`,
        'CV Tirta Amerta;9120000000002;belum;3;Mengwi;Jl. Kapal',
        'UD Sari Merta;9120000000003;terdaftar;1;Kuta;',
      ].join('\n'),
    );
    expect(result.summary).toMatchObject({ new: 2, changed: 1, invalid: 0 });
    const batch = app.db.select().from(importBatch).get()!;
    expect(batch).toMatchObject({ inserted: 2, updated: 1, status: 'committed', kind: 'import' });

    // The updated record: file values over the record's own, the rest untouched; the total
    // follows the new split by sex (30 + 9), the file having no total of its own.
    const now = rowOf(app, saved.data.uid)!;
    expect(old.workersTotal).toBe(21);
    expect(now).toEqual({ ...old, bpjsStatus: 'pds_upah', workersMale: 30, workersTotal: 39, address: 'Jl. Raya Kerobokan No. 12', updatedAt: commitTime });
    // One audit row for the whole import (and one for the mapping it remembers); the per-record
    // trail is import_change: an update carries exactly the fields it changed, before and after.
    const audits = app.sqlite.prepare('SELECT action, entity, entity_uid, entity_label, actor_name FROM audit_log WHERE id > ? ORDER BY id').all(auditBefore);
    expect(audits).toEqual([
      { action: 'import', entity: 'import_batch', entity_uid: batch.uid, entity_label: 'impor.csv', actor_name: 'Petugas Uji' },
      { action: 'update', entity: 'import_mapping', entity_uid: expect.any(String), entity_label: 'impor.csv', actor_name: 'Petugas Uji' },
    ]);
    const changes = app.sqlite.prepare('SELECT entity, table_name, row_id, action, changes FROM import_change WHERE batch_id = ? ORDER BY id').all(batch.id) as {
      entity: string;
      table_name: string;
      row_id: number;
      action: string;
      changes: string | null;
    }[];
    const update = changes.find((c) => c.action === 'update')!;
    expect(update).toMatchObject({ entity: 'employer', table_name: 'employer', row_id: old.id });
    const changed = changedFields(auditView(old), auditView(now));
    // (and when: the record's time before the import, which its undo puts back)
    expect(JSON.parse(update.changes!)).toEqual({ ...Object.fromEntries(changed.map((f) => [f, [(old as Record<string, unknown>)[f], (now as Record<string, unknown>)[f]]])), updatedAt: [old.updatedAt, now.updatedAt] });

    // New records: stamped with the batch and the time, an insert each in the trail.
    const created = app.db.select().from(employer).where(eq(employer.importBatchId, batch.id)).all() as EmployerTableRow[];
    expect(created.map((r) => r.name).sort()).toEqual(['CV Tirta Amerta', 'UD Sari Merta']);
    for (const row of created) {
      expect(row).toMatchObject({ createdAt: commitTime, updatedAt: commitTime, recordStatus: 'aktif', kbliCodes: '[]', bpjsProgrammes: '[]' });
      expect(changes).toContainEqual({ entity: 'employer', table_name: 'employer', row_id: row.id, action: 'insert', changes: null });
    }
    expect(created.find((r) => r.name === 'CV Tirta Amerta')).toMatchObject({ nib: '9120000000002', kecamatanCode: '51.03.02', bpjsStatus: 'pwbd', workersMale: 3 });
    expect(ftsHits(app, 'tirta')).toEqual([created.find((r) => r.name === 'CV Tirta Amerta')!.id]); // the quick search sees them

    // The record's history shows its own creation and the import's change, with the fields.
    const history = await app.call('registers.history', { register: 'employer', uid: now.uid });
    if (!history.ok) throw new Error(history.error.message);
    expect(history.data.map((h) => h.action)).toEqual(['import-update', 'create']);
    expect(history.data[0]).toMatchObject({ actorName: 'Petugas Uji', batch: { uid: batch.uid, kind: 'import', fileName: 'impor.csv', status: 'committed' } });
    expect(history.data[0]!.changes.map((c) => c.field).sort()).toEqual(changed);
    expect(history.data[0]!.changes.find((c) => c.field === 'bpjsStatus')).toMatchObject({ field: 'bpjsStatus', before: old.bpjsStatus, after: 'pds_upah' });

    // Undo: created records go (and leave the search), the updated one is back to the byte.
    const undone = await undo(app, batch.uid);
    expect(undone.status).toBe('done');
    expect(undoneBatch(undone)?.status).toBe('undone');
    expect(rowOf(app, saved.data.uid)).toEqual(old);
    for (const row of created) expect(rowOf(app, row.uid)).toBeUndefined();
    expect(ftsHits(app, 'tirta')).toEqual([]);
    const undoAudit = app.sqlite.prepare("SELECT entity_uid, after FROM audit_log WHERE action = 'undo'").get() as { entity_uid: string; after: string };
    expect(undoAudit.entity_uid).toBe(batch.uid);
    expect(JSON.parse(undoAudit.after)).toEqual({ status: 'undone', reversed: 3, kept: 0, edited: 'keep' });
    const afterUndo = await app.call('registers.history', { register: 'employer', uid: now.uid });
    expect(afterUndo.ok && afterUndo.data[0]?.batch?.status).toBe('undone');
  });

  it('an edit made between the dry run and the commit is kept; the file still sets its own columns', async () => {
    const app = await badungApp();
    const saved = await app.call('employers.save', { ...sampleEmployer, ownerName: 'I Made Suarta' });
    if (!saved.ok) throw new Error(saved.error.message);
    const dir = tempDir();
    const file = join(dir.path, 'impor.csv');
    writeFileSync(file, `Nama Perusahaan;NIB;Status BPJS;TK Laki-laki\nPT Bali Segara Sejahtera;${sampleEmployer.nib};PDS upah;30\n`);
    const { job, result } = await inspectAndDryRun(app, (await stage(app, file, 'impor.csv')).token);
    expect(result.summary).toMatchObject({ changed: 1 });
    // A clerk edits the same record by hand before the commit.
    const edited = await app.call('employers.save', { ...sampleEmployer, uid: saved.data.uid, ownerName: 'Ni Luh Sari', workersMale: 15 });
    if (!edited.ok) throw new Error(edited.error.message);
    const done = await commit(app, job.id);
    expect(done.status).toBe('done');
    expect(rowOf(app, saved.data.uid)).toMatchObject({ ownerName: 'Ni Luh Sari', bpjsStatus: 'pds_upah', workersMale: 30 });
    dir.remove();
  });

  it('commits and undoes a file of several chunks (2,000 rows a statement) whole', async () => {
    const app = await badungApp();
    const rows = Array.from({ length: 4500 }, (_, i) => `Usaha Nomor ${i};${9_130_000_000_000 + i};Kuta Utara`);
    await importCsv(app, ['Nama Perusahaan;NIB;Kecamatan', ...rows].join('\n'));
    const batch = app.db.select().from(importBatch).get()!;
    expect(batch).toMatchObject({ inserted: 4500, updated: 0 });
    expect(app.count('employer')).toBe(4500);
    expect(app.count('import_change')).toBe(4500);
    expect(app.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'import'").pluck().get()).toBe(1);
    expect(ftsHits(app, 'nomor')).toHaveLength(4500);
    const undone = await undo(app, batch.uid);
    expect(undone.status).toBe('done');
    expect(undoneBatch(undone)?.status).toBe('undone');
    expect(app.count('employer')).toBe(0);
    expect(ftsHits(app, 'nomor')).toHaveLength(0);
    expect(JSON.parse(app.sqlite.prepare("SELECT after FROM audit_log WHERE action = 'undo' AND entity_uid = ?").pluck().get(batch.uid) as string)).toEqual({ status: 'undone', reversed: 4500, kept: 0, edited: 'keep' });
  });

  it('after an undo, the next import\'s trail names exactly the rows it added (the ids AUTOINCREMENT gives past the removed ones)', async () => {
    const app = await badungApp();
    const file = (from: number, n: number) => ['Nama Perusahaan;NIB;Kecamatan', ...Array.from({ length: n }, (_, i) => `Usaha Ulang ${from + i};${9_140_000_000_000 + from + i};Kuta`)].join('\n');
    await importCsv(app, file(0, 2500));
    const first = app.db.select().from(importBatch).get()!;
    expect((await undo(app, first.uid)).status).toBe('done');
    await importCsv(app, file(5000, 2300));
    const second = app.db.select().from(importBatch).where(eq(importBatch.status, 'committed')).get()!;
    const trail = app.sqlite.prepare("SELECT row_id FROM import_change WHERE batch_id = ? AND action = 'insert' ORDER BY row_id").pluck().all(second.id) as number[];
    const added = app.sqlite.prepare('SELECT id FROM employer ORDER BY id').pluck().all() as number[];
    expect(added).toHaveLength(2300);
    expect(added[0]).toBeGreaterThan(2500);
    expect(trail).toEqual(added);
    expect((await undo(app, second.uid)).status).toBe('done');
    expect(app.count('employer')).toBe(0);
  });

  it('an undo is a job: it reports its progress, a cancel rolls it back whole, and a second undo is refused', async () => {
    const app = await badungApp();
    const rows = Array.from({ length: 4500 }, (_, i) => `Usaha Nomor ${i};${9_140_000_000_000 + i};Kuta Utara`);
    await importCsv(app, ['Nama Perusahaan;NIB;Kecamatan', ...rows].join('\n'));
    const batch = app.db.select().from(importBatch).get()!;
    const auditRows = app.count('audit_log');

    // Cancelled while it runs: nothing changed, the import can still be undone.
    const started = await app.call('imports.undo', { batchUid: batch.uid });
    if (!started.ok) throw new Error(started.error.message);
    expect(started.data).toMatchObject({ kind: 'import.undo', status: 'running' });
    await app.call('jobs.cancel', { jobId: started.data.id });
    const cancelled = await waitJob(app, started.data);
    expect(cancelled.status).toBe('cancelled');
    expect(app.count('employer')).toBe(4500);
    expect(app.count('audit_log')).toBe(auditRows);
    expect(app.db.select().from(importBatch).get()!.status).toBe('committed');

    // Then undone, with the progress counting every change of the import.
    const done = await undo(app, batch.uid);
    expect(done.status).toBe('done');
    expect(done.progress).toEqual({ phase: 'undo', done: 4500, total: 4500 });
    expect(app.count('employer')).toBe(0);
    const again = await app.call('imports.undo', { batchUid: batch.uid });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error).toMatchObject({ code: 'CONFLICT', message: 'Impor ini sudah dibatalkan.' });
  });

  it('a record saved while the check runs is seen by the commit: the whole import is refused, not a duplicate saved', async () => {
    const app = await badungApp();
    const dir = tempDir();
    const file = join(dir.path, 'impor.csv');
    const rows = Array.from({ length: 40_000 }, (_, i) => `Usaha Nomor ${i};${9_140_000_000_000 + i};Kuta Utara`);
    writeFileSync(file, ['Nama Perusahaan;NIB;Kecamatan', ...rows].join('\n'));
    const token = (await stage(app, file, 'impor.csv')).token;
    const inspected = await app.call('imports.inspect', { register: 'employer', fileToken: token });
    if (!inspected.ok) throw new Error(inspected.error.message);
    const started = await app.call('imports.dryRun', { register: 'employer', fileToken: token, headerRow: inspected.data.headerRow, mapping: inspected.data.mapping });
    if (!started.ok) throw new Error(started.error.message);
    // Once the first rows are checked (row 2 found new), a clerk saves row 2's NIB by hand.
    for (let i = 0; i < 500; i += 1) {
      const state = await app.call('jobs.get', { jobId: started.data.id });
      if (state.ok && (state.data.progress?.done ?? 0) > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const manual = await app.call('employers.save', { name: 'Usaha Nomor 0 (manual)', nib: '9140000000000', kecamatanCode: '51.03.01' });
    expect(manual.ok).toBe(true);
    const checked = await waitJob(app, started.data);
    expect(checked.status).toBe('done');
    expect((checked.result as { summary: { new: number } }).summary.new).toBe(40_000); // the check itself missed it
    const done = await commit(app, checked.id);
    expect(done.status).toBe('failed');
    expect(done.error?.message).toMatch(/^Baris 2: NIB 9140000000000 sudah dipakai/);
    expect(app.db.select().from(employer).where(eq(employer.nib, '9140000000000')).all()).toHaveLength(1);
    dir.remove();
  });

  it('says first which records were changed after the import; the clerk keeps them as they are or reverses them too', async () => {
    let tick = Date.parse(commitTime);
    const app = await badungApp(() => new Date((tick += 1000))); // every write a second later
    await importCsv(app, 'Nama Perusahaan;NIB;Kecamatan\nCV Tirta Amerta;9120000000002;Mengwi\nUD Sari Merta;9120000000003;Kuta\n');
    const batch = app.db.select().from(importBatch).get()!;
    const tirta = app.db.select().from(employer).where(eq(employer.name, 'CV Tirta Amerta')).get()!;
    const edited = await app.call('employers.save', { ...sampleEmployer, uid: tirta.uid, name: 'CV Tirta Amerta Jaya', nib: '9120000000002', npwp: '', npp: 'NN012347', kecamatanCode: '51.03.02' });
    if (!edited.ok) throw new Error(edited.error.message);
    const auditRows = app.count('audit_log');

    // The check changes nothing and names the record, who changed it, when and what.
    const check = await undoCheck(app, batch.uid);
    expect(check).toMatchObject({ total: 2, edited: 1, held: 0 });
    expect(check.byEntity).toEqual([{ entity: 'employer', added: 2, updated: 0, edited: 1, held: 0 }]);
    expect(check.conflicts).toEqual([{ uid: tirta.uid, name: 'CV Tirta Amerta Jaya', reason: 'edited', changedAt: expect.any(String), changedBy: 'Petugas Uji', fields: expect.arrayContaining(['name']), fieldWords: { id: expect.stringContaining('Nama perusahaan'), en: expect.stringContaining('Employer name') } }]);
    expect(app.count('audit_log')).toBe(auditRows);
    expect(app.count('employer')).toBe(2);

    // Keep: the edited record stays as the clerk left it; the rest of the import is reversed.
    const kept = await undo(app, batch.uid, 'keep');
    expect(kept.status).toBe('done');
    expect(undoneBatch(kept)).toMatchObject({ status: 'undone', kept: 1 });
    expect(app.db.select().from(employer).all().map((e) => e.name)).toEqual(['CV Tirta Amerta Jaya']);
  });

  it('reverses an edited record too when the clerk says so, and never removes one that others hold', async () => {
    let tick = Date.parse(commitTime);
    const app = await badungApp(() => new Date((tick += 1000)));
    await importCsv(app, 'Nama Perusahaan;NIB;Kecamatan\nCV Tirta Amerta;9120000000002;Mengwi\nUD Sari Merta;9120000000003;Kuta\n');
    const batch = app.db.select().from(importBatch).get()!;
    const [tirta, sari] = ['CV Tirta Amerta', 'UD Sari Merta'].map((name) => app.db.select().from(employer).where(eq(employer.name, name)).get()!);
    const edited = await app.call('employers.save', { ...sampleEmployer, uid: tirta!.uid, name: 'CV Tirta Amerta Jaya', nib: '9120000000002', npwp: '', npp: '', kecamatanCode: '51.03.02', confirmRegistrationGaps: true });
    if (!edited.ok) throw new Error(edited.error.message);
    const visit = await app.call('employers.followUps.save', { employerUid: sari!.uid, kind: 'kunjungan', date: '2026-11-20' });
    if (!visit.ok) throw new Error(visit.error.message);

    const check = await undoCheck(app, batch.uid);
    expect(check).toMatchObject({ edited: 1, held: 1 });
    expect(check.conflicts.map((c) => [c.name, c.reason]).sort()).toEqual([['CV Tirta Amerta Jaya', 'edited'], ['UD Sari Merta', 'held']]);
    const reverted = await undo(app, batch.uid, 'revert');
    expect(reverted.status).toBe('done');
    expect(undoneBatch(reverted)).toMatchObject({ status: 'undone', kept: 1 });
    // The edited record is gone; the one with a follow-up stays, with its follow-up.
    expect(app.db.select().from(employer).all().map((e) => e.name)).toEqual(['UD Sari Merta']);
    expect(app.count('employer_follow_up')).toBe(1);
  });
});
