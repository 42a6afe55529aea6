import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { maxUploadBytes } from '../../core/api/files.ts';
import { hiddenColumnsMapped, type CommitResult, type DownloadToken, type DryRunResult, type Inspection } from '../../core/api/imports.ts';
import type { JobState } from '../../core/api/jobs.ts';
import type { MessageKey } from '../../core/api/messages/catalogue.ts';
import { msg, render } from '../../core/messages.ts';
import { call, CliError, followJob } from '../cli-jobs.ts';
import { applyColumnMap, applyConstants, collect } from '../column-map.ts';
import { asCliUser } from '../host-context.ts';
import { checkInputFile } from '../input-file.ts';
import { bothWays } from '../help-text.ts';

// `lindung <register> import|export`: one piece for every register's commands (employers,
// workers), the same pipeline as the screens. Exit codes: 0 done, 1 the file has invalid rows
// (dry run) or the command failed, 2 usage.

const positiveInt = (v: string) => {
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(bothWays('cliHelp.positiveInt'));
  return n;
};

/** Which header row, which columns, and what the inspection noticed (far-down header, unknown columns). */
function printInspection(inspection: Inspection, mapping: Record<string, number | null>, constants: Record<string, string>): void {
  const mapped = inspection.fields.filter((f) => mapping[f.key] !== null && mapping[f.key] !== undefined).map((f) => `${f.label.id}←${inspection.headers[mapping[f.key]!]?.name || inspection.headers[mapping[f.key]!]?.letter}`);
  const fixed = inspection.fields.filter((f) => constants[f.key]).map((f) => `${f.label.id}="${f.choices?.find((c) => c.value === constants[f.key])?.label.id ?? constants[f.key]}" (semua baris)`);
  mapped.push(...fixed);
  console.log(`Baris judul: ${inspection.headerRow}. Kolom: ${mapped.join(', ') || '(belum ada yang dipasangkan)'}`);
  // As the screen lists them: headed columns the import leaves out (walk 36: the CLI said nothing of them).
  const used = new Set(Object.values(mapping).filter((c): c is number => typeof c === 'number'));
  const left = inspection.headers.filter((h) => h.name && !used.has(h.index)).map((h) => `${h.letter} (${h.name})`);
  if (left.length) console.log(`Kolom berkas yang tidak diimpor: ${left.join(', ')}`);
  for (const note of inspection.notes) console.log(`${note.severity === 'warning' ? 'Peringatan' : 'Catatan'}: ${note.message.id}`);
  // Columns the file hides that this mapping imports, as the mapping screen says them.
  const hidden = hiddenColumnsMapped(inspection, mapping);
  if (hidden.length) console.log(`Peringatan: ${render(msg('imports.hiddenColumns', { count: hidden.length, columns: hidden.join(', ') }))}`);
}

function printDryRun(result: DryRunResult, format: string): void {
  const s = result.summary;
  const where = format === 'csv' ? result.fileName : `${result.fileName} (lembar "${result.sheet}")`;
  console.log(`${where}: ${s.total} baris — baru ${s.new}, berubah ${s.changed}, sama ${s.unchanged}, tidak valid ${s.invalid}, dengan peringatan ${s.warnings}${s.review ? `, untuk ditinjau ${s.review} (beda identitas; diputuskan di layar Tinjauan)` : ''}${s.skipped ? `; ${s.skipped} baris bukan data dilewati (jumlah, tanda tangan, judul berulang)` : ''}`);
  for (const row of result.rows.filter((r) => r.status === 'invalid').slice(0, 50)) {
    for (const p of row.problems.filter((x) => x.severity === 'error')) {
      console.log(`  baris ${row.rowNumber}${p.column ? `, kolom ${p.column}` : ''}${p.value ? ` "${p.value}"` : ''}: ${p.message.id}`);
    }
  }
  if (s.invalid > 50) console.log(`  … dan ${s.invalid - 50} baris lain; unduh berkas kesalahan dengan --errors <berkas.xlsx>`);
  // Warnings are saved with the rows (a repaired NIK, an unusual age): said here, as the screen lists them.
  const warned = result.rows.filter((r) => r.status !== 'invalid' && r.problems.some((x) => x.severity === 'warning'));
  for (const row of warned.slice(0, 50)) {
    for (const p of row.problems.filter((x) => x.severity === 'warning')) {
      console.log(`  peringatan baris ${row.rowNumber}${p.column ? `, kolom ${p.column}` : ''}: ${p.message.id}`);
    }
  }
  if (s.warnings > 50) console.log(`  … dan peringatan pada baris lain; periksa di layar Impor sebelum menyimpan bila ragu`);
  if (result.alreadyImported) console.log(`Berkas yang sama sudah diimpor pada ${result.alreadyImported.createdAt.slice(0, 10)}.`);
}

interface ImportOptions {
  dryRun?: boolean;
  sheet?: string;
  headerRow?: number;
  map: string[];
  value: string[];
  errors?: string;
  allowInvalid?: boolean;
}

/** `<parent> import <file>`: inspect, dry run (with an error file), then commit, as the import screen does. */
export function addImportCommand(program: Command, parent: Command, register: string, words: { description: MessageKey; map: MessageKey }): Command {
  return parent
    .command('import <file>')
    .description(bothWays(words.description))
    .option('--dry-run', bothWays('cliHelp.dryRun'))
    .option('--sheet <name>', bothWays('cliHelp.sheet'))
    .option('--header-row <n>', bothWays('cliHelp.headerRow'), positiveInt)
    .option('--map <kolom=judul>', bothWays(words.map), collect, [] as string[])
    .option('--value <kolom=nilai>', bothWays('cliHelp.value'), collect, [] as string[])
    .option('--errors <file.xlsx>', bothWays('cliHelp.errors'))
    .option('--allow-invalid', bothWays('cliHelp.allowInvalid'))
    .action(async (file: string, options: ImportOptions) => {
      checkInputFile(file);
      await asCliUser(program, async (host, session) => {
        const staged = await host.runtime.files.stage(basename(file), createReadStream(file), maxUploadBytes);
        const inspection = await call<Inspection>(host.router, session, 'imports.inspect', { register, fileToken: staged.token, sheet: options.sheet, headerRow: options.headerRow });
        const { mapping, constants } = applyConstants(inspection, applyColumnMap(inspection, options.map), options.value);
        printInspection(inspection, mapping, constants);
        const dry = await call<JobState>(host.router, session, 'imports.dryRun', { register, fileToken: staged.token, sheet: options.sheet ?? inspection.sheet, headerRow: inspection.headerRow, mapping, constants });
        const checked = await followJob(host.router, session, dry, 'Memeriksa');
        if (checked.status !== 'done') throw checked.error ? CliError.from(checked.error) : new CliError(msg('cli.checkFailed'));
        const result = checked.result as DryRunResult;
        printDryRun(result, inspection.format);
        if (options.errors && result.summary.invalid > 0) {
          const out = await call<DownloadToken>(host.router, session, 'imports.errorFile', { jobId: dry.id });
          await host.runtime.files.copyOutgoing(out.token, options.errors);
          console.log(`Berkas kesalahan: ${options.errors}`);
        }
        if (options.dryRun) {
          process.exitCode = result.summary.invalid > 0 ? 1 : 0;
          return;
        }
        if (result.summary.invalid > 0 && !options.allowInvalid) {
          throw new CliError(msg('cli.invalidRows'));
        }
        const commit = await call<JobState>(host.router, session, 'imports.commit', { jobId: dry.id });
        const done = await followJob(host.router, session, commit, 'Menyimpan');
        if (done.status !== 'done') throw done.error ? CliError.from(done.error) : new CliError(msg('cli.importFailed'));
        const { batch } = done.result as CommitResult;
        const held = result.summary.review ? `, ${result.summary.review} menunggu tinjauan identitas` : '';
        console.log(`Tersimpan: ${batch.inserted} baru, ${batch.updated} diperbarui${held} (impor ${batch.uid}; batalkan di layar Impor).`);
      });
    });
}

/**
 * `<parent> export <file>`: the register to .xlsx (or .csv by the name), through the export job
 * (audited like the screen's). `view` turns the command's own options into the export's filter.
 */
export function addExportCommand<O extends object>(
  program: Command,
  parent: Command,
  register: string,
  words: { description: MessageKey },
  view: { options: (command: Command) => Command; request: (options: O) => Record<string, unknown> },
): Command {
  return view.options(parent.command('export <file>').description(bothWays(words.description))).action(async (file: string, options: O) => {
    await asCliUser(program, async (host, session) => {
      const format = file.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx';
      const job = await call<JobState>(host.router, session, 'registers.export', { register, format, filterModel: {}, ...view.request(options) });
      const done = await followJob(host.router, session, job, 'Mengekspor');
      if (done.status !== 'done') throw done.error ? CliError.from(done.error) : new CliError(msg('cli.exportFailed'));
      await host.runtime.files.copyOutgoing((done.result as DownloadToken).token, file);
      console.log(`Ditulis: ${file}`);
    });
  });
}
