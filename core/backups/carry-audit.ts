import type { Sqlite } from '../../db/open.ts';
import { applyKey } from '../../db/database-key.ts';
import { newSqlite } from '../../db/sqlite-driver.ts';
import { stmt } from '../../db/statements.ts';
import { auditWords } from '../audit/audit-words.ts';

// The change log never goes back in time with a restore: its rows written after the backup (who
// exported personal data, who changed what, the sign-ins) are copied from the safety copy taken
// just before the swap into the restored database, as they were (same ids, same hashes: the
// hash chain goes on unbroken), and the restore's own row follows them. Only when the restored
// log is not the start of the current one (a backup of another office's database) are they left
// out; the restore's row then says how many.

/** Entries a restore does not take back: accounts are carried (carry-accounts.ts), backups stay files, exports and reports stay read. */
export const notRevertedSql = "(entity IN ('user_account', 'account_policy', 'database') OR action IN ('export', 'report'))";

const columns = 'id, uid, at, actor_id, actor_name, action, entity, entity_uid, entity_label, changed_fields, before, after, hash';

type AuditRow = { id: number; action: string; entity: string; entity_label: string | null; actor_name: string; changed_fields: string | null; hash: string | null };

/**
 * Copies the audit rows after `after` from the safety copy into `restored` (inside the restore's
 * transaction). Returns how many were kept, or how many were left out and why.
 */
export function carryAuditLog(restored: Sqlite, safetyCopy: string, key: Buffer | null, after: number): { kept: number } | { notKept: number } {
  const copy = newSqlite(safetyCopy, { readonly: true, fileMustExist: true });
  if (key) applyKey(copy, key);
  try {
    // The restored log must end where the copy's continues: the same last row, by id and hash.
    // Otherwise (another database's backup) none of the current log can follow it: all of it is
    // said as left out (it stays in the safety copy).
    const head = (db: Sqlite) => db.prepare('SELECT id, hash FROM audit_log WHERE id <= ? ORDER BY id DESC LIMIT 1').get(after) as { id: number; hash: string | null } | undefined;
    const restoredLast = restored.prepare('SELECT max(id) FROM audit_log').pluck().get() as number | null;
    const [mine, theirs] = [head(restored), head(copy)];
    if ((restoredLast ?? 0) !== after || mine?.id !== theirs?.id || mine?.hash !== theirs?.hash) {
      return { notKept: copy.prepare('SELECT count(*) FROM audit_log').pluck().get() as number };
    }
    const later = copy.prepare('SELECT count(*) FROM audit_log WHERE id > ?').pluck().get(after) as number;
    if (later === 0) return { kept: 0 };
    const insert = stmt(restored, `INSERT INTO audit_log (${columns}) VALUES (${columns.split(', ').map((c) => `@${c}`).join(', ')})`);
    const words = stmt(restored, 'INSERT INTO audit_fts (rowid, words) VALUES (?, ?)');
    let kept = 0;
    for (const row of copy.prepare(`SELECT ${columns} FROM audit_log WHERE id > ? ORDER BY id`).iterate(after) as IterableIterator<AuditRow>) {
      insert.run(row);
      words.run(row.id, auditWords({ action: row.action, entity: row.entity, label: row.entity_label }, row.actor_name, row.changed_fields?.split(', ') ?? []));
      kept += 1;
    }
    return { kept };
  } finally {
    copy.close();
  }
}
