import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// Local accounts. The password is an argon2id hash (PHC string); the audit log never holds it.
export const userAccount = sqliteTable(
  'user_account',
  {
    uid: text('uid').primaryKey(),
    username: text('username').notNull(),
    /** Folded (lower case): "Budi" and "budi" are one account. */
    usernameFolded: text('username_folded').notNull().unique(),
    displayName: text('display_name').notNull(),
    nip: text('nip'),
    role: text('role', { enum: ['pemantau', 'operator', 'kepala_bidang', 'kepala_dinas', 'administrator'] }).notNull(),
    state: text('state', { enum: ['aktif', 'nonaktif'] }).notNull().default('aktif'),
    passwordHash: text('password_hash').notNull(),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    /** How many lockouts in a row: each one lasts longer. */
    lockouts: integer('lockouts').notNull().default(0),
    lockedUntil: text('locked_until'),
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    check('user_account_role_check', sql`${t.role} IN ('pemantau', 'operator', 'kepala_bidang', 'kepala_dinas', 'administrator')`),
    check('user_account_state_check', sql`${t.state} IN ('aktif', 'nonaktif')`),
  ],
);

/** The office's account rules: one row. */
export const accountPolicy = sqliteTable(
  'account_policy',
  {
    id: integer('id').primaryKey(),
    idleLockSeconds: integer('idle_lock_seconds').notNull().default(900),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [check('account_policy_one_row', sql`${t.id} = 1`)],
);
