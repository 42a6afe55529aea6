import { createHash } from 'node:crypto';

// The audit log's hash chain: each row's hash covers its own fields and the previous row's
// hash, so a row edited, removed or added in the file by hand no longer fits (core/audit/chain.ts
// checks it). Registered as the SQL function audit_hash on every connection (open.ts): the
// INSERTs of the app (core/audit/write.ts) and the upgrade's backfill (migration 0008) compute it
// in SQL, inside the transaction that writes the row.

/** The columns a row's hash covers, in order, after the previous row's hash. */
export const auditHashedColumns = ['id', 'uid', 'at', 'actor_id', 'actor_name', 'action', 'entity', 'entity_uid', 'entity_label', 'changed_fields', 'before', 'after'] as const;

/**
 * SHA-256 (hex) of a canonical encoding: a JSON array of the previous hash (null for the first
 * row) and the fields as SQLite gives them (a text stays a string, an integer a number: a value
 * stored with another type no longer matches).
 */
export function auditHash(prev: unknown, ...fields: unknown[]): string {
  if (fields.length !== auditHashedColumns.length) throw new Error(`audit_hash takes ${auditHashedColumns.length + 1} values, got ${fields.length + 1}`);
  return createHash('sha256').update(JSON.stringify([prev ?? null, ...fields.map(canonical)])).digest('hex');
}

// A blob as hex (JSON.stringify would spell a Buffer's bytes one by one); a bigint as text.
function canonical(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (Buffer.isBuffer(value)) return { blob: value.toString('hex') };
  if (typeof value === 'bigint') return { int: value.toString() };
  return value;
}
