import type { Command } from 'commander';
import { bothWays } from '../help-text.ts';
import { addExportCommand, addImportCommand } from './register-commands.ts';

// `lindung employers import|export`: the register's commands (register-commands.ts) with the
// employer's own export filters (BPJS status, quick search).

export function registerEmployers(program: Command): void {
  const employers = program.command('employers').description(bothWays('cliHelp.employers'));
  addImportCommand(program, employers, 'employer', { description: 'cliHelp.employersImport', map: 'cliHelp.map' });
  addExportCommand<{ status?: string; search?: string }>(program, employers, 'employer', { description: 'cliHelp.employersExport' }, {
    options: (command) => command.option('--status <list>', bothWays('cliHelp.status')).option('--search <text>', bothWays('cliHelp.search')),
    request: (options) => ({
      filterModel: options.status ? { bpjsStatus: { filterType: 'set', values: options.status.split(',').map((s) => s.trim()) } } : {},
      quickSearch: options.search,
    }),
  });
}
