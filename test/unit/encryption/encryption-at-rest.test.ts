import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../core/app-error.ts';
import { keyFilePath, readKeyFile } from '../../../core/encryption/key-file.ts';
import { setEncryptionOn } from '../../../core/encryption/state.ts';
import { unlockDatabase } from '../../../core/encryption/unlock.ts';
import { startCore } from '../../../core/host.ts';
import { PlanStore } from '../../../core/imports/plan-store.ts';
import { analyzeNik, createSetLookup } from '../../../core/reference/nik/index.ts';
import { backupDatabase } from '../../../db/backup.ts';
import { databaseKeyFor, setDatabaseKey } from '../../../db/database-key.ts';
import { DatabaseKeyError, openSqlite, type Sqlite } from '../../../db/open.ts';
import { newSqlite } from '../../../db/sqlite-driver.ts';
import { signInFirstAdmin, testPassword } from '../support/accounts.ts';
import { tempDir } from '../support/test-db.ts';
import { employerCsv, niksIn, seededNiks } from './nik-seed.ts';

// Issue 12, item 5: with encryption on, no seeded NIK is readable in the database, its WAL, a
// backup (old ones converted, new ones made encrypted) or a dry run's scratch plan; the wrong
// key opens nothing; converting a plain database keeps every row. Through the real CLI:
// `lindung db encrypt` with LINDUNG_PASSPHRASE, then commands that read and write under it.

const data = tempDir('lindung-crypt-');
const source = tempDir('lindung-crypt-src-');
const dbFile = join(data.path, 'lindung.db');
const passphrase = 'kata sandi uji yang panjang';
const niks = seededNiks(1000);
const laterNiks = seededNiks(1000, 86);

const lindung = (args: string[], env: Record<string, string> = {}) => {
  const run = spawnSync(process.execPath, ['bin/lindung.mjs', '--data-dir', data.path, '--user', 'admin', ...args], { encoding: 'utf8', env: { ...process.env, LINDUNG_PASSPHRASE: '', LINDUNG_PASSWORD: testPassword, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: run.status, out: run.stdout, err: run.stderr };
};

/** Each table's rows, sorted, as text: equal dumps, equal data. */
function dump(sqlite: Sqlite, skip: RegExp = /^$/): Record<string, string[]> {
  const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name`).pluck().all() as string[];
  return Object.fromEntries(tables.filter((t) => !skip.test(t)).map((t) => [t, (sqlite.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[][]).map((r) => JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v))).sort()]));
}

let plainDump: Record<string, string[]>;
let plainAuditRows = 0;

beforeAll(async () => {
  const core = startCore({ dataDir: data.path, version: 'test', host: 'cli' });
  // The first administrator, whom the CLI runs below act as (--user admin, LINDUNG_PASSWORD).
  const session = await signInFirstAdmin(core.router);
  const done = await core.router.call('setup.complete', { officeName: 'Disnaker Badung', level: 'kabupaten_kota', areaCode: '51.03', timeZone: 'WITA' }, session);
  core.database.close();
  if (!done.ok) throw new Error(done.error.message);
  writeFileSync(join(source.path, 'perusahaan.csv'), employerCsv(niks, 'CV Usaha Kuta'));
  writeFileSync(join(source.path, 'perusahaan-2.csv'), employerCsv(laterNiks, 'PT Dalung'));
  const imported = lindung(['employers', 'import', join(source.path, 'perusahaan.csv')]);
  if (imported.code !== 0) throw new Error(imported.err);
  expect(lindung(['db', 'backup']).code).toBe(0); // an old plain backup: it must not stay plain
  const plain = openSqlite(dbFile, { readonly: true });
  plainDump = dump(plain);
  plainAuditRows = plain.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  plain.close();
}, 300_000);
afterAll(() => {
  setEncryptionOn(false);
  setDatabaseKey(dbFile, null);
  data.remove();
  source.remove();
});

describe('encryption at rest', () => {
  it('seeds 1,000 valid NIKs, readable in the plain files (what the checks below must not find)', () => {
    const lookup = createSetLookup({ provinces: ['51'], regencies: ['51.03'], districts: ['51.03.06'] });
    for (const nik of [...niks, ...laterNiks]) expect(analyzeNik(nik, { lookup, today: new Date(Date.UTC(2026, 11, 1)) }).valid).toBe(true);
    expect(niksIn(dbFile, niks).bytes).toBe(1000);
    const [backup] = readdirSync(join(data.path, 'backups'));
    expect(niksIn(join(data.path, 'backups', backup!), niks).strings).toBe(1000);
  });

  it('`lindung db encrypt` converts the database and its old backups; no NIK is left readable', () => {
    const run = lindung(['db', 'encrypt'], { LINDUNG_PASSPHRASE: passphrase });
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Enkripsi aktif/);
    const keyFile = readKeyFile(keyFilePath(data.path))!;
    expect(keyFile.wraps.map((w) => w.by)).toEqual(['passphrase']);
    expect(statSync(keyFilePath(data.path)).mode & 0o777).toBe(0o600);
    expect(JSON.stringify(keyFile)).not.toMatch(/[0-9a-f]{64}/); // no key in the clear
    for (const file of [dbFile, dbFile + '-wal', ...readdirSync(join(data.path, 'backups')).map((n) => join(data.path, 'backups', n))]) {
      expect(niksIn(file, niks), file).toEqual({ bytes: 0, strings: 0 });
    }
  });

  it('keeps every row: the dump under the key equals the plain one, plus the audit row of the change', () => {
    expect(unlockDatabase(data.path, { passphrase })).toBe(true);
    const sqlite = openSqlite(dbFile, { readonly: true });
    try {
      expect(dump(sqlite, /^audit_/)).toEqual(Object.fromEntries(Object.entries(plainDump).filter(([t]) => !t.startsWith('audit_'))));
      expect(sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(plainAuditRows + 1);
      expect(sqlite.prepare(`SELECT action, entity FROM audit_log ORDER BY id DESC LIMIT 1`).get()).toEqual({ action: 'encrypt', entity: 'database' });
      expect(sqlite.prepare('SELECT count(*) FROM employer WHERE npwp IN (SELECT value FROM json_each(?))').pluck().get(JSON.stringify(niks))).toBe(1000);
    } finally {
      sqlite.close();
    }
    const [old] = readdirSync(join(data.path, 'backups'));
    expect(() => openSqlite(join(data.path, 'backups', old!), { readonly: true })).toThrow(DatabaseKeyError);
    setDatabaseKey(join(data.path, 'backups', old!), databaseKeyFor(dbFile)); // the old backup: same key
    const reopened = openSqlite(join(data.path, 'backups', old!), { readonly: true });
    expect(reopened.prepare('SELECT count(*) FROM employer').pluck().get()).toBe(1000);
    reopened.close();
  });

  it('imports and reads through the CLI with LINDUNG_PASSPHRASE (plan ATTACHed under its own key, write worker)', () => {
    const run = lindung(['employers', 'import', join(source.path, 'perusahaan-2.csv')], { LINDUNG_PASSPHRASE: passphrase });
    expect(run.code, run.err).toBe(0);
    const check = lindung(['db', 'check'], { LINDUNG_PASSPHRASE: passphrase });
    expect(check.out).toMatch(/integrity_check: ok; foreign_key_check: 0/);
    expect(niksIn(dbFile, laterNiks)).toEqual({ bytes: 0, strings: 0 });
  });

  it('`lindung db backup` of the encrypted database writes an encrypted copy whose manifest counts its records (read under the key)', () => {
    const before = new Set(readdirSync(join(data.path, 'backups')));
    const run = lindung(['db', 'backup'], { LINDUNG_PASSPHRASE: passphrase });
    expect(run.code, run.err).toBe(0);
    const made = readdirSync(join(data.path, 'backups')).filter((n) => !before.has(n));
    const manifestFile = made.find((n) => n.endsWith('.json'));
    expect(manifestFile, made.join(', ')).toBeDefined();
    const manifest = JSON.parse(readFileSync(join(data.path, 'backups', manifestFile!), 'utf8')) as { file: string; counts: Record<string, number> };
    expect(manifest.counts.employer).toBe(2000);
    expect(niksIn(join(data.path, 'backups', manifest.file), [...niks, ...laterNiks])).toEqual({ bytes: 0, strings: 0 });
  });

  it('the WAL and a new backup (VACUUM INTO) of the encrypted database are encrypted', () => {
    unlockDatabase(data.path, { passphrase });
    const core = startCore({ dataDir: data.path, version: 'test', host: 'cli', keys: { passphrase } });
    try {
      const { sqlite } = core.database;
      sqlite.pragma('wal_autocheckpoint = 0'); // the rows stay in the log while it is scanned
      sqlite.exec('CREATE TABLE scratch_niks (nik TEXT)');
      const insert = sqlite.prepare('INSERT INTO scratch_niks VALUES (?)');
      sqlite.transaction(() => niks.forEach((n) => insert.run(n)))();
      expect(statSync(dbFile + '-wal').size).toBeGreaterThan(0);
      expect(niksIn(dbFile + '-wal', niks)).toEqual({ bytes: 0, strings: 0 });
      const backup = backupDatabase(sqlite, join(data.path, 'backups'), 'test');
      expect(niksIn(backup, [...niks, ...laterNiks])).toEqual({ bytes: 0, strings: 0 });
      sqlite.exec('DROP TABLE scratch_niks');
    } finally {
      core.database.close();
    }
  });

  it('a dry run’s scratch plan holds no NIK in plain text while encryption is on', () => {
    setEncryptionOn(true);
    const store = new PlanStore(join(data.path, 'files', 'test-jobs'), 'plan', [[{ key: 'npwp', name: 'npwp', sqlType: 'TEXT' }] as never]);
    store.begin();
    niks.forEach((nik, i) => store.stage(0, { rowNumber: i + 2, targetId: null, uid: `u${i}`, parentUid: null, changes: null, columns: { npwp: nik } }));
    store.addInvalid({ rowNumber: 1, cells: [niks[0]!], problems: [] });
    store.end();
    expect(store.stagedCounts()).toEqual([{ inserts: 1000, updates: 0 }]);
    expect(niksIn(store.path, niks)).toEqual({ bytes: 0, strings: 0 });
    const copy = join(source.path, 'plan-copy.db');
    copyFileSync(store.path, copy);
    store.remove();
    expect(existsSync(store.path)).toBe(false);
    expect(() => newSqlite(copy).prepare('SELECT count(*) FROM staged_0').get()).toThrow(/not a database/);
  });

  it('the wrong key opens nothing: a coded message, never a crash or a half-open database', () => {
    const wrong = lindung(['employers', 'export', join(source.path, 'x.csv')], { LINDUNG_PASSPHRASE: 'bukan kata sandinya sama sekali' });
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/Kata sandi enkripsi salah/);
    expect(wrong.err).toMatch(/Wrong encryption passphrase/);
    expect(existsSync(join(source.path, 'x.csv'))).toBe(false);
    const none = lindung(['db', 'check']); // no passphrase, no terminal
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/terenkripsi/);
    expect(() => unlockDatabase(data.path, { passphrase: 'salah salah salah' })).toThrow(AppError);
    // A key that unwraps but is not this database's (a key file swapped in): SQLITE_NOTADB, coded.
    setDatabaseKey(dbFile, Buffer.alloc(32, 7));
    expect(() => openSqlite(dbFile)).toThrow(DatabaseKeyError);
    expect(() => newSqlite(dbFile).prepare('SELECT count(*) FROM employer').get()).toThrow(/not a database/);
    setDatabaseKey(dbFile, null);
    expect(() => openSqlite(dbFile, { readonly: true })).toThrow(DatabaseKeyError);
  });
});
