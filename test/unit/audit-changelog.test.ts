import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditDetail, BatchChangePage, FieldChange } from '../../core/api/audit.ts';
import type { GridPage } from '../../core/api/grid.ts';
import type { AuditRow } from '../../core/api/audit.ts';
import type { ImportBatchInfo } from '../../core/api/imports.ts';
import type { JobState } from '../../core/api/jobs.ts';
import { auditPageSql } from '../../core/audit/audit-service.ts';
import { batchPageSql } from '../../core/imports/import-batches.ts';
import { badungApp, sampleEmployer } from './employers/support.ts';
import { commit, inspectAndDryRun, stage, undo, waitJob, type App } from './imports-pipeline/support.ts';
import { tempDir } from './support/test-db.ts';

// The change log as a clerk reads it: searched in the words on screen (Indonesian and English),
// each entry naming its record, its detail only the changed fields in the register's words, an
// import, undo or bulk change one entry that opens to the records it touched.

type Ok<T> = { ok: true; data: T } | { ok: false; error: { message: string } };
const data = <T>(r: Ok<T>): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data;
};

async function search(app: App, quickSearch: string, filterModel: object = {}): Promise<AuditRow[]> {
  return data((await app.call('audit.list', { startRow: 0, endRow: 100, sortModel: [{ colId: 'at', sort: 'desc' }], filterModel, quickSearch })) as Ok<GridPage<AuditRow>>).rows;
}

async function importCsv(app: App, csv: string, name = 'impor.csv') {
  const dir = tempDir();
  const file = join(dir.path, name);
  writeFileSync(file, csv);
  const { job } = await inspectAndDryRun(app, (await stage(app, file, name)).token);
  const done = await commit(app, job.id);
  dir.remove();
  if (done.status !== 'done') throw new Error(done.error?.message ?? done.status);
  return (done.result as { batch: ImportBatchInfo }).batch;
}

/** A firm saved, then edited (scale, kecamatan, status, programmes), then closed. */
async function editedFirm() {
  const app = await badungApp();
  const saved = data(await app.call('employers.save', { ...sampleEmployer, name: 'PT Maju Jaya', bpjsStatus: 'pwbd', bpjsProgrammes: [], npp: '' }));
  const edited = data(
    await app.call('employers.save', { ...sampleEmployer, uid: saved.uid, name: 'PT Maju Jaya', bpjsStatus: 'terdaftar', npp: 'NN012345', businessScale: 'menengah', kecamatanCode: '51.03.05', confirmRegistrationGaps: true }),
  );
  data(await app.call('employers.setStatus', { uid: saved.uid, recordStatus: 'tutup', reason: 'Usaha berhenti sejak Oktober' }));
  return { app, uid: edited.uid };
}

const shown = (changes: FieldChange[], language: 'id' | 'en') => Object.fromEntries(changes.map((c) => [c.label[language], [c.shownBefore?.[language] ?? '—', c.shownAfter?.[language] ?? '—']]));

describe('the change log', { timeout: 120_000 }, () => {
  it('finds entries by the words on screen, in Indonesian and English, and the firm by its name', async () => {
    const { app, uid } = await editedFirm();
    const mine = (rows: AuditRow[]) => rows.filter((r) => r.entityUid === uid).map((r) => r.action);
    expect(mine(await search(app, 'ubah'))).toEqual(['update']);
    expect(mine(await search(app, 'update'))).toEqual(['update']);
    expect(mine(await search(app, 'tutup'))).toEqual(['close']);
    expect(mine(await search(app, 'close'))).toEqual(['close']);
    expect(mine(await search(app, 'Perusahaan'))).toEqual(['close', 'update', 'create']);
    expect(mine(await search(app, 'employer'))).toEqual(['close', 'update', 'create']);
    expect(mine(await search(app, 'maju jaya'))).toEqual(['close', 'update', 'create']);
    expect(mine(await search(app, 'skala usaha'))).toEqual(['update']); // a changed field's label
    expect(mine(await search(app, 'business scale'))).toEqual(['update']);
    expect(await search(app, 'tidak ada kata ini')).toEqual([]);
    // The grid row names the record and its changed fields in the register's words.
    const [update] = (await search(app, 'ubah maju')).filter((r) => r.action === 'update');
    expect(update).toMatchObject({ entity: 'employer', entityLabel: 'PT Maju Jaya' });
    expect(update?.fieldWords?.id).toContain('Skala usaha');
    expect(update?.fieldWords?.id).toContain('Kecamatan');
    expect(update?.fieldWords?.id).not.toContain('businessScale');
  });

  it('shows only the changed fields, named by the register, values as the user sees them', async () => {
    const { app, uid } = await editedFirm();
    const [update] = (await search(app, 'ubah')).filter((r) => r.entityUid === uid);
    const detail = data((await app.call('audit.get', { id: update!.id })) as Ok<AuditDetail>);
    expect(shown(detail.changes, 'id')).toEqual({
      'Skala usaha': ['Kecil', 'Menengah'],
      Kecamatan: ['Kuta Utara', 'Kuta Selatan'],
      'Status BPJS': ['PWBD', 'Terdaftar'],
      NPP: ['—', 'NN012345'],
      'Program BPJS': ['—', 'JKK, JKM, JHT'],
    });
    expect(shown(detail.changes, 'en')['Business scale']).toEqual(['Small', 'Medium']);
    const [closed] = (await search(app, 'tutup')).filter((r) => r.entityUid === uid);
    const closing = data((await app.call('audit.get', { id: closed!.id })) as Ok<AuditDetail>);
    expect(shown(closing.changes, 'id')).toEqual({ 'Status data': ['Aktif', 'Tutup'], 'Alasan status': ['—', 'Usaha berhenti sejak Oktober'], 'Tanggal status': ['—', '24/11/2026'] });
    // No codes, no ids, no JSON anywhere in the words.
    const words = JSON.stringify([detail.changes, closing.changes].flat().map((c) => [c.label, c.shownBefore, c.shownAfter]));
    expect(words).not.toMatch(/pwbd|menengah"|51\.03|[0-9a-f]{8}-[0-9a-f]{4}|\[\]/);
  });

  it('says entries no register declares in words too: an account, a follow-up, an export (walk 29)', async () => {
    const { app, uid } = await editedFirm();
    const detailOf = async (action: string, entity: string) => {
      const id = app.sqlite.prepare('SELECT id FROM audit_log WHERE action = ? AND entity = ? ORDER BY id DESC LIMIT 1').pluck().get(action, entity) as number;
      return data((await app.call('audit.get', { id })) as Ok<AuditDetail>).changes;
    };
    data((await app.call('accounts.create', { username: 'kadis', displayName: 'Kepala Dinas', role: 'kepala_dinas', password: 'sandi-kopi-sore-1' })) as Ok<unknown>);
    const account = await detailOf('create', 'user_account');
    expect(shown(account, 'id')).toMatchObject({ Peran: ['—', 'Kepala dinas'], 'Harus ganti kata sandi': ['—', 'ya'], 'Status akun': ['—', 'aktif'] });
    expect(shown(account, 'en')).toMatchObject({ Role: ['—', 'Head of office'], 'Account state': ['—', 'active'] });
    data((await app.call('employers.followUps.save', { employerUid: uid, kind: 'teguran_1', date: '2026-11-20', letterNumber: '560/12/2026', dueDate: '2026-12-20', outcome: '', done: false, notes: '' })) as Ok<unknown>);
    const followUp = shown(await detailOf('create', 'employer_follow_up'), 'id');
    expect(followUp).toMatchObject({ Perusahaan: ['—', app.sqlite.prepare('SELECT name FROM employer WHERE uid = ?').pluck().get(uid)], 'Nomor surat': ['—', '560/12/2026'], 'Batas waktu': ['—', '20/12/2026'] });
    const job = data((await app.call('registers.export', { register: 'employer', format: 'csv', columns: ['name', 'npwp', 'kecamatanCode'] })) as Ok<JobState>);
    expect((await waitJob(app, job)).status).toBe('done');
    expect(shown(await detailOf('export', 'employer'), 'id')).toMatchObject({ Kolom: ['—', 'Nama perusahaan, NPWP, Kecamatan'] });
  });

  it('keeps an import, its undo and a bulk change one entry each, opening to the records they touched', async () => {
    const { app, uid } = await editedFirm();
    data(await app.call('employers.setStatus', { uid, recordStatus: 'aktif', reason: 'Buka lagi' }));
    const before = app.count('audit_log');
    const batch = await importCsv(
      app,
      [
        'Nama Perusahaan;NIB;Status BPJS;TK Laki-laki;Kecamatan',
        `PT Maju Jaya;${sampleEmployer.nib};PDS upah;30;Kuta Utara`,
        'CV Tirta Amerta;9120000000002;belum;3;Mengwi',
        'UD Sari Merta;9120000000003;terdaftar;1;Kuta',
      ].join('\n'),
      'data kantor cabang.csv',
    );
    // One entry for the import (and one for the mapping it remembered), none per record.
    expect(app.count('audit_log') - before).toBe(2);
    const [entry] = await search(app, 'impor', { action: { filterType: 'set', values: ['import'] } });
    expect(entry).toMatchObject({ entity: 'import_batch', entityLabel: 'data kantor cabang.csv' });
    expect((await search(app, 'kantor cabang')).map((r) => r.action)).toContain('import');
    const detail = data((await app.call('audit.get', { id: entry!.id })) as Ok<AuditDetail>);
    expect(detail.batch).toMatchObject({ uid: batch.uid, inserted: 2, updated: 1 });

    const page = data((await app.call('imports.changes', { batchUid: batch.uid, page: 0, pageSize: 2 })) as Ok<BatchChangePage>);
    expect(page.total).toBe(3);
    expect(page.rows).toHaveLength(2);
    const next = data((await app.call('imports.changes', { batchUid: batch.uid, page: 1, pageSize: 2 })) as Ok<BatchChangePage>);
    expect(next.rows).toHaveLength(1);
    const all = [...page.rows, ...next.rows];
    const maju = all.find((r) => r.recordLabel === 'PT Maju Jaya')!;
    expect(maju).toMatchObject({ action: 'update', recordUid: uid });
    expect(shown(maju.changes, 'id')).toMatchObject({ 'Status BPJS': ['Terdaftar', 'PDS upah'], Kecamatan: ['Kuta Selatan', 'Kuta Utara'] });
    expect(maju.changes.map((c) => c.field)).not.toContain('updatedAt');
    expect(all.filter((r) => r.action === 'insert').map((r) => r.recordLabel).sort()).toEqual(['CV Tirta Amerta', 'UD Sari Merta']);

    // The record's history: its own edits and the import's change, in the same words.
    const history = data(await app.call('registers.history', { register: 'employer', uid }));
    expect(history.map((h) => h.action)).toEqual(['import-update', 'restore', 'close', 'update', 'create']);
    expect(shown(history[0]!.changes, 'id')['Status BPJS']).toEqual(['Terdaftar', 'PDS upah']);
    expect(shown(history[3]!.changes, 'en')['Business scale']).toEqual(['Small', 'Medium']);

    // The undo: one more entry, opening to the same records.
    const undoBefore = app.count('audit_log');
    expect((await undo(app, batch.uid, 'revert')).status).toBe('done');
    expect(app.count('audit_log') - undoBefore).toBe(1);
    const [undone] = await search(app, 'batalkan');
    expect(undone).toMatchObject({ action: 'undo', entityLabel: 'data kantor cabang.csv' });
    const undoDetail = data((await app.call('audit.get', { id: undone!.id })) as Ok<AuditDetail>);
    expect(undoDetail.batch?.status).toBe('undone');
    expect(shown(undoDetail.changes, 'id').Status).toEqual(['tersimpan', 'dibatalkan']);
    const afterUndo = data((await app.call('imports.changes', { batchUid: batch.uid, page: 0, pageSize: 50 })) as Ok<BatchChangePage>);
    expect(afterUndo.rows.filter((r) => r.action === 'insert').map((r) => r.recordLabel)).toEqual([null, null]); // gone with the undo

    // A bulk change: one entry, its records listed.
    const started = await app.call('registers.bulkStatus', { register: 'employer', filterModel: { kecamatanCode: { filterType: 'set', values: ['51.03.05'] } }, status: 'tutup', reason: 'Tutup massal uji' });
    expect((await waitJob(app, data(started) as JobState)).status).toBe('done');
    const [bulk] = await search(app, 'ubah massal');
    expect(bulk).toMatchObject({ action: 'bulk', entity: 'import_batch' });
    const bulkDetail = data((await app.call('audit.get', { id: bulk!.id })) as Ok<AuditDetail>);
    const bulkPage = data((await app.call('imports.changes', { batchUid: bulkDetail.batch!.uid, page: 0, pageSize: 50 })) as Ok<BatchChangePage>);
    expect(bulkPage.rows.map((r) => [r.recordLabel, shown(r.changes, 'id')['Status data']])).toEqual([['PT Maju Jaya', ['Aktif', 'Tutup']]]);
  });

  it('pages on the time index and searches through the words index, whatever the log size', async () => {
    const app = await badungApp();
    const plan = (q: { sql: string; params: unknown[] }) => (app.sqlite.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.params) as { detail: string }[]).map((r) => r.detail).join(' | ');
    const plain = auditPageSql(app.ctx, { startRow: 500, endRow: 600, sortModel: [], filterModel: {} });
    expect(plan(plain.page)).toMatch(/SCAN a USING (COVERING )?INDEX audit_log_at_idx/);
    expect(plan(plain.page)).not.toMatch(/TEMP B-TREE/);
    const searched = auditPageSql(app.ctx, { startRow: 0, endRow: 100, sortModel: [{ colId: 'at', sort: 'asc' }], filterModel: {}, quickSearch: 'maju' });
    expect(plan(searched.page)).toMatch(/VIRTUAL TABLE INDEX \d+:M/); // the words index, not a LIKE over every row
    expect(plan(searched.count)).toMatch(/VIRTUAL TABLE INDEX \d+:M/);
    // A batch's records page through its index, the table read only for the page's rows.
    const batchPage = plan({ sql: batchPageSql('e.name', 'employer', 'e'), params: [1, 50, 500_000] });
    expect(batchPage).toMatch(/SEARCH import_change USING COVERING INDEX import_change_batch_idx \(batch_id=\?\)/);
    expect(batchPage).not.toMatch(/SCAN import_change|TEMP B-TREE/);
  });
});
