import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuditChainReport } from '../../core/api/audit-chain.ts';
import type { DryRunResult, Inspection } from '../../core/api/imports.ts';
import type { JobState } from '../../core/api/jobs.ts';
import { auditChainHead, verifyAuditChain } from '../../core/audit/chain.ts';
import { writeAudited } from '../../core/audit/write.ts';
import { startCore } from '../../core/host.ts';
import { openSqlite } from '../../db/open.ts';
import { badungApp, loadDemo } from './employers/support.ts';
import { undo, waitJob } from './imports-pipeline/support.ts';
import { jobEnd } from './support/jobs.ts';
import { adminSessionIn, tempDir, testActor } from './support/test-db.ts';

// The audit log's hash chain (db/audit-hash.ts, core/audit/chain.ts): every write path chains
// its rows, and a row edited, deleted or inserted in the file by hand with the sqlite3 shell
// (its triggers dropped first and put back) is found at the right row, by the check and by
// `lindung audit verify` / `lindung db check` (exit code 1).

const sqlite3 = '/usr/bin/sqlite3';
const dirs: { path: string; remove(): void }[] = [];
afterAll(() => dirs.splice(0).forEach((d) => d.remove()));

function folder() {
  const dir = tempDir('lindung-chain-');
  dirs.push(dir);
  return dir.path;
}

type Call = (channel: string, input: unknown) => Promise<{ ok: true; data: never } | { ok: false; error: { message: string } }>;

async function must<T>(call: Call, channel: string, input: unknown): Promise<T> {
  const r = await call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.data as T;
}

const sh = (file: string, sql: string) => {
  const run = spawnSync(sqlite3, [file, sql], { encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) throw new Error(`sqlite3: ${run.stderr}`);
  return run.stdout.trim();
};

/** What a forger does: the table's triggers dropped, the change, the triggers put back as they were. */
function byHand(file: string, change: string) {
  const triggers = sh(file, "SELECT name || char(9) || replace(sql, char(10), ' ') FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'")
    .split('\n')
    .map((line) => line.split('\t') as [string, string]);
  expect(triggers.length).toBeGreaterThanOrEqual(2);
  sh(file, `BEGIN; ${triggers.map(([name]) => `DROP TRIGGER "${name}";`).join(' ')} ${change}; ${triggers.map(([, sql]) => `${sql};`).join(' ')} COMMIT;`);
  // The triggers are back: the app's own connection still refuses an UPDATE.
  expect(sh(file, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'")).toBe(String(triggers.length));
}

const lindung = (dataDir: string, ...args: string[]) => {
  const run = spawnSync(process.execPath, ['bin/lindung.mjs', '--data-dir', dataDir, ...args], { encoding: 'utf8', timeout: 180_000 });
  if (run.error) throw run.error;
  return { code: run.status, out: run.stdout, err: run.stderr };
};

const verifyFile = (file: string, knownHead?: { id: number; hash: string }) => {
  const db = openSqlite(file, { skipQuickCheck: true });
  try {
    return verifyAuditChain(db, { knownHead: knownHead ?? null, pageRows: 7 }); // small pages: the walk crosses pages
  } finally {
    db.close();
  }
};

describe('every write path chains its audit rows', () => {
  it('JS writes, an import commit, a bulk change and an undo on the worker thread leave an unbroken chain', async () => {
    const dir = folder();
    const core = startCore({ dataDir: dir, version: 'test', host: 'cli' });
    const session = adminSessionIn(core.database.sqlite);
    const call: Call = (channel, input) => core.router.call(channel, input, session) as never;
    try {
      await must(call, 'setup.complete', { officeName: 'Disperinaker Kabupaten Badung', level: 'kabupaten_kota', areaCode: '51.03', timeZone: 'WITA' });
      const file = join(dir, 'impor.csv');
      writeFileSync(file, ['Nama Perusahaan;NIB;Kecamatan', ...Array.from({ length: 300 }, (_, i) => `Usaha Nomor ${i};${9_160_000_000_000 + i};Kuta Utara`)].join('\n'));
      const staged = await core.runtime.files.stage('impor.csv', Readable.from(readFileSync(file)), 10_000_000);
      const inspection = await must<Inspection>(call, 'imports.inspect', { register: 'employer', fileToken: staged.token });
      const dry = await jobEnd(call as never, await must<JobState>(call, 'imports.dryRun', { register: 'employer', fileToken: staged.token, headerRow: inspection.headerRow, mapping: inspection.mapping }));
      expect((dry.result as DryRunResult).summary.new).toBe(300);
      const committed = await jobEnd(call as never, await must<JobState>(call, 'imports.commit', { jobId: dry.id }));
      expect(committed.status).toBe('done');
      const batchUid = (committed.result as { batch: { uid: string } }).batch.uid;
      const bulk = await jobEnd(call as never, await must<JobState>(call, 'registers.bulkStatus', { register: 'employer', filterModel: {}, status: 'dihapus', reason: 'Uji rantai' }));
      expect(bulk.status).toBe('done');
      const undone = await jobEnd(call as never, await must<JobState>(call, 'imports.undo', { batchUid: (bulk.result as { batch: { uid: string } }).batch.uid }));
      expect(undone.status).toBe('done');
      const undoneImport = await jobEnd(call as never, await must<JobState>(call, 'imports.undo', { batchUid, edited: 'revert' }));
      expect(undoneImport.status).toBe('done');

      const sqlite = core.database.sqlite;
      const actions = sqlite.prepare('SELECT action FROM audit_log ORDER BY id').pluck().all();
      expect(actions).toEqual(expect.arrayContaining(['update', 'import', 'bulk', 'undo']));
      expect(sqlite.prepare('SELECT count(*) FROM audit_log WHERE hash IS NULL').pluck().get()).toBe(0);
      const rows = sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
      const report = verifyAuditChain(sqlite);
      expect(report).toEqual({ ok: true, count: rows, head: auditChainHead(sqlite) });
      expect(report.head?.id).toBe(rows);
      expect(report.head?.hash).toMatch(/^[0-9a-f]{64}$/);

      // The screen's check: a job through the router, the same report.
      const checked = await jobEnd(call as never, await must<JobState>(call, 'audit.verify', {}));
      expect(checked.status).toBe('done');
      expect(checked.result).toEqual(report);
    } finally {
      core.database.close();
    }
  });

  it('in memory (programs on the caller connection): demo data, a bulk change and its undo chain too', async () => {
    const app = await badungApp();
    await loadDemo(app, 60);
    const started = await app.call('registers.bulkStatus', { register: 'employer', filterModel: {}, status: 'dihapus', reason: 'Uji' });
    if (!started.ok) throw new Error(started.error.message);
    const bulk = await waitJob(app, started.data as JobState);
    expect((await undo(app, (bulk.result as { batch: { uid: string } }).batch.uid)).status).toBe('done');
    // Several rows in one transaction (one scope): each chains to the one before.
    writeAudited(app.ctx, (scope) => {
      for (let i = 0; i < 3; i += 1) scope.audit({ action: 'update', entity: 'office_profile', entityUid: null, before: { n: i }, after: { n: i + 1 } });
    });
    expect(verifyAuditChain(app.sqlite, { pageRows: 5 })).toMatchObject({ ok: true, count: app.count('audit_log') });
  });

  it('a row without a hash is refused: a write that skips the chain fails loudly', () => {
    const dir = folder();
    const core = startCore({ dataDir: dir, version: 'test', host: 'cli' });
    try {
      expect(() =>
        core.database.sqlite.prepare("INSERT INTO audit_log (uid, at, actor_id, actor_name, action, entity) VALUES ('x', '2026-01-01T00:00:00.000Z', 'a', 'A', 'update', 'office_profile')").run(),
      ).toThrow(/hash is required/);
    } finally {
      core.database.close();
    }
  });
});

describe('a file changed by hand with the sqlite3 shell', () => {
  let dir = '';
  let file = '';
  const ats: string[] = [];

  beforeEach(() => {
    dir = folder();
    file = join(dir, 'lindung.db');
    const core = startCore({ dataDir: dir, version: 'test', host: 'cli' });
    try {
      // Twelve rows of ours after the start-up's, a second apart.
      let tick = Date.parse('2026-11-01T08:00:00Z');
      const ctx = { db: core.database.db, sqlite: core.database.sqlite, actor: testActor, now: () => new Date((tick += 1000)) };
      for (let i = 0; i < 12; i += 1) writeAudited(ctx, (scope) => scope.audit({ action: 'update', entity: 'office_profile', entityUid: null, label: `Perubahan ${i}`, before: { phone: String(i) }, after: { phone: String(i + 1) } }));
      ats.splice(0, ats.length, ...(core.database.sqlite.prepare('SELECT at FROM audit_log ORDER BY id').pluck().all() as string[]));
    } finally {
      core.database.close();
    }
    expect(verifyFile(file)).toMatchObject({ ok: true });
  }, 120_000);

  it('an UPDATE of a row (triggers dropped, edited, put back) is reported at that row; the CLI and db check exit 1', () => {
    const target = ats.length - 5;
    byHand(file, `UPDATE audit_log SET after = '{"phone":"0812 0000 0000"}' WHERE id = ${target}`);
    const report = verifyFile(file) as Extract<AuditChainReport, { ok: false }>;
    expect(report.ok).toBe(false);
    expect(report.broken).toEqual({ reason: 'changed', id: target, at: ats[target - 1] });
    // Only that link: the rows after it still chain to its stored hash.
    expect(report.brokenLinks).toBe(1);
    expect(report.count).toBe(ats.length);

    const cli = lindung(dir, 'audit', 'verify');
    expect(cli.code).toBe(1);
    const lines = cli.err.trim().split('\n');
    expect(lines[0]).toBe(`Rantai log audit putus di baris #${target} (${ats[target - 1]!.slice(0, 19).replace('T', ' ')} UTC): isi baris ini diubah di luar aplikasi.`);
    expect(lines.findIndex((l) => l.startsWith('The audit log chain breaks at row #'))).toBeGreaterThan(0); // English second
    const check = lindung(dir, 'db', 'check');
    expect(check.code).toBe(1);
    expect(check.err).toContain(`baris #${target}`);
  }, 240_000);

  it('a DELETE of a middle row is reported as rows missing before the next one', () => {
    const target = ats.length - 6;
    byHand(file, `DELETE FROM audit_log WHERE id = ${target}`);
    const report = verifyFile(file);
    expect(report).toMatchObject({ ok: false, broken: { reason: 'missing', id: target + 1, at: ats[target], missingFrom: target, missingTo: target }, count: ats.length - 1 });
  });

  it('a forged back-dated row inserted by hand is reported, also after the app wrote more rows', () => {
    const forged = ats.length + 1;
    byHand(
      file,
      `INSERT INTO audit_log (uid, at, actor_id, actor_name, action, entity, entity_uid, entity_label, changed_fields, before, after)
       VALUES ('forged-1', '2025-03-01T02:00:00.000Z', 'cli:kepala', 'kepala', 'update', 'office_profile', NULL, 'Profil', 'phone', '{"phone":"1"}', '{"phone":"2"}')`,
    );
    expect(verifyFile(file)).toMatchObject({ ok: false, broken: { reason: 'inserted', id: forged, at: '2025-03-01T02:00:00.000Z', backDated: true } });
    // The app keeps writing: its rows chain on, the forged row stays the break.
    const core = startCore({ dataDir: dir, version: 'test', host: 'cli' });
    try {
      writeAudited({ db: core.database.db, sqlite: core.database.sqlite, actor: testActor, now: () => new Date() }, (scope) => scope.audit({ action: 'update', entity: 'office_profile', entityUid: null, before: null, after: { x: 1 } }));
    } finally {
      core.database.close();
    }
    expect(verifyFile(file)).toMatchObject({ ok: false, broken: { reason: 'inserted', id: forged }, brokenLinks: 1, count: ats.length + 2 });

    // With a hash copied from another row it is found all the same.
    const copied = sh(file, 'SELECT hash FROM audit_log WHERE id = 3');
    byHand(file, `UPDATE audit_log SET hash = '${copied}' WHERE id = ${forged}`);
    expect(verifyFile(file)).toMatchObject({ ok: false, broken: { reason: 'inserted', id: forged, backDated: true } });
  });

  it('rows removed from the end: the id counter says so, and a head recorded earlier says so when the counter is reset too', () => {
    const head = verifyFile(file).head!;
    byHand(file, `DELETE FROM audit_log WHERE id > ${ats.length - 2}`);
    expect(verifyFile(file)).toMatchObject({ ok: false, broken: { reason: 'truncated', id: ats.length - 1, missingFrom: ats.length - 1, missingTo: ats.length, lastId: ats.length - 2 } });
    sh(file, `UPDATE sqlite_sequence SET seq = ${ats.length - 2} WHERE name = 'audit_log'`);
    expect(verifyFile(file)).toMatchObject({ ok: true });
    expect(verifyFile(file, head)).toMatchObject({ ok: false, broken: { reason: 'truncated', missingTo: head.id } });
    expect(lindung(dir, 'audit', 'verify', '--head', `${head.id}:${head.hash}`).code).toBe(1);
  }, 240_000);

  it('a clean log: the CLI says it is intact with its head and exits 0', () => {
    const cli = lindung(dir, 'audit', 'verify');
    expect(cli.code).toBe(0);
    const head = verifyFile(file).head!;
    expect(cli.out).toContain(`Log audit utuh: ${ats.length} baris`);
    expect(cli.out).toContain(`Kepala rantai: baris #${head.id}, ${head.hash}.`);
    expect(cli.out).toContain('The audit log is intact');
  }, 240_000);
});
