import { describe, expect, it } from 'vitest';
import { startCore } from '../../core/host.ts';
import { sampleEmployer } from './employers/support.ts';
import { adminSessionIn, tempDir } from './support/test-db.ts';

// While an import holds the write connection's transaction (and the gate), read-only calls
// answer from the reader connection with the last committed data; writes wait their turn.
describe('reads during a long write', () => {
  it('answers reads from committed data at once and queues writes behind the gate', async () => {
    const dir = tempDir();
    const core = startCore({ dataDir: dir.path, version: 'test', host: 'cli' });
    const call = (channel: string, input: unknown) => core.router.call(channel, input, adminSessionIn(core.database.sqlite));
    expect((await call('setup.complete', { officeName: 'Disperinaker Kabupaten Badung', level: 'kabupaten_kota', areaCode: '51.03', timeZone: 'WITA' })).ok).toBe(true);
    expect((await call('employers.save', sampleEmployer)).ok).toBe(true);

    // An "import": the gate held, a transaction open with a row not yet committed.
    let release!: () => void;
    const holding = core.runtime.gate.run(async () => {
      core.database.sqlite.exec('BEGIN IMMEDIATE');
      core.database.sqlite.prepare("UPDATE employer SET name = 'Belum disimpan'").run();
      await new Promise<void>((resolve) => (release = resolve));
      core.database.sqlite.exec('ROLLBACK');
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(core.runtime.gate.held).toBe(true);

    const list = await call('registers.list', { register: 'employer', startRow: 0, endRow: 10, sortModel: [], filterModel: {} });
    expect(list.ok && (list.data as { rows: { name: string }[] }).rows.map((r) => r.name)).toEqual([sampleEmployer.name]);
    // Every read the contract declares answers at once too (here: ones that used to wait).
    for (const [channel, input] of [
      ['settings.officeProfile.get', {}],
      ['settings.ui.get', { key: 'grid.employers.columns' }],
      ['employers.followUps.due', { withinDays: 14 }],
      ['contributions.rules.list', {}],
    ] as const) {
      const answered = await Promise.race([call(channel, input), new Promise((resolve) => setTimeout(() => resolve('waiting'), 2000))]);
      expect(answered, channel).toMatchObject({ ok: true });
    }
    let saved = false;
    const save = call('employers.save', { ...sampleEmployer, name: 'CV Kedua', nib: '9120001234568', npwp: '', npp: 'NN012346' }).then((r) => {
      saved = r.ok;
      return r;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(saved).toBe(false); // still waiting at the gate

    release();
    await holding;
    expect((await save).ok).toBe(true);
    const counts = await call('registers.list', { register: 'employer', startRow: 0, endRow: 10, sortModel: [], filterModel: {} });
    expect(counts.ok && (counts.data as { rowCount: number }).rowCount).toBe(2);
    core.database.close();
    dir.remove();
  });
});
