import { join } from 'node:path';
import type { Command } from 'commander';
import { backupDatabase } from '../../db/backup.ts';
import { openHost } from '../host-context.ts';

export function registerDb(program: Command): void {
  const db = program.command('db').description('Basis data: migrasi, pemeriksaan, cadangan / database maintenance');
  const dataDir = () => program.opts<{ dataDir?: string }>().dataDir;

  db.command('migrate')
    .description('Terapkan migrasi (dengan cadangan lebih dulu) / apply migrations (backing up first)')
    .action(() => {
      const host = openHost({ dataDir: dataDir(), host: 'cli' });
      const { applied, schemaVersion, backupFile } = host.database.migration;
      console.log(applied.length ? `Diterapkan ${applied.length} migrasi; versi skema ${schemaVersion}.` : `Sudah terbaru (versi skema ${schemaVersion}).`);
      if (backupFile) console.log(`Cadangan sebelum migrasi: ${backupFile}`);
      host.database.close();
    });

  db.command('check')
    .description('Periksa keutuhan basis data / check database integrity')
    .action(() => {
      const host = openHost({ dataDir: dataDir(), host: 'cli' });
      const integrity = host.database.sqlite.pragma('integrity_check', { simple: true });
      const brokenKeys = host.database.sqlite.pragma('foreign_key_check') as unknown[];
      host.database.close();
      console.log(`integrity_check: ${String(integrity)}; foreign_key_check: ${brokenKeys.length} masalah`);
      if (integrity !== 'ok' || brokenKeys.length > 0) process.exitCode = 1;
    });

  db.command('backup')
    .description('Buat salinan cadangan / write a backup copy')
    .option('--to <folder>', 'folder tujuan / target folder')
    .action((options: { to?: string }) => {
      const host = openHost({ dataDir: dataDir(), host: 'cli' });
      const file = backupDatabase(host.database.sqlite, options.to ?? join(host.dataDir, 'backups'), 'manual');
      host.database.close();
      console.log(`Cadangan ditulis / backup written: ${file}`);
    });
}
