CREATE TABLE `account_policy` (
	`id` integer PRIMARY KEY NOT NULL,
	`idle_lock_seconds` integer DEFAULT 900 NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "account_policy_one_row" CHECK("account_policy"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `user_account` (
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
	CONSTRAINT "user_account_role_check" CHECK("user_account"."role" IN ('operator', 'kepala_bidang', 'kepala_dinas', 'administrator')),
	CONSTRAINT "user_account_state_check" CHECK("user_account"."state" IN ('aktif', 'nonaktif'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_account_username_folded_unique` ON `user_account` (`username_folded`);