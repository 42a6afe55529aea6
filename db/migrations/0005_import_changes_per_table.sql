PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_import_change` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`batch_id` integer NOT NULL,
	`entity` text NOT NULL,
	`table_name` text NOT NULL,
	`row_id` integer NOT NULL,
	`action` text NOT NULL,
	`changes` text,
	`entity_uid` text,
	`before` text,
	`after_updated_at` text,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batch`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- Hand-written: every earlier change was an employer import's. Its row id comes from its uid
-- (0 where the record is gone: nothing left to reverse); an update's changes are its whole
-- snapshot, each field [before, null], so undo restores every field as it did before.
INSERT INTO `__new_import_change`("id", "batch_id", "entity", "table_name", "row_id", "action", "changes", "entity_uid", "before", "after_updated_at")
SELECT c."id", c."batch_id", 'employer', 'employer', coalesce(e."id", 0), c."action",
  CASE WHEN c."action" = 'update' AND c."before" IS NOT NULL THEN (SELECT json_group_object(j."key", json_array(j."value", NULL)) FROM json_each(c."before") AS j) END,
  c."entity_uid", c."before", c."after_updated_at"
FROM `import_change` AS c LEFT JOIN `employer` AS e ON e."uid" = c."entity_uid";--> statement-breakpoint
DROP TABLE `import_change`;--> statement-breakpoint
ALTER TABLE `__new_import_change` RENAME TO `import_change`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `import_change_batch_idx` ON `import_change` (`batch_id`);--> statement-breakpoint
CREATE INDEX `import_change_row_idx` ON `import_change` (`table_name`,`row_id`);--> statement-breakpoint
ALTER TABLE `audit_log` ADD `entity_label` text;--> statement-breakpoint
ALTER TABLE `import_batch` ADD `kind` text DEFAULT 'import' NOT NULL;--> statement-breakpoint
ALTER TABLE `import_batch` ADD `note` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `import_batch` ADD `kept` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `import_mapping` ADD `value_map` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
-- The change log's search: the words each entry shows, indexed (a LIKE over millions of rows
-- scanned them all). New rows get their words when written (core/audit/write.ts); rows before
-- this version get their codes, actor and record name.
CREATE VIRTUAL TABLE `audit_fts` USING fts5(words, content='', tokenize='unicode61 remove_diacritics 2');--> statement-breakpoint
-- (The log is append-only: earlier rows keep a NULL label; their name is in their JSON.)
INSERT INTO `audit_fts` (rowid, words) SELECT `id`, concat_ws(' ', `actor_name`, `action`, `entity`, json_extract(coalesce(`after`, `before`), '$.name'), replace(`changed_fields`, ',', ' ')) FROM `audit_log`;
