ALTER TABLE `audit_log` ADD `hash` text;--> statement-breakpoint
-- Hand-written: the rows written before the chain existed are chained once, in id order, in this
-- migration's transaction (before any new write). audit_hash is the app's SQL function
-- (db/audit-hash.ts, registered on every connection by db/open.ts). The append-only trigger is
-- set aside only for this fill and put back as it was before the transaction commits.
DROP TRIGGER `audit_log_no_update`;--> statement-breakpoint
CREATE TEMP TABLE `audit_chain_fill` (`id` integer PRIMARY KEY, `hash` text NOT NULL);--> statement-breakpoint
WITH RECURSIVE `chain` (`id`, `hash`) AS (
  SELECT a.`id`, audit_hash(NULL, a.`id`, a.`uid`, a.`at`, a.`actor_id`, a.`actor_name`, a.`action`, a.`entity`, a.`entity_uid`, a.`entity_label`, a.`changed_fields`, a.`before`, a.`after`)
    FROM `audit_log` a WHERE a.`id` = (SELECT min(`id`) FROM `audit_log`)
  UNION ALL
  SELECT a.`id`, audit_hash(c.`hash`, a.`id`, a.`uid`, a.`at`, a.`actor_id`, a.`actor_name`, a.`action`, a.`entity`, a.`entity_uid`, a.`entity_label`, a.`changed_fields`, a.`before`, a.`after`)
    FROM `chain` c JOIN `audit_log` a ON a.`id` = (SELECT min(`id`) FROM `audit_log` WHERE `id` > c.`id`)
)
INSERT INTO temp.`audit_chain_fill` (`id`, `hash`) SELECT `id`, `hash` FROM `chain`;--> statement-breakpoint
UPDATE `audit_log` SET `hash` = f.`hash` FROM temp.`audit_chain_fill` f WHERE f.`id` = `audit_log`.`id`;--> statement-breakpoint
DROP TABLE temp.`audit_chain_fill`;--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--> statement-breakpoint
-- Every row the app writes carries its hash (core/audit/write.ts): a row without one is refused.
CREATE TRIGGER `audit_log_hash_required` BEFORE INSERT ON `audit_log` WHEN NEW.`hash` IS NULL
BEGIN SELECT RAISE(ABORT, 'audit_log rows are chained: hash is required'); END;
