import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { activeUser } from '../core/accounts/account-store.ts';
import { authorize } from '../core/accounts/authorize.ts';
import { newSession, type Session } from '../core/accounts/session.ts';
import type { Permission } from '../core/api/channel.ts';
import type { Actor } from '../core/context.ts';
import type { Sqlite } from '../db/open.ts';
import { startCore } from '../core/host.ts';
import { msg, render } from '../core/messages.ts';
import type { Router } from '../core/router.ts';
import { resolveDataDir } from '../db/data-dir.ts';
import { passphraseFor } from './passphrase.ts';
import { CliError } from './cli-jobs.ts';
import { askHiddenInput } from './hidden-input.ts';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** Where the CLI takes a password from when it is not typed (scripts, scheduled jobs). */
export const passwordEnv = 'LINDUNG_PASSWORD';

/** The password of `username`: from the env, else typed on a terminal; a clear refusal otherwise. */
export async function cliPassword(username: string): Promise<string> {
  const fromEnv = process.env[passwordEnv];
  if (fromEnv !== undefined) return fromEnv;
  const typed = await askHiddenInput(render(msg('auth.passwordPrompt', { username })));
  if (typed === null) throw new CliError(msg('auth.noPassword', { env: passwordEnv }));
  return typed;
}

/**
 * The CLI's sign-in: as `--user` with its password, through the same channel (and lockout) as
 * the screens. Without --user the session is empty and a command that needs a user is refused.
 */
export async function signInCli(router: Router, username: string | undefined): Promise<Session> {
  const session = newSession();
  if (!username) return session;
  const result = await router.call('auth.signIn', { username, password: await cliPassword(username) }, session);
  if (!result.ok) throw CliError.from(result.error);
  return session;
}

/**
 * The actor of a command that works beside the router (a restore, turning encryption on): the
 * --user signed in as the screens do, refused like a channel that needs `permission`.
 */
export async function cliActor(host: { router: Router; database: { sqlite: Sqlite } }, username: string | undefined, permission: Permission): Promise<Actor> {
  if (!username) throw new CliError(msg('auth.needUser', { env: passwordEnv }));
  const session = await signInCli(host.router, username);
  const user = activeUser(host.database.sqlite, session.userUid);
  const refused = authorize({ permission, access: 'write' }, user, session);
  if (refused || !user) throw new CliError(refused?.said ?? msg('auth.signInFirst'));
  return { id: user.uid, name: user.displayName };
}

let passphrase: string | undefined;
/** Before a command runs (it may be asked at the terminal): the passphrase of an encrypted data folder. */
export async function preparePassphrase(dataDir: string | undefined): Promise<void> {
  passphrase = await passphraseFor(resolveDataDir({ flag: dataDir }));
}

/** Opens the data folder (migrating with backup) and a router over it, for the CLI hosts. */
export function openHost(options: { dataDir?: string | undefined; host: 'serve' | 'cli' }) {
  const dataDir = resolveDataDir({ flag: options.dataDir });
  return { ...startCore({ dataDir, version: pkg.version, host: options.host, keys: { passphrase } }), dataDir, version: pkg.version };
}

/** The data folder and --user given to `lindung` itself. */
export const globalOptions = (program: Command) => program.opts<{ dataDir?: string; user?: string }>();

/** A command's work on the CLI's core, as the --user signed in (the screens' rules); the database is closed after. */
export async function asCliUser<T>(program: Command, work: (host: ReturnType<typeof openHost>, session: Session) => Promise<T>): Promise<T> {
  const host = openHost({ dataDir: globalOptions(program).dataDir, host: 'cli' });
  try {
    return await work(host, await signInCli(host.router, globalOptions(program).user));
  } finally {
    host.database.close();
  }
}
