import { describe, expect, it } from 'vitest';
import type { BackupResult, RestorePreview } from '../../../core/api/backups.ts';
import type { JobState } from '../../../core/api/jobs.ts';
import { startCore } from '../../../core/host.ts';
import { restorePreviewLines } from '../../../cli/commands/db.ts';
import { sampleEmployer } from '../employers/support.ts';
import { jobEnd } from '../support/jobs.ts';
import { adminSessionIn, makeTestApp, tempDir } from '../support/test-db.ts';
import { writeAudited } from '../../../core/audit/write.ts';
import { lostChanges } from '../../../core/backups/restore-lost-changes.ts';

// Walk 35 item 5: the restore preview of an older backup listed the changes an earlier restore had
// already taken back, and folded the one change that would really be lost into "…dan 1 perubahan
// lain", which could not be opened; the CLI printed UTC times and "…and 1 more changes".

function host() {
  const dir = tempDir();
  const core = startCore({ dataDir: dir.path, version: 'test', host: 'cli' });
  const session = adminSessionIn(core.database.sqlite);
  const call = async <T>(channel: string, input: unknown = {}) => {
    const result = await core.router.call(channel, input, session);
    if (!result.ok) throw new Error(`${channel}: ${result.error.messageEn}`);
    return result.data as T;
  };
  const job = async (channel: string, input: unknown) => {
    const done = await jobEnd((c, i) => core.router.call(c, i, session) as never, await call<JobState>(channel, input));
    expect(done.status).toBe('done');
    return done.result;
  };
  const backup = async () => ((await job('backups.create', {})) as BackupResult).backup;
  const ctx = () => ({ sqlite: core.database.sqlite });
  return { core, call, job, backup, ctx };
}

const firm = (n: number, name: string) => ({ ...sampleEmployer, name, nib: `91200012345${60 + n}`, npwp: '', npp: `NN0123${60 + n}` });

describe('restore preview: only what a restore would take back', () => {
  it('leaves out changes an earlier restore or an undo took back, lists them all, and the CLI says them at office time', async () => {
    const { core, call, job, backup, ctx } = host();
    try {
      await call('setup.complete', { officeName: 'Disperinaker Kabupaten Badung', level: 'kabupaten_kota', areaCode: '51.03', timeZone: 'WITA' });
      const daily = await backup();
      // The changes that restoring `daily` would really take back: more than the five the preview used to list.
      for (let n = 3; n <= 7; n++) await call('employers.save', firm(n, `CV Nyata ${n}`));
      await call('employers.save', firm(1, 'PT Sebelum Cadangan Kedua'));
      const manual = await backup();
      // Changes an earlier restore (of `manual`) takes back.
      const gone = await call<{ uid: string }>('employers.save', firm(2, 'PT Uji Walk Tiga Lima'));
      await call('employers.save', { ...firm(2, 'PT Uji Walk Tiga Lima Diubah'), uid: gone.uid });
      await call('backups.restore', { file: manual.file, confirm: 'PULIHKAN' });

      // A bulk change made and undone after the backup changed nothing either.
      const bulk = (await job('registers.bulkStatus', { register: 'employer', filterModel: {}, status: 'tutup', reason: 'Tutup massal uji' })) as { batch: { uid: string } };
      await job('imports.undo', { batchUid: bulk.batch.uid, edited: 'keep' });

      const preview = await call<RestorePreview>('backups.restorePreview', { file: daily.file });
      expect(preview.lostChanges.map((c) => c.words.id)).toEqual([expect.stringContaining('PT Sebelum Cadangan Kedua'), ...[7, 6, 5, 4, 3].map((n) => expect.stringContaining(`CV Nyata ${n}`))]);
      expect(preview.lostTotal).toBe(6);
      expect(preview.lostExact).toBe(true);

      // The CLI: the office's time, and "1 more change" in the singular.
      const lines = restorePreviewLines(ctx(), { ...preview, lostChanges: preview.lostChanges.slice(0, 1).map((c) => ({ ...c, at: '2026-12-07T02:48:07.000Z' })), lostTotal: 2 });
      const line = lines.find((l) => l.includes('PT Sebelum Cadangan Kedua'))!;
      expect(line).toContain('07/12/2026 10:48 WITA');
      expect(line).not.toContain('2026-12-07T02:48');
      expect(lines.join('\n')).toContain('…and 1 more change (see the change log).');
      expect(lines.join('\n')).not.toMatch(/1 more changes/);
    } finally {
      core.database.close();
    }
  });

  it('says so when an earlier restore cannot tell exactly which changes it took back (a row from before, its backup gone)', async () => {
    let now = new Date('2026-12-07T01:00:00Z');
    const app = makeTestApp({ reference: true, now: () => now });
    expect((await app.call('setup.complete', { officeName: 'Disperinaker Kabupaten Badung', level: 'kabupaten_kota', areaCode: '51.03', timeZone: 'WITA' })).ok).toBe(true);
    const afterId = app.sqlite.prepare('SELECT max(id) FROM audit_log').pluck().get() as number;
    now = new Date('2026-12-07T02:00:00Z');
    expect((await app.call('employers.save', firm(1, 'PT Sebelum Cadangan Kedua'))).ok).toBe(true);
    now = new Date('2026-12-07T03:00:00Z');
    expect((await app.call('employers.save', firm(2, 'PT Uji Walk Tiga Lima'))).ok).toBe(true);
    now = new Date('2026-12-07T04:00:00Z');
    // A restore row as written before it named its backup's last entry: its backup made at 02:30.
    writeAudited(app.ctx, ({ audit }) => audit({ action: 'restore', entity: 'database', entityUid: 'gone.db', label: 'gone.db', before: null, after: { backup: 'gone.db', backupCreatedAt: '2026-12-07T02:30:00.000Z' } }));
    const guessed = lostChanges(app.sqlite, afterId, () => null);
    expect(guessed.exact).toBe(false);
    expect(guessed.entries.map((e) => e.label)).toEqual(['PT Sebelum Cadangan Kedua']);
    // Its backup's manifest still there: exact.
    const known = lostChanges(app.sqlite, afterId, () => afterId + 1);
    expect(known.exact).toBe(true);
    expect(known.entries.map((e) => e.label)).toEqual(['PT Sebelum Cadangan Kedua']);
  });
});
