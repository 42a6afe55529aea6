CREATE TABLE `employer` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`name` text NOT NULL,
	`name_fold` text NOT NULL,
	`legal_form` text DEFAULT '' NOT NULL,
	`nib` text,
	`npwp` text,
	`npp` text,
	`kbli_codes` text DEFAULT '[]' NOT NULL,
	`kbli_section` text,
	`business_scale` text,
	`address` text DEFAULT '' NOT NULL,
	`kecamatan_code` text,
	`desa_code` text,
	`office_type` text DEFAULT 'pusat' NOT NULL,
	`head_office_id` integer,
	`start_date` text,
	`owner_name` text DEFAULT '' NOT NULL,
	`contact_phone` text DEFAULT '' NOT NULL,
	`contact_email` text DEFAULT '' NOT NULL,
	`workers_male` integer DEFAULT 0 NOT NULL,
	`workers_female` integer DEFAULT 0 NOT NULL,
	`workers_pkwtt` integer DEFAULT 0 NOT NULL,
	`workers_pkwt` integer DEFAULT 0 NOT NULL,
	`workers_harian_lepas` integer DEFAULT 0 NOT NULL,
	`workers_borongan` integer DEFAULT 0 NOT NULL,
	`workers_foreign` integer DEFAULT 0 NOT NULL,
	`wlkp_number` text DEFAULT '' NOT NULL,
	`wlkp_date` text,
	`bpjs_status` text DEFAULT 'pwbd' NOT NULL,
	`bpjs_programmes` text DEFAULT '[]' NOT NULL,
	`bpjs_info_date` text,
	`notes` text DEFAULT '' NOT NULL,
	`record_status` text DEFAULT 'aktif' NOT NULL,
	`status_reason` text DEFAULT '' NOT NULL,
	`status_date` text,
	`import_batch_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`head_office_id`) REFERENCES `employer`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "employer_workers_non_negative" CHECK("employer"."workers_male" >= 0 AND "employer"."workers_female" >= 0 AND "employer"."workers_foreign" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `employer_uid_unique` ON `employer` (`uid`);--> statement-breakpoint
CREATE INDEX `employer_desa_idx` ON `employer` (`desa_code`,`name_fold`);--> statement-breakpoint
CREATE INDEX `employer_kecamatan_idx` ON `employer` (`kecamatan_code`,`id`);--> statement-breakpoint
CREATE INDEX `employer_nib_idx` ON `employer` (`nib`);--> statement-breakpoint
CREATE INDEX `employer_npwp_idx` ON `employer` (`npwp`);--> statement-breakpoint
CREATE INDEX `employer_npp_idx` ON `employer` (`npp`);--> statement-breakpoint
CREATE TABLE `employer_follow_up` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`employer_id` integer NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`letter_number` text DEFAULT '' NOT NULL,
	`due_date` text,
	`outcome` text DEFAULT '' NOT NULL,
	`done` integer DEFAULT false NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`employer_id`) REFERENCES `employer`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `employer_follow_up_uid_unique` ON `employer_follow_up` (`uid`);--> statement-breakpoint
CREATE INDEX `follow_up_employer_idx` ON `employer_follow_up` (`employer_id`,`date`);--> statement-breakpoint
CREATE INDEX `follow_up_due_idx` ON `employer_follow_up` (`done`,`due_date`);--> statement-breakpoint
CREATE TABLE `import_batch` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`register` text NOT NULL,
	`file_name` text NOT NULL,
	`file_hash` text NOT NULL,
	`file_bytes` integer NOT NULL,
	`sheet` text DEFAULT '' NOT NULL,
	`header_row` integer NOT NULL,
	`mapping` text NOT NULL,
	`status` text NOT NULL,
	`inserted` integer DEFAULT 0 NOT NULL,
	`updated` integer DEFAULT 0 NOT NULL,
	`unchanged` integer DEFAULT 0 NOT NULL,
	`invalid` integer DEFAULT 0 NOT NULL,
	`actor_name` text NOT NULL,
	`created_at` text NOT NULL,
	`undone_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `import_batch_uid_unique` ON `import_batch` (`uid`);--> statement-breakpoint
CREATE INDEX `import_batch_hash_idx` ON `import_batch` (`register`,`file_hash`);--> statement-breakpoint
CREATE TABLE `import_change` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`batch_id` integer NOT NULL,
	`entity_uid` text NOT NULL,
	`action` text NOT NULL,
	`before` text,
	`after_updated_at` text NOT NULL,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batch`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_change_batch_idx` ON `import_change` (`batch_id`);--> statement-breakpoint
CREATE TABLE `import_mapping` (
	`signature` text PRIMARY KEY NOT NULL,
	`register` text NOT NULL,
	`mapping` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `user_setting` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
-- Hand-written: full-text quick search over name and identity numbers (FTS5, accent- and
-- case-insensitive). Contentless with delete support; rowid = employer.id; kept in sync by triggers.
CREATE VIRTUAL TABLE `employer_fts` USING fts5(name, ids, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `employer_fts_insert` AFTER INSERT ON `employer` BEGIN
  INSERT INTO employer_fts (rowid, name, ids) VALUES (new.id, new.name, concat_ws(' ', new.nib, new.npwp, new.npp));
END;
--> statement-breakpoint
CREATE TRIGGER `employer_fts_update` AFTER UPDATE OF name, nib, npwp, npp ON `employer` BEGIN
  DELETE FROM employer_fts WHERE rowid = old.id;
  INSERT INTO employer_fts (rowid, name, ids) VALUES (new.id, new.name, concat_ws(' ', new.nib, new.npwp, new.npp));
END;
--> statement-breakpoint
CREATE TRIGGER `employer_fts_delete` AFTER DELETE ON `employer` BEGIN
  DELETE FROM employer_fts WHERE rowid = old.id;
END;
