import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CycleSummary } from '../../../core/api/award.ts';
import { startCore } from '../../../core/host.ts';
import { openDatabase } from '../../../db/database.ts';
import { signInFirstAdmin } from '../support/accounts.ts';
import { lindungAsAdmin } from '../support/cli-process.ts';
import { tempDir } from '../support/test-db.ts';

// `lindung award cycles` as an office runs it: a real process on a real data folder, each cycle
// with its completeness, what is overdue, and its approval, in words and as JSON; and
// `lindung award package` refusing a target it cannot write before it builds anything.

const dir = tempDir('lindung-award-cli-');
const lindung = lindungAsAdmin(dir.path);

beforeAll(async () => {
  const core = startCore({ dataDir: dir.path, version: 'test', host: 'cli' });
  try {
    const session = await signInFirstAdmin(core.router);
    const call = async <T>(channel: string, input: unknown): Promise<T> => {
      const r = await core.router.call(channel, input, session);
      if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
      return r.data as T;
    };
    await call('setup.complete', { officeName: 'Disnaker Badung', level: 'kabupaten_kota', areaCode: '51.03', timeZone: 'WITA' });
    const base = { level: 'provinsi', category: 'pemerintah_kabupaten_kota' };
    await call('award.cycles.save', { ...base, edition: 'Paritrana Award Provinsi Bali 2024', year: 2024, periodStart: '2023-01-01', periodEnd: '2023-12-31' });
    const cycle = await call<{ uid: string }>('award.cycles.save', { ...base, edition: 'Paritrana Award Provinsi Bali 2025', year: 2025, periodStart: '2025-01-01', periodEnd: '2025-12-31' });
    const detail = await call<{ aspects: { indicators: { uid: string }[] }[] }>('award.rubric.copy', { cycleUid: cycle.uid, from: 'starter' });
    const indicator = detail.aspects[0]!.indicators[0]!.uid;
    await call('award.evidence.save', { indicatorUid: indicator, kind: 'register_extract', title: 'Regulasi berlaku', extract: 'regulations_in_force', state: 'siap' });
    await call('award.evidence.save', { indicatorUid: indicator, kind: 'narrative', title: 'Riwayat Perda', dueDate: '2020-01-31' });
  } finally {
    core.database.close();
  }
}, 180_000);
afterAll(() => dir.remove());

describe('lindung award cycles', { timeout: 600_000 }, () => {
  it('lists each cycle with completeness, overdue items and approval, newest year first', () => {
    const run = lindung('award', 'cycles');
    expect(run.code).toBe(0);
    const lines = run.out.trim().split('\n');
    expect(lines).toHaveLength(2);
    // The percent counts the indicators without evidence too, and the line says so.
    expect(lines[0]).toMatch(/^Paritrana Award Provinsi Bali 2025 \(2025\): bukti 1\/2 siap, kelengkapan \d+ % \(dihitung atas bukti dan indikator yang belum punya bukti: \d+ indikator\), 1 bukti terlambat, belum disetujui$/);
    expect(lines[1]).toBe('Paritrana Award Provinsi Bali 2024 (2024): bukti 0/0 siap, kelengkapan 0 % (dihitung atas bukti dan indikator yang belum punya bukti: 0 indikator), 0 bukti terlambat, belum disetujui');
  });

  it('gives the same as JSON', () => {
    const run = lindung('award', 'cycles', '--json');
    expect(run.code).toBe(0);
    const cycles = JSON.parse(run.out) as CycleSummary[];
    expect(cycles.map((c) => [c.edition, c.completeness.items, c.completeness.ready, c.completeness.overdue, c.approval])).toEqual([
      ['Paritrana Award Provinsi Bali 2025', 2, 1, 1, null],
      ['Paritrana Award Provinsi Bali 2024', 0, 0, 0, null],
    ]);
  });

  it('refuses a package target whose folder is missing or is a file, before building anything', () => {
    const exports = () => {
      const db = openDatabase({ dataDir: dir.path });
      try {
        return db.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'export'").pluck().get();
      } finally {
        db.close();
      }
    };
    const before = exports();
    const missing = lindung('award', 'package', '2025', '/nonexistent/x.zip');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('Folder "/nonexistent" untuk berkas paket "/nonexistent/x.zip" tidak ada, jadi paket tidak dibuat. Buat foldernya dulu');
    expect(missing.err).not.toMatch(/ENOENT|no such file/);
    // Checked before the cycle is even looked up: an unknown cycle is not what is said.
    const notFolder = lindung('award', 'package', 'tidak-ada', join(dir.path, 'lindung.db', 'x.zip'));
    expect(notFolder.code).toBe(1);
    expect(notFolder.err).toContain('bukan folder');
    const isFolder = lindung('award', 'package', '2025', dir.path);
    expect(isFolder.err).toContain('adalah folder, bukan nama berkas');
    expect(exports()).toBe(before);
  });
});
