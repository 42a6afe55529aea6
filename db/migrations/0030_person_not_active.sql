-- The people who are not active (died, moved away, entered in error), a few among a million:
-- the compliance list's count of every employer's PU participants is one pass over
-- period_employer_idx less these people's periods, found from here (core/employers/active-pu.ts),
-- instead of reading each period's person.
CREATE INDEX `person_not_active_idx` ON `person` (`record_status`,`status_date`) WHERE "person"."record_status" <> 'aktif';
