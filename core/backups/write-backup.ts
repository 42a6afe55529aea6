import { chmodSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupManifest } from '../api/backups.ts';
import { auditChainHead } from '../audit/chain.ts';
import { applyKey, databaseKeyFor } from '../../db/database-key.ts';
import { openSqlite, type Sqlite } from '../../db/open.ts';
import { newSqlite } from '../../db/sqlite-driver.ts';
import { backupFileName, ensurePrivateDir, fsyncDir, fsyncFile, manifestPathOf, sha256File, tmpSuffix, writeFileAtomic } from './backup-files.ts';

// One backup, start to end, synchronously: meant for a worker thread (backup-worker.ts) with
// its own read-only connection, so the screens' thread never waits on it. VACUUM INTO reads one
// snapshot (WAL: writers go on meanwhile) and writes a compact, consistent copy.

export interface WriteBackupInput {
  dir: string;
  kind: string;
  /** When the backup is taken (UTC ISO): its name and manifest. */
  at: string;
  /** The office's UTC offset: the file is named in its time (0: UTC, before the office is set up). */
  utcOffsetMinutes?: number;
  appVersion: string;
  /** Tables whose records the manifest counts (the registers', audit_log). */
  tables: readonly string[];
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Counts, schema version and audit head of a finished copy, read from the copy itself (with the key of the database it copies, if encrypted). */
export function describeCopy(file: string, tables: readonly string[], key: Buffer | null = null): Pick<BackupManifest, 'counts' | 'schemaVersion' | 'auditHead'> {
  const copy = newSqlite(file, { readonly: true, fileMustExist: true });
  if (key) applyKey(copy, key);
  try {
    const present = new Set((copy.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
    const counts: Record<string, number> = {};
    for (const table of tables) if (present.has(table)) counts[table] = (copy.prepare(`SELECT count(*) AS n FROM ${quoteIdent(table)}`).get() as { n: number }).n;
    const schemaVersion = copy.pragma('user_version', { simple: true }) as number;
    return { counts, schemaVersion, auditHead: present.has('audit_log') ? auditChainHead(copy) : null };
  } finally {
    copy.close();
  }
}

/** Writes `<dir>/<name>.db` and its manifest `<name>.json` from `source` (a connection or a database file). */
export function writeBackupSync(source: Sqlite | string, input: WriteBackupInput, progress: (phase: string) => void = () => {}): BackupManifest {
  ensurePrivateDir(input.dir);
  // Two backups in one second (a manual one as the daily one runs) must not overwrite each other: the second is "-2".
  let name = backupFileName(new Date(input.at), input.kind, input.utcOffsetMinutes);
  for (let n = 2; existsSync(join(input.dir, name)); n++) name = backupFileName(new Date(input.at), `${input.kind}-${n}`, input.utcOffsetMinutes);
  const target = join(input.dir, name);
  const tmp = target + tmpSuffix;
  rmSync(tmp, { force: true });
  const connection = typeof source === 'string' ? openSqlite(source, { readonly: true, skipQuickCheck: true }) : source;
  try {
    progress('copy');
    connection.prepare('VACUUM INTO ?').run(tmp);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  } finally {
    if (typeof source === 'string') connection.close();
  }
  try {
    if (process.platform !== 'win32') chmodSync(tmp, 0o600);
    fsyncFile(tmp);
    progress('check');
    // VACUUM INTO writes the copy encrypted under the database's own key.
    const described = describeCopy(tmp, input.tables, databaseKeyFor(typeof source === 'string' ? source : source.name));
    const sha256 = sha256File(tmp);
    const manifest: BackupManifest = {
      format: 1,
      file: name,
      createdAt: input.at,
      kind: input.kind,
      appVersion: input.appVersion,
      sizeBytes: statSync(tmp).size,
      sha256,
      ...described,
    };
    renameSync(tmp, target);
    fsyncDir(input.dir);
    // The manifest last: a backup without one is incomplete and never listed.
    writeFileAtomic(manifestPathOf(target), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}
