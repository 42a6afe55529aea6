import type { Command } from 'commander';
import type { AuthStatus } from '../../core/api/accounts.ts';
import { passwordLength, passwordProblem } from '../../core/api/password-rule.ts';
import type { JobState } from '../../core/api/jobs.ts';
import type { SetupStatus } from '../../core/api/reference.ts';
import { newSession } from '../../core/accounts/session.ts';
import { demoOfficeSetup } from '../../core/api/channels/demo.ts';
import { demoOfficeDefaults } from '../../core/demo/demo-office.ts';
import { msg, render } from '../../core/messages.ts';
import { call, CliError, followJob, usageError } from '../cli-jobs.ts';
import { bothWays } from '../help-text.ts';
import { cliPassword, globalOptions, openHost, passwordEnv, signInCli } from '../host-context.ts';

// `lindung demo`: a whole demo office in an empty data folder, the same as the first start's
// "Coba dengan kantor contoh": the first administrator (the --user, when no account exists
// yet), the office set up as a sample Jembrana office, then every register filled in one job.

const count = (min: number, max: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw usageError(msg('demoOffice.cli.count', { min, max }));
  return n;
};

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(bothWays('demoOffice.cli.command'))
    .option('--employers <n>', bothWays('demoOffice.cli.employers'), count(0, 200_000), demoOfficeDefaults.employers)
    .option('--workers <n>', bothWays('demoOffice.cli.workers'), count(0, 1_000_000), demoOfficeDefaults.workers)
    .option('--admin-name <name>', bothWays('demoOffice.cli.adminName'), 'Administrator')
    .action(async (options: { employers: number; workers: number; adminName: string }) => {
      const username = globalOptions(program).user;
      if (!username) throw usageError(msg('demoOffice.cli.needUser', { env: passwordEnv }));
      const host = openHost({ dataDir: globalOptions(program).dataDir, host: 'cli' });
      try {
        const status = await call<AuthStatus>(host.router, newSession(), 'auth.status', {});
        if (status.needsFirstAdmin) {
          const password = await cliPassword(username);
          const weak = passwordProblem(password, { username, displayName: options.adminName });
          if (weak) throw new CliError(msg(`auth.${weak}`, { ...passwordLength }));
          await call<AuthStatus>(host.router, newSession(), 'auth.createFirstAdmin', { username, displayName: options.adminName, password });
          console.log(render(msg('auth.adminCreated', { username })));
        }
        const session = await signInCli(host.router, username);
        const setup = await call<SetupStatus>(host.router, session, 'setup.status', {});
        if (setup.needsSetup) {
          await call(host.router, session, 'setup.complete', demoOfficeSetup);
          console.log(render(msg('demoOffice.cli.setupDone', { office: demoOfficeSetup.officeName, area: demoOfficeSetup.areaCode })));
        }
        const job = await call<JobState>(host.router, session, 'demo.office', { employers: options.employers, workers: options.workers });
        const done = await followJob(host.router, session, job, render(msg('demoOffice.cli.loading')));
        if (done.status !== 'done') throw done.error ? CliError.from(done.error) : new CliError(msg('jobs.failed'));
        const r = done.result as { employers: number; workers: number; regulations: number; documents: number; months: number; award?: { edition: string; items: number } | null };
        const award = r.award ? render(msg('demoOffice.cli.award', { edition: r.award.edition, items: r.award.items })) : '';
        console.log(render(msg('demoOffice.cli.done', { employers: r.employers.toLocaleString('id-ID'), workers: r.workers.toLocaleString('id-ID'), regulations: r.regulations, documents: r.documents, months: r.months, award })));
      } finally {
        host.database.close();
      }
    });
}
