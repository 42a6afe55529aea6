import type { Result } from '../../../core/api/result.ts';
import { badungApp } from '../employers/support.ts';

// A Badung office (today 2026-11-24 WITA) and a strict call that throws on a refusal.

export type App = Awaited<ReturnType<typeof badungApp>>;
export { badungApp };

export async function ok<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data;
}

/** The refusal of a call that must fail: its code, message and the fields it names. */
export async function refused<T>(pending: Promise<Result<T>>) {
  const result = await pending;
  if (result.ok) throw new Error('expected a refusal');
  const issues = (result.error.details as { issues?: { path: string; messageKey?: string }[] } | undefined)?.issues ?? [];
  return { code: result.error.code, message: result.error.message, paths: issues.map((i) => i.path), keys: issues.map((i) => i.messageKey) };
}

/** What the coverage engine's snapshot table will hold: a frozen figure naming its denominator by uid and its aggregate rows as a JSON list. */
export function freezeWith(app: App, denominatorUid: string | null, aggregateUids: string[] = []): void {
  app.sqlite.exec('CREATE TABLE IF NOT EXISTS coverage_snapshot_figure (id INTEGER PRIMARY KEY, snapshot_id INTEGER, denominator_uid TEXT, aggregate_uids TEXT)');
  app.sqlite.prepare('INSERT INTO coverage_snapshot_figure (snapshot_id, denominator_uid, aggregate_uids) VALUES (1, ?, ?)').run(denominatorUid, JSON.stringify(aggregateUids));
}
