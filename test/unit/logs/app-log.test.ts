import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { startCore } from '../../../core/host.ts';
import { openAppLog } from '../../../core/logs/app-log.ts';
import { scrub } from '../../../core/logs/scrub.ts';
import { sampleEmployer } from '../employers/support.ts';
import { adminSessionIn, tempDir } from '../support/test-db.ts';

// The application log: rotated by size, nothing personal in it, and the problem report's ZIP
// (the log and versions for IT) without the database or a NIK.

const nik = '3171011501900001';
const setup = { officeName: 'Disperinaker Kabupaten Badung', level: 'kabupaten_kota', areaCode: '51.03', timeZone: 'WITA' };

describe('application log', () => {
  it('rotates by size and keeps a few files, newest first', () => {
    const dir = tempDir().path;
    const log = openAppLog(dir, { maxBytes: 2_000, keep: 3 });
    for (let i = 0; i < 200; i += 1) log.info('job.end', { kind: 'import.dryRun', n: i });
    const files = log.files();
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['lindung.log', 'lindung.1.log', 'lindung.2.log']);
    for (const file of files) expect(statSync(file).size).toBeLessThanOrEqual(2_000);
    // The newest line is in lindung.log; the older files hold older lines.
    expect(readFileSync(files[0]!, 'utf8')).toMatch(/"n":199/);
    expect(readFileSync(files[2]!, 'utf8')).not.toMatch(/"n":199/);
    if (process.platform !== 'win32') expect(statSync(files[0]!).mode & 0o777).toBe(0o600);
  });

  it('masks numbers as long as a NIK, NPWP or phone, and e-mail addresses; dates and line numbers stay', () => {
    const text = `NIK ${nik}, NPWP 01.234.567.8-901.000, HP 0812-3456-7890, budi@example.co.id at 2026-12-02 file.ts:123:45`;
    const out = scrub(text);
    for (const secret of [nik, '01.234.567.8-901.000', '0812-3456-7890', 'budi@example.co.id']) expect(out).not.toContain(secret);
    expect(out).toContain('2026-12-02');
    expect(out).toContain('file.ts:123:45');
  });

  it('a call that fails with a NIK in its input and in its error leaves no NIK in the log; the problem report has no database and no NIK', async () => {
    const dataDir = tempDir().path;
    const core = startCore({ dataDir, version: 'test', host: 'cli' });
    try {
      const session = adminSessionIn(core.database.sqlite);
      const call = (channel: string, input: unknown) => core.router.call(channel, input, session);
      expect((await call('setup.complete', setup)).ok).toBe(true);
      // An unexpected failure whose own text carries the input's NIK-based NPWP (a trigger here).
      core.database.sqlite.exec(`CREATE TRIGGER broken BEFORE INSERT ON employer BEGIN SELECT RAISE(ABORT, 'rusak: ' || NEW.npwp); END`);
      const failed = await call('employers.save', { ...sampleEmployer, npwp: nik });
      expect(failed.ok ? null : failed.error.code).toBe('INTERNAL');

      const text = core.runtime.log.files().map((f) => readFileSync(f, 'utf8')).join('');
      expect(text).toContain('"event":"call.failed"');
      expect(text).toContain('"channel":"employers.save"');
      expect(text).toContain('rusak: [disamarkan]');
      expect(text).toContain('"event":"start"');
      expect(text).not.toContain(nik);
      expect(text).not.toContain(sampleEmployer.name);

      // An older log line with a NIK in it (as if written before the scrubber): the report masks it too.
      writeFileSync(join(dataDir, 'logs', 'lindung.1.log'), `{"event":"old","text":"NIK ${nik}"}\n`);
      const report = await call('app.problemReport', {});
      if (!report.ok) throw new Error(report.error.message);
      const file = core.runtime.files.outgoingFile((report.data as { token: string }).token);
      expect(file.name).toMatch(/^lindung-laporan-masalah-\d{12}\.zip$/);
      const entries = unzipSync(new Uint8Array(readFileSync(file.path)));
      const names = Object.keys(entries).sort();
      expect(names).toEqual(['BACA-README.txt', 'logs/lindung.1.log', 'logs/lindung.log', 'versions.json']);
      for (const name of names) {
        const content = strFromU8(entries[name]!);
        expect(content, name).not.toContain(nik);
        expect(content, name).not.toContain('SQLite format 3');
      }
      const versions = JSON.parse(strFromU8(entries['versions.json']!));
      expect(versions.app).toMatchObject({ version: 'test', host: 'cli' });
      expect(versions.runtime.node).toBe(process.versions.node);
      expect(versions.dataFolder.disk.freeBytes).toBeGreaterThan(0);
    } finally {
      core.database.close();
    }
  });
});
