import type { Sqlite } from '../../db/open.ts';
import { stmt } from '../../db/statements.ts';

// What every register's record mapping (table row to the contract's record) reads the same way.

/** A JSON array column as a list; anything else (a damaged value) as none. */
export function jsonList<T>(json: string): T[] {
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}

/** A region's name by its code (null for none or an unknown code). */
export const regionName = (sqlite: Sqlite, code: string | null): string | null => (code ? ((stmt(sqlite, 'SELECT name FROM region WHERE code = ?').pluck().get(code) as string | undefined) ?? null) : null);
