import { describe, expect, it } from 'vitest';
import type { JobState } from '../../../core/api/jobs.ts';
import { badungApp } from '../employers/support.ts';
import { jobEnd } from '../support/jobs.ts';

// The import history offers Batalkan only where the undo is allowed (walk 35, after imports.undoAny):
// an operator's own batch, not the administrator's. Each batch says so (mayUndo), by the rule the
// undo itself uses: the batch's own first audit row.

describe('which batches the signed-in account may undo', () => {
  it("the operator's own bulk change, not the administrator's; the administrator both; the undo agrees", async () => {
    const app = await badungApp();
    for (let i = 1; i <= 2; i++) await app.call('employers.save', { name: `Toko Massal Sentosa ${i}`, kecamatanCode: '51.03.04', bpjsStatus: 'pwbd' });
    const bulk = async (role: 'administrator' | 'operator', name: string) => {
      const started = await app.callAs(role, 'registers.bulkStatus', { register: 'employer', filterModel: {}, quickSearch: name, status: 'tutup', reason: 'Tutup massal uji' });
      if (!started.ok) throw new Error(started.error.message);
      const done = await jobEnd(app.call, started.data as JobState);
      expect(done.status).toBe('done');
      return (done.result as { batch: { uid: string } }).batch.uid;
    };
    const admins = await bulk('administrator', 'Sentosa 1');
    const operators = await bulk('operator', 'Sentosa 2');
    const mayUndo = async (role: 'administrator' | 'operator' | 'pemantau') => {
      const history = await app.callAs(role, 'imports.history', { register: 'employer' });
      if (!history.ok) throw new Error(history.error.message);
      return history.data.map((b) => [b.uid, b.mayUndo]);
    };
    expect(await mayUndo('operator')).toEqual([[operators, true], [admins, false]]);
    expect(await mayUndo('administrator')).toEqual([[operators, true], [admins, true]]);
    // The undo agrees: the operator's own goes, the administrator's is refused.
    const refused = await app.callAs('operator', 'imports.undo', { batchUid: admins, edited: 'keep' });
    expect(!refused.ok && refused.error.code).toBe('FORBIDDEN');
    const allowed = await app.callAs('operator', 'imports.undo', { batchUid: operators, edited: 'keep' });
    expect(allowed.ok).toBe(true);
    // An undone batch has nothing to undo; a pemantau may undo none.
    expect(await mayUndo('operator')).toEqual([[operators, false], [admins, false]]);
    expect(await mayUndo('pemantau')).toEqual([[operators, false], [admins, false]]);
  });
});
