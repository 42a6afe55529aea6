CREATE TABLE `person` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`nik` text NOT NULL,
	`name` text NOT NULL,
	`name_fold` text NOT NULL,
	`sex` text,
	`birth_date` text,
	`sex_typed` text,
	`birth_date_typed` text,
	`identity_mismatch` integer DEFAULT false NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`kecamatan_code` text,
	`desa_code` text,
	`phone` text DEFAULT '' NOT NULL,
	`occupation` text DEFAULT '' NOT NULL,
	`category` text,
	`kpj` text,
	`notes` text DEFAULT '' NOT NULL,
	`record_status` text DEFAULT 'aktif' NOT NULL,
	`status_reason` text DEFAULT '' NOT NULL,
	`status_date` text,
	`import_batch_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "person_nik_digits" CHECK(length("person"."nik") = 16 AND "person"."nik" NOT GLOB '*[^0-9]*')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `person_uid_unique` ON `person` (`uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `person_nik_unique` ON `person` (`nik`);--> statement-breakpoint
CREATE INDEX `person_grid_name_idx` ON `person` (`name_fold`,`id`,`record_status`,`category`,`kecamatan_code`,`desa_code`);--> statement-breakpoint
CREATE INDEX `person_grid_updated_idx` ON `person` (`updated_at`,`id`,`record_status`,`category`,`kecamatan_code`,`desa_code`);--> statement-breakpoint
CREATE INDEX `person_desa_idx` ON `person` (`desa_code`,`name_fold`);--> statement-breakpoint
CREATE INDEX `person_kecamatan_idx` ON `person` (`kecamatan_code`,`name_fold`);--> statement-breakpoint
CREATE INDEX `person_kpj_idx` ON `person` (`kpj`) WHERE "person"."kpj" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `participation_period` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`person_id` integer NOT NULL,
	`segment` text NOT NULL,
	`employer_id` integer,
	`kpj` text,
	`programmes` text DEFAULT '[]' NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`wage` integer,
	`declared_income` integer,
	`funding` text,
	`source` text DEFAULT '' NOT NULL,
	`source_date` text,
	`import_batch_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`employer_id`) REFERENCES `employer`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "period_end_after_start" CHECK("participation_period"."end_date" IS NULL OR "participation_period"."end_date" >= "participation_period"."start_date"),
	CONSTRAINT "period_amounts_non_negative" CHECK("participation_period"."wage" >= 0 AND "participation_period"."declared_income" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `participation_period_uid_unique` ON `participation_period` (`uid`);--> statement-breakpoint
CREATE INDEX `period_person_idx` ON `participation_period` (`person_id`,`start_date`,`end_date`,`segment`);--> statement-breakpoint
CREATE INDEX `period_employer_idx` ON `participation_period` (`employer_id`,`end_date`) WHERE "participation_period"."employer_id" IS NOT NULL;--> statement-breakpoint
-- Hand-written below: quick search by name (words anywhere in it, as the employer register's),
-- and the worker register's totals by record status and category, kept by triggers.
CREATE VIRTUAL TABLE `person_fts` USING fts5(name, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `person_fts_insert` AFTER INSERT ON `person` BEGIN
  INSERT INTO person_fts (rowid, name) VALUES (new.id, new.name);
END;
--> statement-breakpoint
CREATE TRIGGER `person_fts_update` AFTER UPDATE OF name ON `person` BEGIN
  DELETE FROM person_fts WHERE rowid = old.id;
  INSERT INTO person_fts (rowid, name) VALUES (new.id, new.name);
END;
--> statement-breakpoint
CREATE TRIGGER `person_fts_delete` AFTER DELETE ON `person` BEGIN
  DELETE FROM person_fts WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `person_total_insert` AFTER INSERT ON `person` BEGIN
  INSERT INTO `record_total` (`register`, `status`, `value`, `n`) VALUES ('worker', new.`record_status`, coalesce(new.`category`, ''), 1)
    ON CONFLICT (`register`, `status`, `value`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `person_total_delete` AFTER DELETE ON `person` BEGIN
  UPDATE `record_total` SET `n` = `n` - 1 WHERE `register` = 'worker' AND `status` = old.`record_status` AND `value` = coalesce(old.`category`, '');
END;
--> statement-breakpoint
CREATE TRIGGER `person_total_update` AFTER UPDATE OF `record_status`, `category` ON `person`
  WHEN old.`record_status` IS NOT new.`record_status` OR old.`category` IS NOT new.`category` BEGIN
  UPDATE `record_total` SET `n` = `n` - 1 WHERE `register` = 'worker' AND `status` = old.`record_status` AND `value` = coalesce(old.`category`, '');
  INSERT INTO `record_total` (`register`, `status`, `value`, `n`) VALUES ('worker', new.`record_status`, coalesce(new.`category`, ''), 1)
    ON CONFLICT (`register`, `status`, `value`) DO UPDATE SET `n` = `n` + 1;
END;
