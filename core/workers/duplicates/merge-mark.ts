import type { Sqlite } from '../../../db/open.ts';
import { stmt } from '../../../db/statements.ts';
import { maskNik, maskNikSql } from '../../exports/mask-nik.ts';
import { msg, render } from '../../messages.ts';

// How a merge marks the record it merged away: 'salah_input' with the reason "digabung ke <NIK>"
// and a person_merge row in force. The reason names the kept NIK masked: it stays in the audit
// log after an undo, when the two are most often two people. Where the record points now is read
// from person_merge (in force, not undone), never from the reason.

/** The reason a merge writes on the record it merged away. */
export const mergeReason = (keptNik: string) => render(msg('duplicates.mergeReason', { nik: maskNik(keptNik) }), 'id');

/** A reason older versions wrote ("digabung ke 5103061203850001"): shown with the NIK masked. */
const oldMergeReason = /^(digabung ke )(\d{16})$/;
export const shownStatusReason = (reason: string) => reason.replace(oldMergeReason, (_all, said: string, nik: string) => `${said}${maskNik(nik)}`);

/** The person aliased `who` was merged away and the merge is in force (an SQL expression). */
export const mergedAwaySql = (who: string) =>
  `(${who}.record_status = 'salah_input' AND EXISTS (SELECT 1 FROM person_merge mm WHERE mm.merged_person_id = ${who}.id AND mm.undone_at IS NULL))`;

/** The kept person's NIK, masked, for a person aliased `w` merged away (NULL otherwise). */
export const mergedIntoNikSql = `CASE WHEN w.record_status = 'salah_input' THEN (SELECT ${maskNikSql('k.nik')} FROM person_merge mm JOIN person k ON k.id = mm.kept_person_id
  WHERE mm.merged_person_id = w.id AND mm.undone_at IS NULL ORDER BY mm.id DESC LIMIT 1) END`;

/** The kept person a record merged away points at (its NIK masked), while the merge is in force. */
export function mergedInto(sqlite: Sqlite, person: { id: number; recordStatus: string }): { uid: string; nik: string } | null {
  if (person.recordStatus !== 'salah_input') return null;
  const kept = stmt(
    sqlite,
    'SELECT k.uid, k.nik FROM person_merge mm JOIN person k ON k.id = mm.kept_person_id WHERE mm.merged_person_id = ? AND mm.undone_at IS NULL ORDER BY mm.id DESC LIMIT 1',
  ).get(person.id) as { uid: string; nik: string } | undefined;
  return kept ? { uid: kept.uid, nik: maskNik(kept.nik) } : null;
}
