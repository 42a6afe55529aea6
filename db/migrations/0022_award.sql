CREATE TABLE `award_aspect` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`cycle_id` integer NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`weight` real,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`cycle_id`) REFERENCES `award_cycle`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `award_aspect_uid_unique` ON `award_aspect` (`uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `award_aspect_code_idx` ON `award_aspect` (`cycle_id`,`code`);--> statement-breakpoint
CREATE TABLE `award_cycle` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`edition` text NOT NULL,
	`year` integer NOT NULL,
	`level` text NOT NULL,
	`category` text NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`submission_deadline` text,
	`interview_date` text,
	`ceremony_date` text,
	`result` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`approved_at` text,
	`approved_by` text,
	`approver_name` text,
	`approver_nip` text,
	`snapshot_id` integer,
	`snapshot_uid` text,
	`brief_points` text DEFAULT '["","",""]' NOT NULL,
	`copied_from_cycle_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`snapshot_id`) REFERENCES `coverage_snapshot`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "award_cycle_period_order" CHECK("award_cycle"."period_start" <= "award_cycle"."period_end"),
	CONSTRAINT "award_cycle_approval_whole" CHECK(("award_cycle"."approved_at" IS NULL) = ("award_cycle"."snapshot_id" IS NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `award_cycle_uid_unique` ON `award_cycle` (`uid`);--> statement-breakpoint
CREATE INDEX `award_cycle_year_idx` ON `award_cycle` (`year`,`id`);--> statement-breakpoint
CREATE TABLE `award_evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`indicator_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`owner_account_uid` text,
	`due_date` text,
	`state` text DEFAULT 'belum' NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`regulation_id` integer,
	`coverage_snapshot_id` integer,
	`coverage_dimension` text,
	`extract_kind` text,
	`narrative` text,
	`position` integer DEFAULT 0 NOT NULL,
	`approved_by` text,
	`approved_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `award_indicator`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`regulation_id`) REFERENCES `regulation`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`coverage_snapshot_id`) REFERENCES `coverage_snapshot`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `award_evidence_uid_unique` ON `award_evidence` (`uid`);--> statement-breakpoint
CREATE INDEX `award_evidence_indicator_idx` ON `award_evidence` (`indicator_id`,`position`);--> statement-breakpoint
CREATE INDEX `award_evidence_regulation_idx` ON `award_evidence` (`regulation_id`) WHERE "award_evidence"."regulation_id" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `award_frozen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cycle_id` integer NOT NULL,
	`key` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`body` text NOT NULL,
	FOREIGN KEY (`cycle_id`) REFERENCES `award_cycle`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `award_frozen_key_idx` ON `award_frozen` (`cycle_id`,`key`);--> statement-breakpoint
CREATE TABLE `award_indicator` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`cycle_id` integer NOT NULL,
	`aspect_id` integer NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`evidence_asked` text DEFAULT '' NOT NULL,
	`weight` real,
	`max_score` real,
	`position` integer DEFAULT 0 NOT NULL,
	`self_score` real,
	`self_note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`cycle_id`) REFERENCES `award_cycle`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`aspect_id`) REFERENCES `award_aspect`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `award_indicator_uid_unique` ON `award_indicator` (`uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `award_indicator_code_idx` ON `award_indicator` (`cycle_id`,`code`);--> statement-breakpoint
CREATE INDEX `award_indicator_aspect_idx` ON `award_indicator` (`aspect_id`,`position`);