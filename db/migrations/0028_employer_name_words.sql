-- The employer quick search by name in the grid's order, as 0025 gave the people's: one row per
-- distinct word of an employer's folded name, keyed (word, name_fold, id), so a page of "hotel"
-- sorted by name is read already in order and stops after its rows (the FTS gives its matches
-- by id: every one looked up and sorted, 155-190 ms at a million employers). Identity numbers
-- are not words of the name: a search holding digits still reads the FTS (name and NIB, NPWP,
-- NPP). The same triggers as the people's, on the employer; the words of the employers there
-- are filled here.
CREATE TABLE `employer_word` (
	`word` text NOT NULL,
	`name_fold` text NOT NULL,
	`id` integer NOT NULL,
	`record_status` text NOT NULL,
	PRIMARY KEY(`word`, `name_fold`, `id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `employer_word_inactive_idx` ON `employer_word` (`word`, `record_status`) WHERE `record_status` <> 'aktif';
--> statement-breakpoint
CREATE TABLE `employer_word_total` (
	`word` text PRIMARY KEY NOT NULL,
	`n` integer NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `employer_word` (`word`, `name_fold`, `id`, `record_status`)
  SELECT j.value, p.name_fold, p.id, p.record_status FROM employer p, json_each(name_words(p.name_fold)) j;
--> statement-breakpoint
INSERT INTO `employer_word_total` (`word`, `n`) SELECT `word`, count(*) FROM `employer_word` GROUP BY `word`;
--> statement-breakpoint
CREATE TRIGGER `employer_word_insert` AFTER INSERT ON `employer` BEGIN
  INSERT INTO employer_word (word, name_fold, id, record_status) SELECT value, new.name_fold, new.id, new.record_status FROM json_each(name_words(new.name_fold));
  INSERT INTO employer_word_total (word, n) SELECT value, 1 FROM json_each(name_words(new.name_fold)) WHERE true ON CONFLICT (word) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `employer_word_delete` AFTER DELETE ON `employer` BEGIN
  DELETE FROM employer_word WHERE word IN (SELECT value FROM json_each(name_words(old.name_fold))) AND name_fold = old.name_fold AND id = old.id;
  UPDATE employer_word_total SET n = n - 1 WHERE word IN (SELECT value FROM json_each(name_words(old.name_fold)));
END;
--> statement-breakpoint
CREATE TRIGGER `employer_word_rename` AFTER UPDATE OF `name_fold` ON `employer` WHEN old.name_fold IS NOT new.name_fold BEGIN
  DELETE FROM employer_word WHERE word IN (SELECT value FROM json_each(name_words(old.name_fold))) AND name_fold = old.name_fold AND id = old.id;
  UPDATE employer_word_total SET n = n - 1 WHERE word IN (SELECT value FROM json_each(name_words(old.name_fold)));
  INSERT INTO employer_word (word, name_fold, id, record_status) SELECT value, new.name_fold, new.id, new.record_status FROM json_each(name_words(new.name_fold));
  INSERT INTO employer_word_total (word, n) SELECT value, 1 FROM json_each(name_words(new.name_fold)) WHERE true ON CONFLICT (word) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `employer_word_status` AFTER UPDATE OF `record_status` ON `employer` WHEN old.name_fold IS new.name_fold AND old.record_status IS NOT new.record_status BEGIN
  UPDATE employer_word SET record_status = new.record_status WHERE word IN (SELECT value FROM json_each(name_words(new.name_fold))) AND name_fold = new.name_fold AND id = new.id;
END;
