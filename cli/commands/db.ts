import { join } from 'node:path';
import type { Command } from 'commander';
import { verifyAuditChain } from '../../core/audit/chain.ts';
import { backupDatabase } from '../../db/backup.ts';
import { chainReportLines } from './audit.ts';
import { openHost } from '../host-context.ts';
import { bothWays } from '../help-text.ts';

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
    .action((options: { to?: string }) => {
      const host = openHost({ dataDir: dataDir(), host: 'cli' });
      const file = backupDatabase(host.database.sqlite, options.to ?? join(host.dataDir, 'backups'), 'manual');
      host.database.close();
      console.log(bothWays('cliHelp.backupWritten', { file }));
    });
}
