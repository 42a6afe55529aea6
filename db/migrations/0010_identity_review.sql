CREATE TABLE `identity_review` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`person_id` integer NOT NULL,
	`nik` text NOT NULL,
	`file_name` text NOT NULL,
	`file_birth_date` text,
	`file_values` text NOT NULL,
	`file_row` integer NOT NULL,
	`state` text DEFAULT 'open' NOT NULL,
	`resolved_by` text,
	`resolved_at` text,
	`import_batch_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_batch_id`) REFERENCES `import_batch`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `identity_review_uid_unique` ON `identity_review` (`uid`);--> statement-breakpoint
CREATE INDEX `identity_review_state_idx` ON `identity_review` (`state`,`id`);--> statement-breakpoint
CREATE INDEX `identity_review_person_idx` ON `identity_review` (`person_id`);