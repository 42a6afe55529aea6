CREATE TABLE `coverage_dirty` (
	`person_id` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE `coverage_key` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`area_key` text NOT NULL,
	`category` text NOT NULL,
	`dim` text NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `coverage_key_cell_idx` ON `coverage_key` (`area_key`,`category`,`dim`,`value`);--> statement-breakpoint
CREATE TABLE `coverage_snapshot` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`month` text NOT NULL,
	`at` text NOT NULL,
	`area_code` text NOT NULL,
	`area_name` text NOT NULL,
	`frozen_at` text NOT NULL,
	`frozen_by` text NOT NULL,
	`targets` text DEFAULT '[]' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `coverage_snapshot_uid_unique` ON `coverage_snapshot` (`uid`);--> statement-breakpoint
CREATE INDEX `coverage_snapshot_month_idx` ON `coverage_snapshot` (`area_code`,`month`);--> statement-breakpoint
CREATE TABLE `coverage_snapshot_figure` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`snapshot_id` integer NOT NULL,
	`key` text NOT NULL,
	`dimension` text NOT NULL,
	`value` text,
	`label` text NOT NULL,
	`numerator` integer NOT NULL,
	`numerator_source` text NOT NULL,
	`aggregates` text DEFAULT '[]' NOT NULL,
	`denominator_uid` text,
	`denominator_name` text,
	`denominator_value` integer,
	`denominator_universe` text,
	`denominator_source_kind` text,
	`denominator_source` text,
	`denominator_as_of` text,
	`percent` real,
	`data_date` text NOT NULL,
	`people` text,
	FOREIGN KEY (`snapshot_id`) REFERENCES `coverage_snapshot`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `coverage_snapshot_figure_idx` ON `coverage_snapshot_figure` (`snapshot_id`,`dimension`);--> statement-breakpoint
CREATE TABLE `coverage_span` (
	`person_id` integer NOT NULL,
	`key_id` integer NOT NULL,
	`start_day` text NOT NULL,
	`end_day` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `coverage_span_person_idx` ON `coverage_span` (`person_id`);--> statement-breakpoint
CREATE TABLE `coverage_step` (
	`key_id` integer NOT NULL,
	`day` text NOT NULL,
	`delta` integer NOT NULL,
	`level` integer NOT NULL,
	PRIMARY KEY(`key_id`, `day`)
);
--> statement-breakpoint
-- ---- Hand-written (wp-covengine): the triggers that keep coverage current. Any write to the
-- ---- periods, a person's domicile/category/status or an employer's KBLI section puts the people
-- ---- it touches in coverage_dirty (one index insert a row); core/coverage/maintain.ts brings
-- ---- their spans and steps up to date before counting. Existing people are marked once here.
CREATE TRIGGER `coverage_period_insert` AFTER INSERT ON `participation_period` BEGIN
  INSERT OR IGNORE INTO `coverage_dirty` (`person_id`) VALUES (new.`person_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `coverage_period_update` AFTER UPDATE OF `person_id`, `segment`, `employer_id`, `start_date`, `end_date`, `funding`, `programme_id` ON `participation_period`
  WHEN old.`person_id` IS NOT new.`person_id` OR old.`segment` IS NOT new.`segment` OR old.`employer_id` IS NOT new.`employer_id` OR old.`start_date` IS NOT new.`start_date`
    OR old.`end_date` IS NOT new.`end_date` OR old.`funding` IS NOT new.`funding` OR old.`programme_id` IS NOT new.`programme_id` BEGIN
  INSERT OR IGNORE INTO `coverage_dirty` (`person_id`) VALUES (old.`person_id`), (new.`person_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `coverage_period_delete` AFTER DELETE ON `participation_period` BEGIN
  INSERT OR IGNORE INTO `coverage_dirty` (`person_id`) VALUES (old.`person_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `coverage_person_update` AFTER UPDATE OF `kecamatan_code`, `desa_code`, `category`, `record_status`, `status_date` ON `person`
  WHEN old.`kecamatan_code` IS NOT new.`kecamatan_code` OR old.`desa_code` IS NOT new.`desa_code` OR old.`category` IS NOT new.`category`
    OR old.`record_status` IS NOT new.`record_status` OR old.`status_date` IS NOT new.`status_date` BEGIN
  INSERT OR IGNORE INTO `coverage_dirty` (`person_id`) VALUES (new.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `coverage_employer_sector` AFTER UPDATE OF `kbli_section` ON `employer`
  WHEN old.`kbli_section` IS NOT new.`kbli_section` BEGIN
  INSERT OR IGNORE INTO `coverage_dirty` (`person_id`) SELECT `person_id` FROM `participation_period` WHERE `employer_id` = new.`id` AND `segment` = 'PU';
END;
--> statement-breakpoint
INSERT OR IGNORE INTO `coverage_dirty` (`person_id`) SELECT DISTINCT `person_id` FROM `participation_period`;
