import type { Db, Sqlite } from '../db/open.ts';

/** Who is acting. Accounts come later; until then the host names the local user. */
export interface Actor {
  id: string;
  name: string;
}

/** What every service function takes: the database and the actor, nothing global. */
export interface ServiceContext {
  db: Db;
  sqlite: Sqlite;
  actor: Actor;
  now: () => Date;
}
