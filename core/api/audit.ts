export interface AuditRow {
  id: number;
  uid: string;
  at: string; // UTC ISO timestamp
  actorId: string;
  actorName: string;
  action: string;
  entity: string;
  entityUid: string | null;
  changedFields: string | null;
  before: string | null; // JSON
  after: string | null; // JSON
}

/** Columns of the audit grid, in the order shown; core/audit whitelists the same ids. */
export const auditColumns = ['at', 'actorName', 'action', 'entity', 'entityUid', 'changedFields'] as const;
export type AuditColumn = (typeof auditColumns)[number];
