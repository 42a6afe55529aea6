CREATE TABLE `worker_programme` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`name` text NOT NULL,
	`year` integer NOT NULL,
	`funding` text NOT NULL,
	`package` text DEFAULT '["JKK","JKM"]' NOT NULL,
	`declared_income` integer,
	`monthly_contribution` integer NOT NULL,
	`contribution_basis` text NOT NULL,
	`budget` integer DEFAULT 0 NOT NULL,
	`legal_basis` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'aktif' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "worker_programme_amounts_non_negative" CHECK("worker_programme"."budget" >= 0 AND "worker_programme"."monthly_contribution" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `worker_programme_uid_unique` ON `worker_programme` (`uid`);--> statement-breakpoint
CREATE UNIQUE INDEX `worker_programme_name_year_idx` ON `worker_programme` (`name`,`year`);--> statement-breakpoint
CREATE TABLE `worker_programme_target` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`programme_id` integer NOT NULL,
	`category` text NOT NULL,
	`target` integer NOT NULL,
	FOREIGN KEY (`programme_id`) REFERENCES `worker_programme`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "worker_programme_target_non_negative" CHECK("worker_programme_target"."target" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `worker_programme_target_idx` ON `worker_programme_target` (`programme_id`,`category`);--> statement-breakpoint
CREATE INDEX `worker_programme_target_category_idx` ON `worker_programme_target` (`category`);--> statement-breakpoint
ALTER TABLE `participation_period` ADD `programme_id` integer REFERENCES worker_programme(id);--> statement-breakpoint
CREATE INDEX `period_programme_idx` ON `participation_period` (`programme_id`,`person_id`,`start_date`,`end_date`) WHERE "participation_period"."programme_id" IS NOT NULL;