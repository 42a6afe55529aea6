DROP INDEX `person_grid_name_idx`;--> statement-breakpoint
CREATE INDEX `person_grid_name_idx` ON `person` (`name_fold`,`id`,`record_status`,`category`,`kecamatan_code`,`desa_code`,`nik`);