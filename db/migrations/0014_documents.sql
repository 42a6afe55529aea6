CREATE TABLE `document` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`sha256` text NOT NULL,
	`size` integer NOT NULL,
	`mime` text NOT NULL,
	`original_name` text NOT NULL,
	`pages` integer NOT NULL,
	`text_status` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`verified_at` text,
	`verify_status` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_uid_unique` ON `document` (`uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `document_sha256_unique` ON `document` (`sha256`);--> statement-breakpoint
CREATE TABLE `document_link` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`document_id` integer NOT NULL,
	`entity` text NOT NULL,
	`entity_uid` text NOT NULL,
	`name` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `document`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_link_uid_unique` ON `document_link` (`uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `document_link_record_idx` ON `document_link` (`entity`,`entity_uid`,`document_id`);--> statement-breakpoint
CREATE INDEX `document_link_document_idx` ON `document_link` (`document_id`);--> statement-breakpoint
CREATE TABLE `document_page` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`page` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `document`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_page_idx` ON `document_page` (`document_id`,`page`);--> statement-breakpoint
-- Hand-written: full-text search over the pages of documents (FTS5, Indonesian text: accent- and
-- case-insensitive). External content (document_page), so snippet() can quote around a hit;
-- rowid = document_page.id; kept in sync by triggers (pages are written and removed, never edited).
CREATE VIRTUAL TABLE `document_page_fts` USING fts5(text, content='document_page', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `document_page_fts_insert` AFTER INSERT ON `document_page` BEGIN
  INSERT INTO document_page_fts (rowid, text) VALUES (new.id, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `document_page_fts_delete` AFTER DELETE ON `document_page` BEGIN
  INSERT INTO document_page_fts (document_page_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
