CREATE TABLE `export_record_set` (
	`audit_id` integer PRIMARY KEY NOT NULL,
	`count` integer NOT NULL,
	`min_id` integer,
	`max_id` integer,
	`ids` blob NOT NULL,
	FOREIGN KEY (`audit_id`) REFERENCES `audit_log`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `office_profile` ADD `hide_nik_by_default` integer DEFAULT true NOT NULL;--> statement-breakpoint
-- Hand-written: an export's record set belongs to its audit row and is append-only like it.
CREATE TRIGGER `export_record_set_no_update` BEFORE UPDATE ON `export_record_set`
BEGIN SELECT RAISE(ABORT, 'export_record_set is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `export_record_set_no_delete` BEFORE DELETE ON `export_record_set`
BEGIN SELECT RAISE(ABORT, 'export_record_set is append-only'); END;
