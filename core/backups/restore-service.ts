import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupManifest, RestorePreview, RestoreResult } from '../api/backups.ts';
import { AppError } from '../app-error.ts';
import type { ServiceContext } from '../context.ts';
import { writeAudited } from '../audit/write.ts';
import type { MessageKey } from '../api/messages/catalogue.ts';
import { actionWordsKey } from '../audit/audit-words.ts';
import { msg, renderBoth } from '../messages.ts';
import { backupsDirOf } from './backup-files.ts';
import { sha256InWorker } from './hash-in-worker.ts';
import { readManifest } from './backup-list.ts';
import { readBackupSettings } from './backup-settings.ts';
import { backupSettled } from './backup-service.ts';
import { replaceDatabaseFile, verifiedManifest } from './restore-file.ts';
import { countedTables, runBackup } from './run-backup.ts';
import { readAccounts, writeAccounts } from './carry-accounts.ts';
import { carryAuditLog } from './carry-audit.ts';
import { lostChanges } from './restore-lost-changes.ts';
import { databaseKeyFor } from '../../db/database-key.ts';

// What a restore would change, and the restore itself: a safety backup of the current database
// first, then the swap under the write gate (the host's DatabaseSwitch), then an audit row in
// the restored database naming who restored which backup and where the safety copy is. The
// change log after the backup is kept (carry-audit.ts); the preview lists the changes of data
// the restore takes back, not the entries it keeps true (sign-ins, exports, backups).

/** What the user types to confirm a restore. */
export const restoreConfirmWord = 'PULIHKAN';
export const isRestoreConfirmed = (typed: string) => ['PULIHKAN', 'RESTORE'].includes(typed.trim().toUpperCase());

/** A backup by name, in the data folder's backups or the second folder. */
export function findBackup(ctx: Pick<ServiceContext, 'db' | 'runtime'>, file: string): string {
  const main = join(backupsDirOf(ctx.runtime.dataDir), file);
  if (existsSync(main)) return main;
  const second = readBackupSettings(ctx).secondFolder;
  if (second && existsSync(join(second, file))) return join(second, file);
  throw new AppError('NOT_FOUND', msg('backups.notFound', { file }));
}

/** The changes a preview lists at most, newest first (the rest are counted, and in the change log). */
export const restorePreviewListed = 500;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function previewRestore(ctx: ServiceContext, backupPath: string): Promise<RestorePreview> {
  const manifest = readManifest(backupPath);
  if (!manifest) throw new AppError('CONFLICT', msg('backups.noManifest', { file: backupPath }));
  const checksumOk = (await sha256InWorker(backupPath)) === manifest.sha256;
  // The change log is not among what a restore takes back (carry-audit.ts).
  const tables = countedTables(ctx.runtime).filter((table) => table !== 'audit_log');
  // The manifest's counts were read from the copy itself; the checksum says it is that copy.
  const inBackup = manifest.counts;
  const counts = tables.map((table) => ({ table, now: (ctx.sqlite.prepare(`SELECT count(*) AS n FROM ${quote(table)}`).get() as { n: number }).n, backup: inBackup[table] ?? 0 }));
  const after = manifest.auditHead?.id ?? 0;
  // Only what a restore would really take back: not what an earlier restore or an undo took back already.
  const lost = lostChanges(ctx.sqlite, after, (file) => {
    try {
      return readManifest(findBackup(ctx, file))?.auditHead?.id ?? null;
    } catch {
      return null;
    }
  });
  const lostTotal = lost.entries.length;
  const lostChangesShown = lost.entries.slice(0, restorePreviewListed).map((row) => ({
    at: row.at,
    actorName: row.actorName,
    words: renderBoth(
      msg('backups.lostChange', {
        action: msg(actionWordsKey(row.entity, row.action)),
        entity: msg(`audit.entities.${row.entity}` as MessageKey),
        label: row.label ?? '',
      }),
    ),
  }));
  return { backup: manifest, checksumOk, counts, lostChanges: lostChangesShown, lostTotal, lostExact: lost.exact, confirmWord: restoreConfirmWord };
}

/** Restores a backup in a running host. The caller holds the write gate (a write channel, or gate.run). */
export async function restoreBackup(ctx: ServiceContext, backupPath: string, confirm: string): Promise<RestoreResult> {
  if (!isRestoreConfirmed(confirm)) throw new AppError('INVALID_INPUT', msg('backups.confirmFirst', { word: restoreConfirmWord }));
  const host = ctx.runtime.database;
  if (!host) throw new AppError('CONFLICT', msg('backups.notHere'));
  const manifest: BackupManifest = await verifiedManifest(backupPath);
  await backupSettled(ctx.runtime); // a scheduled backup reads the file being replaced
  const safety = await runBackup({ sqlite: ctx.sqlite, runtime: ctx.runtime, kind: 'before-restore', now: ctx.now(), appVersion: host.appVersion, settings: { ...readBackupSettings(ctx), secondFolder: null } });
  const accountsNow = readAccounts(ctx.sqlite); // carried across: accounts never go back in time
  const safetyPath = join(backupsDirOf(ctx.runtime.dataDir), safety.backup.file);
  // The change log after the backup, copied in as soon as the restored file is open: before the
  // start-up's own writes (reference data an older backup lacks) take the ids after its last row.
  let log: ReturnType<typeof carryAuditLog> = { kept: 0 };
  const reopened = await host.swap(
    () => replaceDatabaseFile(backupPath, host.file, manifest.sha256),
    () => replaceDatabaseFile(safetyPath, host.file, safety.backup.sha256),
    (sqlite) => {
      log = sqlite.transaction(() => carryAuditLog(sqlite, safetyPath, databaseKeyFor(host.file), manifest.auditHead?.id ?? 0))();
    },
  );
  const restoredCtx: ServiceContext = { ...ctx, db: reopened.db, sqlite: reopened.sqlite };
  writeAudited(restoredCtx, ({ audit }) => {
    const kept = writeAccounts(reopened.sqlite, accountsNow);
    audit({
      action: 'restore',
      entity: 'database',
      entityUid: manifest.file,
      label: manifest.file,
      before: null,
      // The backup's last change-log entry: a later preview knows exactly which changes this restore took back.
      after: { backup: manifest.file, backupCreatedAt: manifest.createdAt, backupAuditHead: manifest.auditHead?.id ?? null, safetyBackup: safety.backup.file, restoredAt: ctx.now().toISOString(), accountsKept: kept.accounts, ...('kept' in log ? { auditKept: log.kept } : { auditNotKept: log.notKept }) },
    });
  });
  return { restored: manifest.file, safetyBackup: safety.backup.file, schemaVersion: reopened.schemaVersion };
}
