import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { auditBackup, backupOverview } from '../../core/backups/backup-service.ts';
import { readBackupSettings } from '../../core/backups/backup-settings.ts';
import { findBackup, previewRestore, restoreBackup, restoreConfirmWord, isRestoreConfirmed } from '../../core/backups/restore-service.ts';
import { backupMessages } from '../../core/api/messages/backups.ts';
import type { MessageKey } from '../../core/api/messages/catalogue.ts';
import { msg } from '../../core/messages.ts';
import type { ServiceContext } from '../../core/context.ts';
import type { RestorePreview } from '../../core/api/backups.ts';
import { utcOffsetMinutesOf } from '../../core/api/office-profile.ts';
import { officeDateTime } from '../../core/exports/export-cells.ts';
import { officeSettings } from '../../core/settings/office-profile-service.ts';
import { runBackup } from '../../core/backups/run-backup.ts';
import { AppError } from '../../core/app-error.ts';
import { verifyAuditChain } from '../../core/audit/chain.ts';
import { chainReportLines } from './audit.ts';
import { cliActor, globalOptions, openHost } from '../host-context.ts';
import { bothWays } from '../help-text.ts';
import { encryptDataFolder } from '../encrypt-command.ts';

/** A counted table in words (Perusahaan / Employers), its name when it has none. */
const tableWords = (table: string) => (table in backupMessages.id.backups.tables ? msg(`backups.tables.${table}` as MessageKey) : table);
const tableLabel = (table: string) => (table in backupMessages.id.backups.tables ? bothWays(`backups.tables.${table}` as MessageKey) : table);

/**
 * The restore summary the screen shows: checksum, counts now and in the backup, every change a
 * restore would take back (up to the preview's 500), at the office's time ("07/12/2026 10:48 WITA").
 */
export function restorePreviewLines(ctx: Pick<ServiceContext, 'sqlite'>, preview: RestorePreview): string[] {
  const zone = officeSettings(ctx).timeZone;
  const at = (iso: string) => `${officeDateTime(iso, utcOffsetMinutesOf[zone])} ${zone}`;
  return [
    bothWays(preview.checksumOk ? 'backups.cli.checksumOk' : 'backups.cli.checksumBad'),
    ...preview.counts.map((c) => `  ${bothWays('backups.cli.count', { table: tableWords(c.table), now: c.now, backup: c.backup })}`),
    bothWays('backups.cli.lost', { count: preview.lostTotal }),
    ...(preview.lostExact ? [] : [`  ${bothWays('backups.cli.lostNotExact')}`]),
    ...preview.lostChanges.map((change) => `  ${bothWays('backups.cli.lostLine', { at: at(change.at), actor: change.actorName, words: { userWords: change.words } })}`),
    ...(preview.lostTotal > preview.lostChanges.length ? [`  ${bothWays('backups.cli.lostMore', { count: preview.lostTotal - preview.lostChanges.length })}`] : []),
    bothWays('backups.cli.accountsKept'),
    bothWays('backups.cli.auditKept'),
  ];
}

async function printRestorePreview(ctx: ServiceContext, path: string): Promise<boolean> {
  const preview = await previewRestore(ctx, path);
  for (const line of restorePreviewLines(ctx, preview)) console.log(line);
  return preview.checksumOk;
}

export function registerDb(program: Command): void {
  const db = program.command('db').description(bothWays('cliHelp.db'));
  const dataDir = () => program.opts<{ dataDir?: string }>().dataDir;

  db.command('migrate')
    .description(bothWays('cliHelp.dbMigrate'))
    .action(() => {
      const host = openHost({ dataDir: dataDir(), host: 'cli' });
      const { applied, schemaVersion, backupFile } = host.database.migration;
      console.log(applied.length ? `Diterapkan ${applied.length} migrasi; versi skema ${schemaVersion}.` : `Sudah terbaru (versi skema ${schemaVersion}).`);
      if (backupFile) console.log(`Cadangan sebelum migrasi: ${backupFile}`);
      host.database.close();
    });

  db.command('check')
    .description(bothWays('cliHelp.dbCheck'))
    .action(() => {
      const host = openHost({ dataDir: dataDir(), host: 'cli' });
      const integrity = host.database.sqlite.pragma('integrity_check', { simple: true });
      const brokenKeys = host.database.sqlite.pragma('foreign_key_check') as unknown[];
      // The audit log's hash chain too: a record changed in the file by hand shows there.
      const chain = verifyAuditChain(host.database.sqlite);
      host.database.close();
      console.log(`integrity_check: ${String(integrity)}; foreign_key_check: ${brokenKeys.length} masalah`);
      for (const line of chainReportLines(chain)) (chain.ok ? console.log : console.error)(line);
      if (integrity !== 'ok' || brokenKeys.length > 0 || !chain.ok) process.exitCode = 1;
    });

  db.command('backup')
    .description(bothWays('cliHelp.dbBackup'))
    .option('--to <folder>', bothWays('cliHelp.to'))
    .action(async (options: { to?: string }) => {
      const host = openHost({ dataDir: dataDir(), host: 'cli' });
      try {
        const actor = await cliActor(host, globalOptions(program).user, 'backups.manage'); // an administrator's act, as on the screen
        const settings = readBackupSettings(host.database);
        const result = await runBackup({
          sqlite: host.database.sqlite,
          runtime: host.runtime,
          kind: 'manual',
          now: new Date(),
          appVersion: host.version,
          settings: options.to ? { ...settings, secondFolder: null } : settings,
          inline: true,
          ...(options.to ? { dir: resolve(options.to) } : {}),
        });
        const b = result.backup;
        console.log(bothWays('backups.cli.written', { file: b.file, size: (b.sizeBytes / 1_048_576).toFixed(1), sha: b.sha256.slice(0, 16) }));
        // A whole copy of the registers' personal data: in the change log, as the screen's is. The
        // copy is written whatever happens here: a row that cannot be written (the app's long
        // import holding the lock) is said, and the command fails, so that it is not left unsaid.
        try {
          auditBackup({ db: host.database.db, sqlite: host.database.sqlite, actor, now: () => new Date() }, 'command', result, options.to ? null : settings.secondFolder, options.to ? resolve(options.to) : undefined);
        } catch (error) {
          console.error(bothWays('backups.cli.notAudited', { file: b.file, reason: error instanceof Error ? error.message : String(error) }));
          process.exitCode = 1;
        }
        const folder = settings.secondFolder ?? '';
        if (result.secondCopy === 'ok') console.log(bothWays('backups.cli.secondOk', { folder }));
        if (result.secondCopy === 'missing') console.log(bothWays('backups.cli.secondMissing', { folder }));
        if (result.secondCopy === 'failed') {
          console.error(bothWays('backups.cli.secondFailed', { folder }));
          process.exitCode = 1;
        }
      } finally {
        host.database.close();
      }
    });

  db.command('backups')
    .description(bothWays('cliHelp.dbBackups'))
    .option('--json', bothWays('cliHelp.json'))
    .action(async (options: { json?: boolean }) => {
      const host = openHost({ dataDir: dataDir(), host: 'cli' });
      let overview;
      try {
        await cliActor(host, globalOptions(program).user, 'backups.manage'); // the list holds record counts
        overview = backupOverview({ db: host.database.db, runtime: host.runtime });
      } finally {
        host.database.close();
      }
      if (options.json) return void console.log(JSON.stringify(overview.backups, null, 2));
      if (overview.backups.length === 0) return void console.log(bothWays('backups.cli.none'));
      for (const b of overview.backups) {
        const counts = Object.entries(b.counts).map(([t, n]) => `${tableLabel(t)} ${n}`).join(', ');
        const head = b.auditHead ? `audit #${b.auditHead.id}${b.auditHead.hash ? ` ${b.auditHead.hash.slice(0, 12)}` : ''}` : 'audit —';
        console.log(`${b.createdAt}  ${b.file}  ${(b.sizeBytes / 1_048_576).toFixed(1)} MB  ${counts}  ${head}${b.folder === 'second' ? '  (folder 2)' : ''}`);
      }
    });

  db.command('restore <backup>')
    .description(bothWays('cliHelp.dbRestore'))
    .option('--yes', bothWays('cliHelp.yes'))
    .action(async (backup: string, options: { yes?: boolean }) => {
      const host = openHost({ dataDir: dataDir(), host: 'cli' });
      try {
        const actor = await cliActor(host, globalOptions(program).user, 'backups.manage');
        const path = existsSync(backup) ? resolve(backup) : findBackup({ db: host.database.db, runtime: host.runtime }, backup);
        const { database, runtime } = host;
        const ctx: ServiceContext = { db: database.db, sqlite: database.sqlite, actor, now: () => new Date(), runtime };
        if (!(await printRestorePreview(ctx, path))) {
          process.exitCode = 1;
          return;
        }
        if (!options.yes) {
          if (!process.stdin.isTTY) {
            console.error(bothWays('backups.cli.needYes'));
            process.exitCode = 2;
            return;
          }
          const rl = createInterface({ input: process.stdin, output: process.stdout });
          const typed = await rl.question(bothWays('backups.cli.confirm', { file: path, word: restoreConfirmWord }));
          rl.close();
          if (!isRestoreConfirmed(typed)) {
            console.log(bothWays('backups.cli.cancelled'));
            process.exitCode = 1;
            return;
          }
        }
        const result = await runtime.gate.run(() => restoreBackup(ctx, path, restoreConfirmWord));
        console.log(bothWays('backups.cli.restored', { file: result.restored, safety: result.safetyBackup }));
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        console.error(`${error.message} / ${error.messageEn}`);
        process.exitCode = 1;
      } finally {
        host.database.close();
      }
    });

  db.command('encrypt')
    .description(bothWays('cliHelp.dbEncrypt'))
    .action(() => encryptDataFolder(dataDir(), globalOptions(program).user));
}
