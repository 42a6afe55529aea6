import { createReadStream, copyFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { maxUploadBytes } from '../../core/api/files.ts';
import type { CommitResult, DownloadToken, DryRunResult, Inspection } from '../../core/api/imports.ts';
import type { JobState } from '../../core/api/jobs.ts';
import { call, CliError, followJob } from '../cli-jobs.ts';
import { localActor, openHost } from '../host-context.ts';

// `lindung employers import|export`: the same pipeline as the screens. Exit codes:
// 0 done, 1 the file has invalid rows (dry run) or the command failed, 2 usage.

function printDryRun(result: DryRunResult): void {
  const s = result.summary;
  console.log(`${result.fileName} (sheet "${result.sheet}"): ${s.total} baris — baru ${s.new}, berubah ${s.changed}, sama ${s.unchanged}, tidak valid ${s.invalid}, dengan peringatan ${s.warnings}`);
  for (const row of result.rows.filter((r) => r.status === 'invalid').slice(0, 50)) {
    for (const p of row.problems.filter((x) => x.severity === 'error')) {
      console.log(`  baris ${row.rowNumber}${p.column ? `, kolom ${p.column}` : ''}${p.value ? ` "${p.value}"` : ''}: ${p.message.id}`);
    }
  }
  if (s.invalid > 50) console.log(`  … dan ${s.invalid - 50} baris lain; unduh berkas kesalahan dengan --errors <berkas.xlsx>`);
  if (result.alreadyImported) console.log(`Berkas yang sama sudah diimpor pada ${result.alreadyImported.createdAt.slice(0, 10)}.`);
}

export function registerEmployers(program: Command): void {
  const employers = program.command('employers').description('Register perusahaan: impor dan ekspor / employer register: import and export');
  const dataDir = () => program.opts<{ dataDir?: string }>().dataDir;

  employers
    .command('import <file>')
    .description('Impor XLSX/XLS/CSV (uji dulu dengan --dry-run) / import a spreadsheet')
    .option('--dry-run', 'hanya periksa, jangan simpan / check only, save nothing')
    .option('--sheet <name>', 'nama sheet / sheet name')
    .option('--header-row <n>', 'nomor baris judul kolom / header row number', (v) => Number.parseInt(v, 10))
    .option('--errors <file.xlsx>', 'tulis berkas kesalahan / write the error file')
    .option('--allow-invalid', 'simpan baris yang valid walau ada yang tidak valid / commit the valid rows even if some are invalid')
    .action(async (file: string, options: { dryRun?: boolean; sheet?: string; headerRow?: number; errors?: string; allowInvalid?: boolean }) => {
      const host = openHost({ dataDir: dataDir(), host: 'cli' });
      const actor = localActor('cli');
      try {
        const staged = await host.runtime.files.stage(basename(file), createReadStream(file), maxUploadBytes);
        const inspection = await call<Inspection>(host.router, actor, 'imports.inspect', { register: 'employer', fileToken: staged.token, sheet: options.sheet, headerRow: options.headerRow });
        const mapped = inspection.fields.filter((f) => inspection.mapping[f.key] !== null).map((f) => `${f.label.id}←${inspection.headers[inspection.mapping[f.key]!]?.name}`);
        console.log(`Baris judul: ${inspection.headerRow}. Kolom: ${mapped.join(', ')}`);
        const dry = await call<JobState>(host.router, actor, 'imports.dryRun', { register: 'employer', fileToken: staged.token, sheet: options.sheet, headerRow: inspection.headerRow, mapping: inspection.mapping });
        const checked = await followJob(host.router, actor, dry, 'Memeriksa');
        if (checked.status !== 'done') throw new CliError(checked.error?.message ?? 'Pemeriksaan gagal.');
        const result = checked.result as DryRunResult;
        printDryRun(result);
        if (options.errors && result.summary.invalid > 0) {
          const out = await call<DownloadToken>(host.router, actor, 'imports.errorFile', { jobId: dry.id });
          copyFileSync(host.runtime.files.outgoingFile(out.token).path, options.errors);
          console.log(`Berkas kesalahan: ${options.errors}`);
        }
        if (options.dryRun) {
          process.exitCode = result.summary.invalid > 0 ? 1 : 0;
          return;
        }
        if (result.summary.invalid > 0 && !options.allowInvalid) {
          throw new CliError('Ada baris tidak valid; tidak ada yang disimpan. Perbaiki berkasnya, atau pakai --allow-invalid untuk menyimpan baris yang valid saja.');
        }
        const commit = await call<JobState>(host.router, actor, 'imports.commit', { jobId: dry.id });
        const done = await followJob(host.router, actor, commit, 'Menyimpan');
        if (done.status !== 'done') throw new CliError(done.error?.message ?? 'Impor gagal; tidak ada yang berubah.');
        const { batch } = done.result as CommitResult;
        console.log(`Tersimpan: ${batch.inserted} baru, ${batch.updated} diperbarui (impor ${batch.uid}; batalkan di layar Impor).`);
      } finally {
        host.database.close();
      }
    });

  employers
    .command('export <file>')
    .description('Ekspor register ke .xlsx atau .csv / export the register')
    .option('--status <list>', 'status BPJS, dipisah koma (terdaftar,pwbd,pds_tk,pds_upah,pds_program)')
    .option('--search <text>', 'pencarian cepat / quick search')
    .action(async (file: string, options: { status?: string; search?: string }) => {
      const host = openHost({ dataDir: dataDir(), host: 'cli' });
      const actor = localActor('cli');
      try {
        const format = file.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx';
        const filterModel = options.status ? { bpjsStatus: { filterType: 'set', values: options.status.split(',').map((s) => s.trim()) } } : {};
        const job = await call<JobState>(host.router, actor, 'employers.export', { format, filterModel, quickSearch: options.search });
        const done = await followJob(host.router, actor, job, 'Mengekspor');
        if (done.status !== 'done') throw new CliError(done.error?.message ?? 'Ekspor gagal.');
        copyFileSync(host.runtime.files.outgoingFile((done.result as DownloadToken).token).path, file);
        console.log(`Ditulis: ${file}`);
      } finally {
        host.database.close();
      }
    });
}
