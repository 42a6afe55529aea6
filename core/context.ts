import type { Db, Sqlite } from '../db/open.ts';
import type { Runtime } from './runtime.ts';

/** Who is acting. Accounts come later; until then the host names the local user. */
export interface Actor {
  id: string;
  name: string;
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
}
