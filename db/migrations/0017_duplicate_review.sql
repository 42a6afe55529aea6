CREATE TABLE `duplicate_candidate` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_a_id` integer NOT NULL,
	`person_b_id` integer NOT NULL,
	`kind` text NOT NULL,
	`score` real NOT NULL,
	`evidence` text NOT NULL,
	`found_at` text NOT NULL,
	`state` text DEFAULT 'open' NOT NULL,
	`decided_at` text,
	`decided_by` text,
	FOREIGN KEY (`person_a_id`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_b_id`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "duplicate_candidate_order" CHECK("duplicate_candidate"."person_a_id" < "duplicate_candidate"."person_b_id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `duplicate_candidate_pair_idx` ON `duplicate_candidate` (`person_a_id`,`person_b_id`);--> statement-breakpoint
CREATE INDEX `duplicate_candidate_state_idx` ON `duplicate_candidate` (`state`,`kind`,`score`);--> statement-breakpoint
CREATE TABLE `duplicate_decision` (
	`person_a_uid` text NOT NULL,
	`person_b_uid` text NOT NULL,
	`decided_at` text NOT NULL,
	`decided_by` text NOT NULL,
	PRIMARY KEY(`person_a_uid`, `person_b_uid`),
	CONSTRAINT "duplicate_decision_order" CHECK("duplicate_decision"."person_a_uid" < "duplicate_decision"."person_b_uid")
);
--> statement-breakpoint
CREATE TABLE `person_merge` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uid` text NOT NULL,
	`candidate_id` integer,
	`kept_person_id` integer NOT NULL,
	`merged_person_id` integer NOT NULL,
	`before` text NOT NULL,
	`after` text NOT NULL,
	`moved_period_ids` text NOT NULL,
	`merged_at` text NOT NULL,
	`merged_by` text NOT NULL,
	`undone_at` text,
	`undone_by` text,
	FOREIGN KEY (`candidate_id`) REFERENCES `duplicate_candidate`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`kept_person_id`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`merged_person_id`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `person_merge_uid_unique` ON `person_merge` (`uid`);--> statement-breakpoint
CREATE INDEX `person_merge_kept_idx` ON `person_merge` (`kept_person_id`);--> statement-breakpoint
CREATE INDEX `person_merge_merged_idx` ON `person_merge` (`merged_person_id`);