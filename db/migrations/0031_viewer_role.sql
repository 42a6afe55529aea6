-- Reviewed (drizzle-kit's table rebuild, edited by hand): a read-only role, 'pemantau'
-- (Pemantau, hanya melihat: the registers, no writes, imports, undos or exports). SQLite
-- cannot change a CHECK in place, so user_account is rebuilt with every row as it was
-- (uid is the key sessions and audit rows name; password hashes, lockouts and states are
-- copied unchanged) and its one index recreated. The CHECKs name columns without the
-- table (the table is renamed below). No trigger, view or foreign key names user_account.
-- Foreign keys are off around the transaction (db/migrate.ts): the PRAGMAs drizzle-kit
-- writes here are no-ops inside it.
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_user_account` (
	`uid` text PRIMARY KEY NOT NULL,
	`username` text NOT NULL,
	`username_folded` text NOT NULL,
	`display_name` text NOT NULL,
	`nip` text,
	`role` text NOT NULL,
	`state` text DEFAULT 'aktif' NOT NULL,
	`password_hash` text NOT NULL,
	`failed_attempts` integer DEFAULT 0 NOT NULL,
	`lockouts` integer DEFAULT 0 NOT NULL,
	`locked_until` text,
	`must_change_password` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "user_account_role_check" CHECK("role" IN ('pemantau', 'operator', 'kepala_bidang', 'kepala_dinas', 'administrator')),
	CONSTRAINT "user_account_state_check" CHECK("state" IN ('aktif', 'nonaktif'))
);
--> statement-breakpoint
INSERT INTO `__new_user_account`("uid", "username", "username_folded", "display_name", "nip", "role", "state", "password_hash", "failed_attempts", "lockouts", "locked_until", "must_change_password", "created_at", "updated_at") SELECT "uid", "username", "username_folded", "display_name", "nip", "role", "state", "password_hash", "failed_attempts", "lockouts", "locked_until", "must_change_password", "created_at", "updated_at" FROM `user_account`;--> statement-breakpoint
DROP TABLE `user_account`;--> statement-breakpoint
ALTER TABLE `__new_user_account` RENAME TO `user_account`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `user_account_username_folded_unique` ON `user_account` (`username_folded`);