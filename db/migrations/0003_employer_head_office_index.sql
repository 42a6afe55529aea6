-- Reviewed: one partial index on employer(head_office_id) for the foreign key's child lookups
-- (deleting an employer, an import's undo, scanned the whole register per row without it).
CREATE INDEX `employer_head_office_idx` ON `employer` (`head_office_id`) WHERE "employer"."head_office_id" IS NOT NULL;