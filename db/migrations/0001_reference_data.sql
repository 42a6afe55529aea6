CREATE TABLE `region` (
	`code` text PRIMARY KEY NOT NULL,
	`parent_code` text,
	`level` integer NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`name_fold` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `region_parent_idx` ON `region` (`parent_code`,`name`);--> statement-breakpoint
CREATE INDEX `region_name_fold_idx` ON `region` (`name_fold`);--> statement-breakpoint
CREATE TABLE `reference_source` (
	`key` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`version` text NOT NULL,
	`regulation` text DEFAULT '' NOT NULL,
	`license` text DEFAULT '' NOT NULL,
	`attribution` text DEFAULT '' NOT NULL,
	`loaded_at` text NOT NULL,
	`row_count` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `contribution_rule` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`kind` text NOT NULL,
	`programme` text,
	`risk_class` integer,
	`payer` text,
	`rate_micro` integer,
	`amount` integer,
	`tier_from` integer,
	`tier_to` integer,
	`effective_from` text NOT NULL,
	`effective_to` text,
	`source_note` text NOT NULL,
	`certainty` text NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contribution_rule_uid_unique` ON `contribution_rule` (`uid`);--> statement-breakpoint
CREATE INDEX `contribution_rule_kind_idx` ON `contribution_rule` (`kind`,`programme`,`effective_from`);--> statement-breakpoint
CREATE TABLE `lookup_item` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`list` text NOT NULL,
	`code` text NOT NULL,
	`label_id` text NOT NULL,
	`label_en` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `lookup_item_uid_unique` ON `lookup_item` (`uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `lookup_item_list_code_idx` ON `lookup_item` (`list`,`code`);--> statement-breakpoint
CREATE INDEX `lookup_item_list_idx` ON `lookup_item` (`list`,`sort_order`);--> statement-breakpoint
CREATE TABLE `kbli_entry` (
	`code` text PRIMARY KEY NOT NULL,
	`section` text NOT NULL,
	`level` text NOT NULL,
	`name_id` text NOT NULL,
	`name_en` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `kbli_entry_section_idx` ON `kbli_entry` (`section`,`code`);--> statement-breakpoint
ALTER TABLE `office_profile` ADD `level` text;--> statement-breakpoint
ALTER TABLE `office_profile` ADD `area_code` text;