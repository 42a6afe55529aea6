import type { Sqlite } from '../../db/open.ts';

// Placeholder for the audit hash chain (issue 12 item 3): replaced by the chain helper's file at
// merge. Only the head is needed here: backups record it in their manifest.

/** The newest audit row and its chain hash ('' until the chain exists); null for an empty log. */
export function auditChainHead(sqlite: Sqlite): { id: number; hash: string } | null {
  const row = sqlite.prepare('SELECT max(id) AS id FROM audit_log').get() as { id: number | null };
  return row.id === null ? null : { id: row.id, hash: '' };
}
