import { databaseKeys } from '../../db/database-key.ts';
import { workerCode } from '../../db/worker-code.ts';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import type { BackupManifest, BackupResult, BackupSettings } from '../api/backups.ts';
import type { Sqlite } from '../../db/open.ts';
import { tableName } from '../../db/bulk-sql.ts';
import type { Runtime } from '../runtime.ts';
import { backupsDirOf } from './backup-files.ts';
import { listBackups, removeBackup, sweepIncomplete } from './backup-list.ts';
import { backupsToRemove } from './retention.ts';
import { utcOffsetMinutesOf, type TimeZoneCode } from '../api/office-profile.ts';
import { copyToSecondFolder } from './second-copy.ts';
import type { FromBackupWorker } from './backup-worker.ts';
import { writeBackupSync, type WriteBackupInput } from './write-backup.ts';

// Takes a backup (on a worker thread when the database is a file), copies it to the second
// folder, and applies the retention to both folders. One backup or restore at a time per host.

/** The tables a manifest counts: each register's records, and the audit log. */
export const countedTables = (runtime: Pick<Runtime, 'registers'>): string[] => [
  ...runtime.registers.keys().map((key) => tableName(runtime.registers.get(key).recordTable)),
  'audit_log',
];

const onDisk = (sqlite: Sqlite) => !sqlite.memory && sqlite.name !== '' && sqlite.name !== ':memory:';

function inWorker(file: string, input: WriteBackupInput, secondFolder: string | null, progress: (phase: string) => void): Promise<{ manifest: BackupManifest; secondCopy: BackupResult['secondCopy'] }> {
  const worker = new Worker(workerCode('backup-worker'), { workerData: { file, input, secondFolder, keys: databaseKeys() } });
  return new Promise((resolve, reject) => {
    let settled = false;
    worker.on('message', (message: FromBackupWorker) => {
      if (message.kind === 'progress') progress(message.phase);
      else {
        settled = true;
        if (message.kind === 'done') resolve({ manifest: message.manifest, secondCopy: message.secondCopy });
        else reject(new Error(`backup failed: ${message.message}`));
      }
    });
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`the backup worker stopped (exit ${code})`));
    });
  });
}

export interface BackupRequest {
  sqlite: Sqlite;
  runtime: Pick<Runtime, 'registers' | 'dataDir'>;
  kind: string;
  now: Date;
  appVersion: string;
  settings: BackupSettings;
  progress?: (phase: string) => void;
  /** Run in this thread (the one-shot CLI; in-memory databases always do). */
  inline?: boolean;
  /** Another folder than the data folder's backups (`lindung db backup --to`). */
  dir?: string;
}

export async function runBackup(request: BackupRequest): Promise<BackupResult> {
  const dir = request.dir ?? backupsDirOf(request.runtime.dataDir);
  const progress = request.progress ?? (() => {});
  sweepIncomplete(dir, request.now.getTime());
  const offset = officeOffsetMinutes(request.sqlite);
  const input: WriteBackupInput = { dir, kind: request.kind, at: request.now.toISOString(), utcOffsetMinutes: offset, appVersion: request.appVersion, tables: countedTables(request.runtime) };
  const second = request.settings.secondFolder;
  let outcome: { manifest: BackupManifest; secondCopy: BackupResult['secondCopy'] };
  if (request.inline || !onDisk(request.sqlite)) {
    const manifest = writeBackupSync(request.sqlite, input, progress);
    progress('second');
    outcome = { manifest, secondCopy: copyToSecondFolder(join(dir, manifest.file), manifest, second) };
  } else {
    outcome = await inWorker(request.sqlite.name, input, second, progress);
  }
  progress('retention');
  const removed = applyRetention(dir, request.settings, offset);
  if (second && outcome.secondCopy === 'ok') applyRetention(second, request.settings, offset);
  return { backup: outcome.manifest, secondCopy: outcome.secondCopy, removed };
}

/** Removes what the retention does not keep; returns the removed files' names. */
/** The office's UTC offset (its WIB/WITA/WIT), 0 before the office is set up. */
function officeOffsetMinutes(sqlite: Sqlite): number {
  const zone = sqlite.prepare('SELECT time_zone FROM office_profile LIMIT 1').pluck().get() as TimeZoneCode | undefined;
  return zone ? (utcOffsetMinutesOf[zone] ?? 0) : 0;
}

export function applyRetention(dir: string, settings: BackupSettings, utcOffsetMinutes = 0): string[] {
  const remove = backupsToRemove(listBackups(dir), settings, utcOffsetMinutes);
  for (const file of remove) removeBackup(dir, file);
  return remove;
}
