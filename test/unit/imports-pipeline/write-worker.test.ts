import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DryRunResult, Inspection } from '../../../core/api/imports.ts';
import type { JobState } from '../../../core/api/jobs.ts';
import { startCore } from '../../../core/host.ts';
import { jobEnd } from '../support/jobs.ts';
import { adminSessionIn, tempDir } from '../support/test-db.ts';

// On a database file the commit and the undo run as write programs on a worker thread with its
// own connection (db/write-in-worker.ts). The same program as in memory: whole or nothing,
// cancellable, and the app's own connection sees the result at once.
describe('commit and undo on a worker thread', () => {
  it('commits a file whole, cancels an undo with nothing changed, then undoes it', async () => {
    const dir = tempDir();
    const core = startCore({ dataDir: dir.path, version: 'test', host: 'cli' });
    const call = (channel: string, input: unknown) => core.router.call(channel, input, adminSessionIn(core.database.sqlite)) as Promise<{ ok: true; data: never } | { ok: false; error: { message: string } }>;
    const must = async <T>(channel: string, input: unknown): Promise<T> => {
      const r = await call(channel, input);
      if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
      return r.data as T;
    };
    const ended = (job: JobState) => jobEnd(call as never, job);
    try {
      await must('setup.complete', { officeName: 'Disperinaker Kabupaten Badung', level: 'kabupaten_kota', areaCode: '51.03', timeZone: 'WITA' });
      const file = join(dir.path, 'impor.csv');
      writeFileSync(file, ['Nama Perusahaan;NIB;Kecamatan', ...Array.from({ length: 6000 }, (_, i) => `Usaha Nomor ${i};${9_160_000_000_000 + i};Kuta Utara`)].join('\n'));
      const staged = await core.runtime.files.stage('impor.csv', Readable.from(readFileSync(file)), 10_000_000);
      const inspection = await must<Inspection>('imports.inspect', { register: 'employer', fileToken: staged.token });
      const dry = await ended(await must<JobState>('imports.dryRun', { register: 'employer', fileToken: staged.token, headerRow: inspection.headerRow, mapping: inspection.mapping }));
      expect((dry.result as DryRunResult).summary.new).toBe(6000);
      const committed = await ended(await must<JobState>('imports.commit', { jobId: dry.id }));
      expect(committed.status).toBe('done');
      expect(committed.progress).toMatchObject({ phase: 'commit', done: 6000, total: 6000 });
      const count = () => core.database.sqlite.prepare('SELECT count(*) FROM employer').pluck().get();
      expect(count()).toBe(6000);
      const batchUid = (committed.result as { batch: { uid: string; inserted: number } }).batch.uid;
      expect((committed.result as { batch: { inserted: number } }).batch.inserted).toBe(6000);

      // A cancelled undo changes nothing.
      const auditRows = core.database.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get();
      const started = await must<JobState>('imports.undo', { batchUid });
      await call('jobs.cancel', { jobId: started.id });
      const cancelled = await ended(started);
      // A fast worker may have finished before the cancel arrived; either way it is whole.
      if (cancelled.status === 'cancelled') {
        expect(count()).toBe(6000);
        expect(core.database.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(auditRows);
        const undone = await ended(await must<JobState>('imports.undo', { batchUid }));
        expect(undone.status).toBe('done');
      } else expect(cancelled.status).toBe('done');
      expect(count()).toBe(0);
      expect(core.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      core.database.close();
      dir.remove();
    }
  });
});
