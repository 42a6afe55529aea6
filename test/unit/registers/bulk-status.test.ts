import { describe, expect, it } from 'vitest';
import type { JobState } from '../../../core/api/jobs.ts';
import { badungApp, loadDemo } from '../employers/support.ts';
import { undo, waitJob } from '../imports-pipeline/support.ts';

// Many records removed at once from a filter: audited with the reason, shown in each record's
// history, listed beside the imports and undone like one.
const kutaUtara = { kecamatanCode: { filterType: 'set', values: ['51.03.06'] } };
const active = { recordStatus: { filterType: 'set', values: ['aktif'] } };

describe('a status for every record of a view', () => {
  it('removes the records of a filter with a reason, audited once, and the undo brings every one back', async () => {
    const app = await badungApp();
    await loadDemo(app, 300);
    const count = async (filterModel: object) => {
      const r = await app.call('registers.counts', { register: 'employer', by: 'bpjsStatus', filterModel });
      if (!r.ok) throw new Error(r.error.message);
      return r.data.total;
    };
    const inKutaUtara = await count({ ...kutaUtara, ...active });
    const elsewhere = await count(active) - inKutaUtara;
    expect(inKutaUtara).toBeGreaterThan(5);
    const auditRows = app.count('audit_log');

    const started = await app.call('registers.bulkStatus', { register: 'employer', filterModel: { ...kutaUtara, ...active }, status: 'dihapus', reason: 'Impor ganda dari kantor cabang' });
    if (!started.ok) throw new Error(started.error.message);
    const done = await waitJob(app, started.data as JobState);
    expect(done.status).toBe('done');
    const batch = (done.result as { batch: { uid: string; kind: string; updated: number; note: string; fileName: string } }).batch;
    expect(batch).toMatchObject({ kind: 'bulk', updated: inKutaUtara, note: 'Impor ganda dari kantor cabang' });
    expect(batch.fileName).toBe('Dihapus: Kecamatan: Kuta Utara; Status data: Aktif');
    expect(await count({ ...kutaUtara, ...active })).toBe(0);
    expect(await count(active)).toBe(elsewhere);
    // One audit row for all of them, with the reason and the filter in words.
    expect(app.count('audit_log')).toBe(auditRows + 1);
    const audit = app.sqlite.prepare("SELECT action, entity, entity_uid, after FROM audit_log WHERE action = 'bulk'").get() as { entity_uid: string; after: string };
    expect(audit.entity_uid).toBe(batch.uid);
    expect(JSON.parse(audit.after)).toMatchObject({ status: 'dihapus', reason: 'Impor ganda dari kantor cabang', records: inKutaUtara });

    // Each record's history says it, with the fields; the imports list shows the change.
    const one = await app.call('registers.list', { register: 'employer', startRow: 0, endRow: 1, filterModel: kutaUtara });
    if (!one.ok) throw new Error(one.error.message);
    const history = await app.call('registers.history', { register: 'employer', uid: String(one.data.rows[0]!.uid) });
    expect(history.ok && history.data[0]).toMatchObject({ action: 'bulk-update', batch: { kind: 'bulk', status: 'committed' } });
    expect(history.ok && history.data[0]!.changes.find((c) => c.field === 'recordStatus')).toMatchObject({ field: 'recordStatus', before: 'aktif', after: 'dihapus' });
    const listed = await app.call('imports.history', { register: 'employer' });
    expect(listed.ok && listed.data.map((b) => b.kind)).toEqual(['bulk', 'import']); // newest first; the demo data came in as an import

    // Undone: every record active again, with its old reason and date.
    const undone = await undo(app, batch.uid);
    expect(undone.status).toBe('done');
    expect(await count({ ...kutaUtara, ...active })).toBe(inKutaUtara);
    expect(app.sqlite.prepare("SELECT count(*) FROM employer WHERE status_reason <> ''").pluck().get()).toBe(0);
    // The record's own history says so, newest first: the undo (its status back), then the bulk change.
    const after = await app.call('registers.history', { register: 'employer', uid: String(one.data.rows[0]!.uid) });
    if (!after.ok) throw new Error(after.error.message);
    expect(after.data.slice(0, 2).map((h) => [h.action, h.batch?.status])).toEqual([
      ['undo-bulk', 'undone'],
      ['bulk-update', 'undone'],
    ]);
    expect(after.data[0]!.changes.find((c) => c.field === 'recordStatus')).toMatchObject({ field: 'recordStatus', before: 'dihapus', after: 'aktif' });
  });

  it('refuses a status the register does not give in bulk, and a change without a reason', async () => {
    const app = await badungApp();
    const restore = await app.call('registers.bulkStatus', { register: 'employer', filterModel: {}, status: 'aktif', reason: 'Pulihkan semua' });
    expect(!restore.ok && restore.error).toMatchObject({ code: 'INVALID_INPUT', message: 'Banyak data sekaligus tidak dapat diberi status "aktif".' });
    const noReason = await app.call('registers.bulkStatus', { register: 'employer', filterModel: {}, status: 'dihapus', reason: ' ' });
    expect(!noReason.ok && noReason.error.code).toBe('INVALID_INPUT');
  });
});
