import type { Sqlite } from '../../db/open.ts';
import { notRevertedSql } from './carry-audit.ts';

// Which changes after a backup a restore of it would really take back: the change log's entries
// after the backup's last one, less
//   - those a restore does not take back (accounts, exports, reports: carry-audit.ts),
//   - those an earlier restore took back already: a restore keeps the log, so the entries
//     between its backup's last one and its own row are in the log but no longer in the data,
//   - an import or bulk change undone within the same span, with its undo (together they
//     changed nothing).
// An earlier restore's span is exact when its row names its backup's last entry
// (backupAuditHead) or its backup's manifest can still be read; otherwise it is taken from the
// backup's time, and the preview says the list may not be exact.

export interface LostEntry {
  id: number;
  at: string;
  actorName: string;
  action: string;
  entity: string;
  label: string | null;
}

export interface LostChanges {
  /** Newest first. */
  entries: LostEntry[];
  /** False when an earlier restore's span could only be taken from its backup's time. */
  exact: boolean;
}

interface RestoreRow {
  id: number;
  after: string | null;
}

/**
 * The changes after `afterId` a restore would take back. `backupHead` finds an earlier restored
 * backup's last change-log entry by its file when its row does not name it (null: unknown).
 */
export function lostChanges(sqlite: Sqlite, afterId: number, backupHead: (file: string) => number | null): LostChanges {
  let exact = true;
  // Spans an earlier restore took back: (its backup's last entry, its own row).
  const spans = (sqlite.prepare("SELECT id, after FROM audit_log WHERE id > ? AND entity = 'database' AND action = 'restore' ORDER BY id").all(afterId) as RestoreRow[]).map((row) => {
    const said = (row.after ? JSON.parse(row.after) : {}) as { backup?: string; backupCreatedAt?: string; backupAuditHead?: number | null };
    let head: number | null = typeof said.backupAuditHead === 'number' ? said.backupAuditHead : said.backup ? backupHead(said.backup) : null;
    if (head === null) {
      exact = false;
      // The backup's time: its last entry is the last one written before it.
      head = said.backupCreatedAt ? ((sqlite.prepare('SELECT max(id) FROM audit_log WHERE at <= ? AND id < ?').pluck().get(said.backupCreatedAt, row.id) as number | null) ?? 0) : 0;
    }
    return { from: head, to: row.id };
  });
  const takenBack = (id: number) => spans.some((s) => id > s.from && id < s.to);
  const rows = (
    sqlite
      .prepare(`SELECT id, at, actor_name AS actorName, action, entity, entity_uid AS entityUid, entity_label AS label FROM audit_log WHERE id > ? AND NOT ${notRevertedSql} ORDER BY id DESC`)
      .all(afterId) as (LostEntry & { entityUid: string | null })[]
  ).filter((row) => !takenBack(row.id));
  // An import or bulk change made and undone after the backup: neither is in the data.
  const batches = (action: (a: string) => boolean) => new Set(rows.filter((r) => r.entity === 'import_batch' && r.entityUid && action(r.action)).map((r) => r.entityUid));
  const undone = batches((a) => a === 'undo');
  const made = batches((a) => a !== 'undo');
  const cancelled = new Set([...undone].filter((uid) => made.has(uid)));
  const entries = rows.filter((r) => !(r.entity === 'import_batch' && r.entityUid && cancelled.has(r.entityUid))).map(({ entityUid: _uid, ...entry }) => entry);
  return { entries, exact };
}
