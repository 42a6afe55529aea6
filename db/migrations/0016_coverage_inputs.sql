CREATE TABLE `coverage_aggregate` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`area_code` text NOT NULL,
	`segment` text,
	`category` text,
	`sector` text,
	`funding` text,
	`programme_id` integer,
	`count` integer NOT NULL,
	`as_of_date` text NOT NULL,
	`source_kind` text NOT NULL,
	`source` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`import_batch_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`programme_id`) REFERENCES `worker_programme`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "coverage_aggregate_non_negative" CHECK("coverage_aggregate"."count" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `coverage_aggregate_uid_unique` ON `coverage_aggregate` (`uid`);--> statement-breakpoint
CREATE INDEX `coverage_aggregate_area_idx` ON `coverage_aggregate` (`area_code`,`as_of_date`,`segment`);--> statement-breakpoint
CREATE TABLE `coverage_denominator` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`name` text NOT NULL,
	`value` integer NOT NULL,
	`area_code` text NOT NULL,
	`universe` text NOT NULL,
	`programme_id` integer,
	`category` text,
	`source_kind` text NOT NULL,
	`source` text NOT NULL,
	`as_of_date` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`retired_at` text,
	`import_batch_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`programme_id`) REFERENCES `worker_programme`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "coverage_denominator_positive" CHECK("coverage_denominator"."value" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `coverage_denominator_uid_unique` ON `coverage_denominator` (`uid`);--> statement-breakpoint
CREATE INDEX `coverage_denominator_area_idx` ON `coverage_denominator` (`area_code`,`universe`,`as_of_date`);--> statement-breakpoint
CREATE TABLE `coverage_target` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`year` integer NOT NULL,
	`area_code` text NOT NULL,
	`kind` text NOT NULL,
	`value` real NOT NULL,
	`denominator_id` integer,
	`segment` text,
	`category` text,
	`programme_id` integer,
	`source` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`denominator_id`) REFERENCES `coverage_denominator`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`programme_id`) REFERENCES `worker_programme`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "coverage_target_value" CHECK("coverage_target"."value" >= 0 AND ("coverage_target"."kind" = 'orang' OR "coverage_target"."value" <= 100))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `coverage_target_uid_unique` ON `coverage_target` (`uid`);--> statement-breakpoint
CREATE INDEX `coverage_target_year_idx` ON `coverage_target` (`year`,`area_code`);