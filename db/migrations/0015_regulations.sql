CREATE TABLE `regulation` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`jenis` text NOT NULL,
	`singkatan_jenis` text DEFAULT '' NOT NULL,
	`nomor` text DEFAULT '' NOT NULL,
	`tahun` integer,
	`judul` text NOT NULL,
	`title_fold` text NOT NULL,
	`teu_badan` text DEFAULT '' NOT NULL,
	`tempat_penetapan` text DEFAULT '' NOT NULL,
	`tanggal_penetapan` text,
	`tanggal_pengundangan` text,
	`sumber` text DEFAULT '' NOT NULL,
	`subjek` text DEFAULT '' NOT NULL,
	`bidang_hukum` text DEFAULT '' NOT NULL,
	`bahasa` text DEFAULT 'Indonesia' NOT NULL,
	`lokasi` text DEFAULT '' NOT NULL,
	`abstrak` text DEFAULT '' NOT NULL,
	`penandatangan` text DEFAULT '' NOT NULL,
	`pemrakarsa` text DEFAULT '' NOT NULL,
	`area_code` text,
	`effective_date` text,
	`jdihn_id` text,
	`url_download` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`record_status` text DEFAULT 'aktif' NOT NULL,
	`status_reason` text DEFAULT '' NOT NULL,
	`status_date` text,
	`import_batch_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "regulation_tahun_range" CHECK("regulation"."tahun" IS NULL OR "regulation"."tahun" BETWEEN 1945 AND 2100)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `regulation_uid_unique` ON `regulation` (`uid`);--> statement-breakpoint
CREATE INDEX `regulation_grid_title_idx` ON `regulation` (`title_fold`,`id`,`record_status`,`jenis`);--> statement-breakpoint
CREATE INDEX `regulation_grid_updated_idx` ON `regulation` (`updated_at`,`id`,`record_status`,`jenis`);--> statement-breakpoint
CREATE INDEX `regulation_number_idx` ON `regulation` (`jenis`,`tahun`,`nomor`);--> statement-breakpoint
CREATE INDEX `regulation_jdihn_idx` ON `regulation` (`jdihn_id`) WHERE "regulation"."jdihn_id" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `regulation_commitment` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`regulation_id` integer NOT NULL,
	`kind` text NOT NULL,
	`year` integer,
	`target_count` integer,
	`target_percent` real,
	`amount` integer,
	`category` text,
	`funding_source` text,
	`description` text DEFAULT '' NOT NULL,
	`due_date` text,
	`done_date` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`regulation_id`) REFERENCES `regulation`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "commitment_amounts_non_negative" CHECK(coalesce("regulation_commitment"."target_count", 0) >= 0 AND coalesce("regulation_commitment"."amount", 0) >= 0 AND coalesce("regulation_commitment"."target_percent", 0) BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `regulation_commitment_uid_unique` ON `regulation_commitment` (`uid`);--> statement-breakpoint
CREATE INDEX `commitment_regulation_idx` ON `regulation_commitment` (`regulation_id`,`kind`);--> statement-breakpoint
CREATE INDEX `commitment_due_idx` ON `regulation_commitment` (`due_date`) WHERE "regulation_commitment"."due_date" IS NOT NULL AND "regulation_commitment"."done_date" IS NULL;--> statement-breakpoint
CREATE TABLE `regulation_relation` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`from_id` integer NOT NULL,
	`to_id` integer NOT NULL,
	`kind` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`from_id`) REFERENCES `regulation`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_id`) REFERENCES `regulation`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "relation_not_self" CHECK("regulation_relation"."from_id" <> "regulation_relation"."to_id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `regulation_relation_uid_unique` ON `regulation_relation` (`uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `relation_pair_idx` ON `regulation_relation` (`from_id`,`to_id`);--> statement-breakpoint
CREATE INDEX `relation_to_idx` ON `regulation_relation` (`to_id`,`kind`);--> statement-breakpoint
-- Hand-written below: full-text search over the regulation's metadata (Indonesian words, case
-- and accents folded), and the register's totals by record status and jenis, both kept by
-- triggers in the transaction of every write. The documents' text has its own table.
CREATE VIRTUAL TABLE `regulation_fts` USING fts5(judul, nomor, jenis, subjek, abstrak, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `regulation_fts_insert` AFTER INSERT ON `regulation` BEGIN
  INSERT INTO regulation_fts (rowid, judul, nomor, jenis, subjek, abstrak)
    VALUES (new.id, new.judul, concat_ws(' ', new.nomor, new.tahun), concat_ws(' ', new.jenis, new.singkatan_jenis), new.subjek, new.abstrak);
END;
--> statement-breakpoint
CREATE TRIGGER `regulation_fts_update` AFTER UPDATE OF judul, nomor, tahun, jenis, singkatan_jenis, subjek, abstrak ON `regulation` BEGIN
  DELETE FROM regulation_fts WHERE rowid = old.id;
  INSERT INTO regulation_fts (rowid, judul, nomor, jenis, subjek, abstrak)
    VALUES (new.id, new.judul, concat_ws(' ', new.nomor, new.tahun), concat_ws(' ', new.jenis, new.singkatan_jenis), new.subjek, new.abstrak);
END;
--> statement-breakpoint
CREATE TRIGGER `regulation_fts_delete` AFTER DELETE ON `regulation` BEGIN
  DELETE FROM regulation_fts WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `regulation_total_insert` AFTER INSERT ON `regulation` BEGIN
  INSERT INTO `record_total` (`register`, `status`, `value`, `n`) VALUES ('regulation', new.`record_status`, new.`jenis`, 1)
    ON CONFLICT (`register`, `status`, `value`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `regulation_total_delete` AFTER DELETE ON `regulation` BEGIN
  UPDATE `record_total` SET `n` = `n` - 1 WHERE `register` = 'regulation' AND `status` = old.`record_status` AND `value` = old.`jenis`;
END;
--> statement-breakpoint
CREATE TRIGGER `regulation_total_update` AFTER UPDATE OF `record_status`, `jenis` ON `regulation`
  WHEN old.`record_status` IS NOT new.`record_status` OR old.`jenis` IS NOT new.`jenis` BEGIN
  UPDATE `record_total` SET `n` = `n` - 1 WHERE `register` = 'regulation' AND `status` = old.`record_status` AND `value` = old.`jenis`;
  INSERT INTO `record_total` (`register`, `status`, `value`, `n`) VALUES ('regulation', new.`record_status`, new.`jenis`, 1)
    ON CONFLICT (`register`, `status`, `value`) DO UPDATE SET `n` = `n` + 1;
END;
