-- The quick search by name in the grid's order: one row per distinct word of a person's folded
-- name, keyed (word, name_fold, id), so the people with a word are read already sorted by name
-- and a page stops after its rows (the FTS gives them by id: every match looked up and sorted,
-- 300-800 ms for "made" at a million). record_status rides along for the screen's active view;
-- the people not active have an index of their own (few), and the totals per word keep the
-- count of a one-word search without reading it. Words: name_words() (db/name-words.ts).
CREATE TABLE `person_word` (
	`word` text NOT NULL,
	`name_fold` text NOT NULL,
	`id` integer NOT NULL,
	`record_status` text NOT NULL,
	PRIMARY KEY(`word`, `name_fold`, `id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `person_word_inactive_idx` ON `person_word` (`word`, `record_status`) WHERE `record_status` <> 'aktif';
--> statement-breakpoint
CREATE TABLE `person_word_total` (
	`word` text PRIMARY KEY NOT NULL,
	`n` integer NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `person_word` (`word`, `name_fold`, `id`, `record_status`)
  SELECT j.value, p.name_fold, p.id, p.record_status FROM person p, json_each(name_words(p.name_fold)) j;
--> statement-breakpoint
INSERT INTO `person_word_total` (`word`, `n`) SELECT `word`, count(*) FROM `person_word` GROUP BY `word`;
--> statement-breakpoint
CREATE TRIGGER `person_word_insert` AFTER INSERT ON `person` BEGIN
  INSERT INTO person_word (word, name_fold, id, record_status) SELECT value, new.name_fold, new.id, new.record_status FROM json_each(name_words(new.name_fold));
  INSERT INTO person_word_total (word, n) SELECT value, 1 FROM json_each(name_words(new.name_fold)) WHERE true ON CONFLICT (word) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `person_word_delete` AFTER DELETE ON `person` BEGIN
  DELETE FROM person_word WHERE word IN (SELECT value FROM json_each(name_words(old.name_fold))) AND name_fold = old.name_fold AND id = old.id;
  UPDATE person_word_total SET n = n - 1 WHERE word IN (SELECT value FROM json_each(name_words(old.name_fold)));
END;
--> statement-breakpoint
CREATE TRIGGER `person_word_rename` AFTER UPDATE OF `name_fold` ON `person` WHEN old.name_fold IS NOT new.name_fold BEGIN
  DELETE FROM person_word WHERE word IN (SELECT value FROM json_each(name_words(old.name_fold))) AND name_fold = old.name_fold AND id = old.id;
  UPDATE person_word_total SET n = n - 1 WHERE word IN (SELECT value FROM json_each(name_words(old.name_fold)));
  INSERT INTO person_word (word, name_fold, id, record_status) SELECT value, new.name_fold, new.id, new.record_status FROM json_each(name_words(new.name_fold));
  INSERT INTO person_word_total (word, n) SELECT value, 1 FROM json_each(name_words(new.name_fold)) WHERE true ON CONFLICT (word) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `person_word_status` AFTER UPDATE OF `record_status` ON `person` WHEN old.name_fold IS new.name_fold AND old.record_status IS NOT new.record_status BEGIN
  UPDATE person_word SET record_status = new.record_status WHERE word IN (SELECT value FROM json_each(name_words(new.name_fold))) AND name_fold = new.name_fold AND id = new.id;
END;
