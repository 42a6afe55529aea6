import type { Command } from 'commander';
import type { PersonReportResult, ReportFormat } from '../../core/api/privacy.ts';
import { render, msg } from '../../core/messages.ts';
import { call } from '../cli-jobs.ts';
import { asCliUser } from '../host-context.ts';
import { bothWays } from '../help-text.ts';
import { addExportCommand, addImportCommand } from './register-commands.ts';

// `lindung workers import|export` (the register's commands, register-commands.ts; the export may
// mask NIKs) and `lindung person <NIK>`: one person's data report, as text on stdout or as
// PDF/XLSX files. Each is audited as on the screens. Exit codes: 0 done, 1 failed (an unknown
// NIK among them), 2 usage.

export function registerWorkers(program: Command): void {
  const workers = program.command('workers').description(bothWays('cliWorkers.workers'));
  addImportCommand(program, workers, 'worker', { description: 'cliWorkers.import', map: 'cliWorkers.map' });
  addExportCommand<{ maskNik?: boolean; search?: string }>(program, workers, 'worker', { description: 'cliWorkers.export' }, {
    options: (command) => command.option('--mask-nik', bothWays('cliWorkers.maskNik')).option('--search <text>', bothWays('cliHelp.search')),
    request: (options) => ({ maskNik: Boolean(options.maskNik), quickSearch: options.search }),
  });

  program
    .command('person <nik>')
    .description(bothWays('cliWorkers.person'))
    .option('--pdf <file.pdf>', bothWays('cliWorkers.pdf'))
    .option('--xlsx <file.xlsx>', bothWays('cliWorkers.xlsx'))
    .action(async (nik: string, options: { pdf?: string; xlsx?: string }) => {
      await asCliUser(program, async (host, session) => {
        const targets: Partial<Record<ReportFormat, string>> = { ...(options.pdf ? { pdf: options.pdf } : {}), ...(options.xlsx ? { xlsx: options.xlsx } : {}) };
        const formats = Object.keys(targets) as ReportFormat[];
        const made = await call<PersonReportResult>(host.router, session, 'workers.report', { nik, formats: formats.length ? formats : ['text'] });
        if (made.text !== null) process.stdout.write(made.text);
        for (const file of made.files) {
          const target = targets[file.format]!;
          await host.runtime.files.copyOutgoing(file.token, target);
          console.log(render(msg('cliWorkers.written', { file: target })));
        }
      });
    });
}
