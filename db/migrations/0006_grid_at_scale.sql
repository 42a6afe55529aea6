CREATE TABLE `record_total` (
	`register` text NOT NULL,
	`status` text NOT NULL,
	`value` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`register`, `status`, `value`)
);
--> statement-breakpoint
CREATE INDEX `employer_grid_name_idx` ON `employer` (`name_fold`,`id`,`record_status`,`bpjs_status`,`kecamatan_code`,`desa_code`,`workers_total`);--> statement-breakpoint
CREATE INDEX `employer_grid_updated_idx` ON `employer` (`updated_at`,`id`,`record_status`,`bpjs_status`,`kecamatan_code`,`desa_code`,`workers_total`);
--> statement-breakpoint
-- Hand-written below: the employer register's totals, filled once and kept by triggers.
INSERT INTO `record_total` (`register`, `status`, `value`, `n`)
  SELECT 'employer', `record_status`, `bpjs_status`, count(*) FROM `employer` GROUP BY `record_status`, `bpjs_status`;
--> statement-breakpoint
CREATE TRIGGER `employer_total_insert` AFTER INSERT ON `employer` BEGIN
  INSERT INTO `record_total` (`register`, `status`, `value`, `n`) VALUES ('employer', new.`record_status`, new.`bpjs_status`, 1)
    ON CONFLICT (`register`, `status`, `value`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `employer_total_delete` AFTER DELETE ON `employer` BEGIN
  UPDATE `record_total` SET `n` = `n` - 1 WHERE `register` = 'employer' AND `status` = old.`record_status` AND `value` = old.`bpjs_status`;
END;
--> statement-breakpoint
CREATE TRIGGER `employer_total_update` AFTER UPDATE OF `record_status`, `bpjs_status` ON `employer`
  WHEN old.`record_status` IS NOT new.`record_status` OR old.`bpjs_status` IS NOT new.`bpjs_status` BEGIN
  UPDATE `record_total` SET `n` = `n` - 1 WHERE `register` = 'employer' AND `status` = old.`record_status` AND `value` = old.`bpjs_status`;
  INSERT INTO `record_total` (`register`, `status`, `value`, `n`) VALUES ('employer', new.`record_status`, new.`bpjs_status`, 1)
    ON CONFLICT (`register`, `status`, `value`) DO UPDATE SET `n` = `n` + 1;
END;
