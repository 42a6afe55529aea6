DROP INDEX `person_grid_name_idx`;--> statement-breakpoint
DROP INDEX `person_nik_status_idx`;--> statement-breakpoint
CREATE INDEX `person_grid_name_idx` ON `person` (`name_fold`,`id`,`record_status`,`category`,`kecamatan_code`,`desa_code`,`nik`);--> statement-breakpoint
CREATE INDEX `person_nik_status_idx` ON `person` (`nik`,`record_status`,`name_fold`);