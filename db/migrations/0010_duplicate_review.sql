PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_duplicate_candidate` (
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
	CONSTRAINT "duplicate_candidate_order" CHECK("__new_duplicate_candidate"."person_a_id" < "__new_duplicate_candidate"."person_b_id")
);
--> statement-breakpoint
INSERT INTO `__new_duplicate_candidate`("id", "person_a_id", "person_b_id", "kind", "score", "evidence", "found_at", "state", "decided_at", "decided_by") SELECT "id", "person_a_id", "person_b_id", "kind", "score", "evidence", "found_at", "state", "decided_at", "decided_by" FROM `duplicate_candidate`;--> statement-breakpoint
DROP TABLE `duplicate_candidate`;--> statement-breakpoint
ALTER TABLE `__new_duplicate_candidate` RENAME TO `duplicate_candidate`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `duplicate_candidate_pair_idx` ON `duplicate_candidate` (`person_a_id`,`person_b_id`);--> statement-breakpoint
CREATE INDEX `duplicate_candidate_state_idx` ON `duplicate_candidate` (`state`,`kind`,`score`);--> statement-breakpoint
CREATE TABLE `__new_person_merge` (
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
INSERT INTO `__new_person_merge`("id", "uid", "candidate_id", "kept_person_id", "merged_person_id", "before", "after", "moved_period_ids", "merged_at", "merged_by", "undone_at", "undone_by") SELECT "id", "uid", "candidate_id", "kept_person_id", "merged_person_id", "before", "after", "moved_period_ids", "merged_at", "merged_by", "undone_at", "undone_by" FROM `person_merge`;--> statement-breakpoint
DROP TABLE `person_merge`;--> statement-breakpoint
ALTER TABLE `__new_person_merge` RENAME TO `person_merge`;--> statement-breakpoint
CREATE UNIQUE INDEX `person_merge_uid_unique` ON `person_merge` (`uid`);--> statement-breakpoint
CREATE INDEX `person_merge_kept_idx` ON `person_merge` (`kept_person_id`);--> statement-breakpoint
CREATE INDEX `person_merge_merged_idx` ON `person_merge` (`merged_person_id`);