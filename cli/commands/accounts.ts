import type { Command } from 'commander';
import type { Account, AuthStatus } from '../../core/api/accounts.ts';
import { passwordLength, passwordProblem } from '../../core/api/password-rule.ts';
import { newSession } from '../../core/accounts/session.ts';
import { msg, render } from '../../core/messages.ts';
import { call, CliError } from '../cli-jobs.ts';
import { bothWays } from '../help-text.ts';
import { asCliUser, cliPassword, globalOptions, openHost } from '../host-context.ts';

// `lindung accounts create-admin|list`: the first administrator of a fresh data folder (as the
// first start of the app asks for), and the accounts an administrator sees.
export function registerAccounts(program: Command): void {
  const accounts = program.command('accounts').description(bothWays('accountsHelp.group'));

  accounts
    .command('create-admin')
    .description(bothWays('accountsHelp.createAdmin'))
    .requiredOption('--username <name>', bothWays('accountsHelp.username'))
    .requiredOption('--name <display name>', bothWays('accountsHelp.name'))
    .action(async (options: { username: string; name: string }) => {
      const host = openHost({ dataDir: globalOptions(program).dataDir, host: 'cli' });
      try {
        const password = await cliPassword(options.username);
        // Said here in words: the channel's refusal names a form field the command line has not.
        const weak = passwordProblem(password, { username: options.username, displayName: options.name });
        if (weak) throw new CliError(msg(`auth.${weak}`, { ...passwordLength }));
        await call<AuthStatus>(host.router, newSession(), 'auth.createFirstAdmin', { username: options.username, displayName: options.name, password });
        console.log(render(msg('auth.adminCreated', { username: options.username })));
      } finally {
        host.database.close();
      }
    });

  accounts
    .command('list')
    .description(bothWays('accountsHelp.list'))
    .option('--json', bothWays('cliHelp.json'))
    .action(async (options: { json?: boolean }) => {
      await asCliUser(program, async (host, session) => {
        const list = await call<Account[]>(host.router, session, 'accounts.list', {});
        if (options.json) {
          console.log(JSON.stringify(list, null, 2));
          return;
        }
        for (const a of list) console.log(`${a.username}\t${a.displayName}\t${render(msg(`roles.${a.role}`))}\t${a.state}`);
      });
    });
}
