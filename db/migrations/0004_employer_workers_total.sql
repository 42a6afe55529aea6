-- Reviewed (drizzle-kit's table rebuild, edited by hand): worker counts may be unknown.
-- The employer gets `workers_total`, and every count becomes NULLable: NULL is "unknown",
-- never 0. Until now each count was NOT NULL DEFAULT 0, so a 0 cannot be told from "not
-- filled in" (an import without the columns, a form left at its defaults). The copy
-- below converts the counts of existing records:
-- * workers_total = male + female where either is above 0, else unknown: the sex split is
--   the complete one (the contract split may leave kinds of work out);
-- * a group of splits whose members are all 0 becomes unknown, member by member: by sex
--   (male, female) and by contract (PKWTT, PKWT, harian lepas, borongan). A firm with
--   workers cannot have 0 in every part of a split, so all-0 was the default, not a figure;
--   a record with no figure at all was "unknown", not "zero workers";
-- * inside a group with a figure a 0 stays 0 (it was typed beside the other figures);
-- * foreign workers: 0 stays 0 in a record with any figure above 0, else unknown.
-- The CHECKs name columns without the table (the table is renamed below): a NULL count
-- passes them (the comparison is NULL, not false), a negative count or a sex split larger
-- than the total does not.
-- The rebuild keeps ids (employer_fts rows are keyed by them), the AUTOINCREMENT counter
-- (ids of records an undone import deleted are not given out again), and recreates the
-- FTS triggers of 0002 (DROP TABLE drops the triggers on the old table). Foreign keys are
-- off around the transaction (db/migrate.ts): the DROP deletes no follow-ups or branches;
-- the PRAGMAs drizzle-kit writes here are no-ops inside it.
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_employer` (
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
	`workers_total` integer,
	`workers_male` integer,
	`workers_female` integer,
	`workers_pkwtt` integer,
	`workers_pkwt` integer,
	`workers_harian_lepas` integer,
	`workers_borongan` integer,
	`workers_foreign` integer,
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
	CONSTRAINT "employer_workers_non_negative" CHECK("workers_total" >= 0 AND "workers_male" >= 0 AND "workers_female" >= 0 AND "workers_pkwtt" >= 0 AND "workers_pkwt" >= 0 AND "workers_harian_lepas" >= 0 AND "workers_borongan" >= 0 AND "workers_foreign" >= 0),
	CONSTRAINT "employer_workers_within_total" CHECK("workers_total" >= coalesce("workers_male", 0) + coalesce("workers_female", 0))
);
--> statement-breakpoint
INSERT INTO `__new_employer`("id", "uid", "name", "name_fold", "legal_form", "nib", "npwp", "npp", "kbli_codes", "kbli_section", "business_scale", "address", "kecamatan_code", "desa_code", "office_type", "head_office_id", "start_date", "owner_name", "contact_phone", "contact_email", "workers_total", "workers_male", "workers_female", "workers_pkwtt", "workers_pkwt", "workers_harian_lepas", "workers_borongan", "workers_foreign", "wlkp_number", "wlkp_date", "bpjs_status", "bpjs_programmes", "bpjs_info_date", "notes", "record_status", "status_reason", "status_date", "import_batch_id", "created_at", "updated_at") SELECT "id", "uid", "name", "name_fold", "legal_form", "nib", "npwp", "npp", "kbli_codes", "kbli_section", "business_scale", "address", "kecamatan_code", "desa_code", "office_type", "head_office_id", "start_date", "owner_name", "contact_phone", "contact_email",
  CASE WHEN "workers_male" > 0 OR "workers_female" > 0 THEN "workers_male" + "workers_female" END,
  CASE WHEN "workers_male" > 0 OR "workers_female" > 0 THEN "workers_male" END,
  CASE WHEN "workers_male" > 0 OR "workers_female" > 0 THEN "workers_female" END,
  CASE WHEN "workers_pkwtt" + "workers_pkwt" + "workers_harian_lepas" + "workers_borongan" > 0 THEN "workers_pkwtt" END,
  CASE WHEN "workers_pkwtt" + "workers_pkwt" + "workers_harian_lepas" + "workers_borongan" > 0 THEN "workers_pkwt" END,
  CASE WHEN "workers_pkwtt" + "workers_pkwt" + "workers_harian_lepas" + "workers_borongan" > 0 THEN "workers_harian_lepas" END,
  CASE WHEN "workers_pkwtt" + "workers_pkwt" + "workers_harian_lepas" + "workers_borongan" > 0 THEN "workers_borongan" END,
  CASE WHEN max("workers_male", "workers_female", "workers_pkwtt", "workers_pkwt", "workers_harian_lepas", "workers_borongan", "workers_foreign") > 0 THEN "workers_foreign" END,
  "wlkp_number", "wlkp_date", "bpjs_status", "bpjs_programmes", "bpjs_info_date", "notes", "record_status", "status_reason", "status_date", "import_batch_id", "created_at", "updated_at" FROM `employer`;--> statement-breakpoint
DELETE FROM sqlite_sequence WHERE name = '__new_employer';--> statement-breakpoint
INSERT INTO sqlite_sequence (name, seq) SELECT '__new_employer', seq FROM sqlite_sequence WHERE name = 'employer';--> statement-breakpoint
DROP TABLE `employer`;--> statement-breakpoint
ALTER TABLE `__new_employer` RENAME TO `employer`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `employer_uid_unique` ON `employer` (`uid`);--> statement-breakpoint
CREATE INDEX `employer_desa_idx` ON `employer` (`desa_code`,`name_fold`);--> statement-breakpoint
CREATE INDEX `employer_kecamatan_idx` ON `employer` (`kecamatan_code`,`id`);--> statement-breakpoint
CREATE INDEX `employer_nib_idx` ON `employer` (`nib`);--> statement-breakpoint
CREATE INDEX `employer_npwp_idx` ON `employer` (`npwp`);--> statement-breakpoint
CREATE INDEX `employer_npp_idx` ON `employer` (`npp`);--> statement-breakpoint
CREATE INDEX `employer_head_office_idx` ON `employer` (`head_office_id`) WHERE "employer"."head_office_id" IS NOT NULL;--> statement-breakpoint
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
