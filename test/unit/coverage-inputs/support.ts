import type { Result } from '../../../core/api/result.ts';
import { badungApp } from '../employers/support.ts';

// A Badung office (today 2026-11-24 WITA) and a strict call that throws on a refusal.

export type App = Awaited<ReturnType<typeof badungApp>>;
export { badungApp };

import { ok } from '../support/ok.ts';

export { ok };

/** The refusal of a call that must fail: its code, message and the fields it names. */
export async function refused<T>(pending: Promise<Result<T>>) {
  const result = await pending;
  if (result.ok) throw new Error('expected a refusal');
  const issues = (result.error.details as { issues?: { path: string; messageKey?: string }[] } | undefined)?.issues ?? [];
  return { code: result.error.code, message: result.error.message, paths: issues.map((i) => i.path), keys: issues.map((i) => i.messageKey) };
}

/** A month of an area frozen by the coverage engine: its figures name the denominators and aggregate rows they used. */
export async function freezeMonth(app: App, areaCode: string, month: string): Promise<void> {
  await ok(app.call('coverage.freeze', { month, areaCode }));
}
