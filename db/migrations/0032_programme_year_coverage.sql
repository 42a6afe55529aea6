-- Reviewed (written by hand: drizzle-kit does not keep triggers). A vulnerable-worker programme
-- pays its own year: coverage by programme now counts a period naming it only within that year
-- (core/coverage/maintain.ts; walk 38: on 31 Dec 2025 the 2026 programmes held 70 people whose
-- periods began years before, in the 2025 award package). A programme's year changed marks its
-- people for a recount, and everyone with a programme is recounted once now (the queue the
-- coverage keeper works through after start-up, as migration 0020 filled it).
CREATE TRIGGER `coverage_programme_year` AFTER UPDATE OF `year` ON `worker_programme`
  WHEN old.`year` IS NOT new.`year` BEGIN
  INSERT OR IGNORE INTO `coverage_dirty` (`person_id`) SELECT `person_id` FROM `participation_period` WHERE `programme_id` = new.`id`;
END;
--> statement-breakpoint
INSERT OR IGNORE INTO `coverage_dirty` (`person_id`) SELECT DISTINCT `person_id` FROM `participation_period` WHERE `programme_id` IS NOT NULL;
