import { z } from 'zod';
import type { LocalizedText } from './localized-text.ts';

// Backups and restore (administrator): what a backup's manifest says, the settings of the
// schedule, and what a restore would change.

/** Written beside each backup as <name>.json. */
export interface BackupManifest {
  format: 1;
  /** The backup file's name (no folder). */
  file: string;
  createdAt: string; // UTC ISO
  /** daily (the schedule), manual, before-restore (the safety copy a restore keeps). */
  kind: string;
  appVersion: string;
  schemaVersion: number;
  sizeBytes: number;
  sha256: string;
  /** Records per register table, and audit_log. */
  counts: Record<string, number>;
  /** The newest audit row when the backup was taken. */
  auditHead: { id: number; hash: string } | null;
}

export interface BackupInfo extends BackupManifest {
  /** Where it is (the data folder's backups, or the second folder). */
  folder: 'main' | 'second';
}

export interface BackupSettings {
  /** Hours between scheduled backups (24: daily). */
  intervalHours: number;
  keepDaily: number;
  keepWeekly: number;
  keepMonthly: number;
  /** A second folder (a USB drive) the backup is copied to after the main one; null: none. */
  secondFolder: string | null;
}

export const defaultBackupSettings: BackupSettings = { intervalHours: 24, keepDaily: 7, keepWeekly: 4, keepMonthly: 6, secondFolder: null };

export const backupSettingsSchema = z
  .object({
    intervalHours: z.number().int().min(1).max(24 * 31),
    keepDaily: z.number().int().min(0).max(365),
    keepWeekly: z.number().int().min(0).max(520),
    keepMonthly: z.number().int().min(0).max(240),
    secondFolder: z.string().trim().min(1).max(1000).nullable(),
  })
  .strict();

export interface BackupOverview {
  settings: BackupSettings;
  backups: BackupInfo[];
  lastBackupAt: string | null;
  nextBackupAt: string | null;
  /** The second folder is set but cannot be written (a USB drive not plugged in). */
  secondFolderMissing: boolean;
}

export interface BackupResult {
  backup: BackupManifest;
  /** ok, missing (folder not there: reported, not fatal), failed (copy did not verify), none. */
  secondCopy: 'ok' | 'missing' | 'failed' | 'none';
  removed: string[];
}

export const backupFileInput = z.object({ file: z.string().min(1).max(300).regex(/^[\w.+-]+\.db$/, 'validation.invalid') }).strict();
export const restoreInput = z.object({ file: backupFileInput.shape.file, confirm: z.string().max(100) }).strict();

export interface RestorePreview {
  backup: BackupManifest;
  checksumOk: boolean;
  /** Per table: records now, and in the backup. */
  counts: { table: string; now: number; backup: number }[];
  /**
   * Changes made after the backup that a restore would take back (not those an earlier restore or
   * an undo took back already): the newest first, at most 500 (restorePreviewListed).
   */
  lostChanges: { at: string; actorName: string; words: LocalizedText }[];
  /** All of them: more than listed, the rest are in the change log. */
  lostTotal: number;
  /** False when an earlier restore's span could only be told from its backup's time: the list may hold changes it took back. */
  lostExact: boolean;
  /** What the user types to confirm: the backup's day, dd-mm-yyyy. */
  confirmWord: string;
}

export interface RestoreResult {
  restored: string;
  safetyBackup: string;
  schemaVersion: number;
}
