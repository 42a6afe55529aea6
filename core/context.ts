import type { Db, Sqlite } from '../db/open.ts';
import type { Runtime } from './runtime.ts';
import type { Session } from './accounts/session.ts';
import type { Role } from './api/accounts.ts';

/** Who is acting: the signed-in account (core/accounts), its uid and display name. */
export interface Actor {
  id: string;
  name: string;
  /** The signed-in account's role (the router sets it): the few services that check a permission beyond their channel's read it. Absent for services called directly (scripts, tests): no limit. */
  role?: Role;
}

/** The database, the actor and the clock: what every write needs. */
export interface CoreContext {
  db: Db;
  sqlite: Sqlite;
  actor: Actor;
  now: () => Date;
}

/** What every service function takes: nothing global. `runtime` holds files and long jobs. */
export interface ServiceContext extends CoreContext {
  runtime: Runtime;
  /** The caller's sign-in (the auth channels change it); absent for services called directly. */
  session?: Session;
}
