import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { maxUploadBytes } from '../../core/api/files.ts';
import type { CommitResult, DownloadToken, DryRunResult, Inspection } from '../../core/api/imports.ts';
import type { JobState } from '../../core/api/jobs.ts';
import type { JdihnStaged } from '../../core/api/regulations.ts';
import { msg, render } from '../../core/messages.ts';
import { call, CliError, followJob } from '../cli-jobs.ts';
import { asCliUser } from '../host-context.ts';
import { checkInputFile } from '../input-file.ts';
import { bothWays } from '../help-text.ts';

// `lindung regulations import|export`: a JDIHN JSON file or a spreadsheet into the register
// through the same pipeline as the screens, and the register out as JDIHN JSON or a sheet.
// Exit codes: 0 done, 1 the file has invalid rows (dry run) or the command failed, 2 usage.

const isJson = (file: string) => file.toLowerCase().endsWith('.json');

function printDryRun(result: DryRunResult, json: boolean): void {
  const s = result.summary;
  console.log(`${result.fileName}: ${s.total} ${json ? 'data' : 'baris'} — baru ${s.new}, berubah ${s.changed}, sama ${s.unchanged}, tidak valid ${s.invalid}, dengan peringatan ${s.warnings}`);
  for (const row of result.rows.filter((r) => r.status === 'invalid').slice(0, 50)) {
    // A JDIHN record's index is its CSV row less the header row.
    const where = json ? `data ke-${row.rowNumber - 1}` : `baris ${row.rowNumber}`;
    for (const p of row.problems.filter((x) => x.severity === 'error')) console.log(`  ${where}${p.column ? `, kolom ${p.column}` : ''}${p.value ? ` "${p.value}"` : ''}: ${p.message.id}`);
  }
}

export function registerRegulations(program: Command): void {
  const regulations = program.command('regulations').description(bothWays('regulations.cli.command'));

  regulations
    .command('import <file>')
    .description(bothWays('regulations.cli.import'))
    .option('--dry-run', bothWays('cliHelp.dryRun'))
    .option('--allow-invalid', bothWays('cliHelp.allowInvalid'))
    .action(async (file: string, options: { dryRun?: boolean; allowInvalid?: boolean }) => {
      checkInputFile(file);
      await asCliUser(program, async (host, session) => {
        let token = (await host.runtime.files.stage(basename(file), createReadStream(file), maxUploadBytes)).token;
        if (isJson(file)) {
          const staged = await call<JdihnStaged>(host.router, session, 'regulations.jdihn.stage', { fileToken: token });
          for (const note of staged.notes.slice(0, 20)) console.log(`Catatan: ${render(note.message)}`);
          token = staged.fileToken;
        }
        const inspection = await call<Inspection>(host.router, session, 'imports.inspect', { register: 'regulation', fileToken: token });
        const dry = await call<JobState>(host.router, session, 'imports.dryRun', { register: 'regulation', fileToken: token, headerRow: inspection.headerRow, mapping: inspection.mapping });
        const checked = await followJob(host.router, session, dry, 'Memeriksa');
        if (checked.status !== 'done') throw checked.error ? CliError.from(checked.error) : new CliError(msg('cli.checkFailed'));
        const result = checked.result as DryRunResult;
        printDryRun(result, isJson(file));
        if (options.dryRun) {
          process.exitCode = result.summary.invalid > 0 ? 1 : 0;
          return;
        }
        if (result.summary.invalid > 0 && !options.allowInvalid) throw new CliError(msg('cli.invalidRows'));
        const commit = await call<JobState>(host.router, session, 'imports.commit', { jobId: dry.id });
        const done = await followJob(host.router, session, commit, 'Menyimpan');
        if (done.status !== 'done') throw done.error ? CliError.from(done.error) : new CliError(msg('cli.importFailed'));
        const { batch } = done.result as CommitResult;
        console.log(`Tersimpan: ${batch.inserted} baru, ${batch.updated} diperbarui (impor ${batch.uid}; batalkan di layar Impor).`);
      });
    });

  regulations
    .command('export <file>')
    .description(bothWays('regulations.cli.export'))
    .action(async (file: string) => {
      await asCliUser(program, async (host, session) => {
        let token: string;
        if (isJson(file)) {
          token = (await call<DownloadToken>(host.router, session, 'regulations.jdihn.export', {})).token;
        } else {
          const format = file.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx';
          const job = await call<JobState>(host.router, session, 'registers.export', { register: 'regulation', format, filterModel: {} });
          const done = await followJob(host.router, session, job, 'Mengekspor');
          if (done.status !== 'done') throw done.error ? CliError.from(done.error) : new CliError(msg('cli.exportFailed'));
          token = (done.result as DownloadToken).token;
        }
        await host.runtime.files.copyOutgoing(token, file);
        console.log(`Ditulis: ${file}`);
      });
    });
}
