CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`at` text NOT NULL,
	`actor_id` text NOT NULL,
	`actor_name` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_uid` text,
	`changed_fields` text,
	`before` text,
	`after` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `audit_log_uid_unique` ON `audit_log` (`uid`);--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_uid`);--> statement-breakpoint
CREATE TABLE `office_profile` (
	`id` integer PRIMARY KEY NOT NULL,
	`uid` text NOT NULL,
	`office_name` text NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`head_name` text DEFAULT '' NOT NULL,
	`head_nip` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`time_zone` text DEFAULT 'WITA' NOT NULL,
	`logo_mime` text,
	`logo` blob,
	`updated_at` text,
	CONSTRAINT "office_profile_single_row" CHECK("office_profile"."id" = 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `office_profile_uid_unique` ON `office_profile` (`uid`);--> statement-breakpoint
-- Hand-written: the audit log is append-only (UU PDP record of processing).
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
