-- Every foreign key gets an index leading with its column: deleting (or re-keying) a parent row
-- makes SQLite look for its children, and without one that is a scan of the child table per
-- parent row (a person's undo deleting duplicate pairs scanned every merge; an import's undo
-- scanned the identity reviews). Partial (IS NOT NULL): these columns are mostly empty, and the
-- lookup `column = ?` implies it. Only CREATE INDEX: no row changes.
CREATE INDEX `identity_review_batch_idx` ON `identity_review` (`import_batch_id`) WHERE "identity_review"."import_batch_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `coverage_aggregate_programme_idx` ON `coverage_aggregate` (`programme_id`) WHERE "coverage_aggregate"."programme_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `coverage_denominator_programme_idx` ON `coverage_denominator` (`programme_id`) WHERE "coverage_denominator"."programme_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `coverage_target_programme_idx` ON `coverage_target` (`programme_id`) WHERE "coverage_target"."programme_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `coverage_target_denominator_idx` ON `coverage_target` (`denominator_id`) WHERE "coverage_target"."denominator_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `person_merge_candidate_idx` ON `person_merge` (`candidate_id`) WHERE "person_merge"."candidate_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `award_cycle_snapshot_idx` ON `award_cycle` (`snapshot_id`) WHERE "award_cycle"."snapshot_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `award_evidence_snapshot_idx` ON `award_evidence` (`coverage_snapshot_id`) WHERE "award_evidence"."coverage_snapshot_id" IS NOT NULL;