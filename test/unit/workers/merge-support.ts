import { expect } from 'vitest';
import type { badungApp } from '../employers/support.ts';
import { jobEnd } from '../support/jobs.ts';

type App = Awaited<ReturnType<typeof badungApp>>;

/** Scans for duplicates, then merges the one pair found into `keepUid`; the merge's uid. */
export async function mergeOnlyPair(app: App, keepUid: string): Promise<string> {
  const started = await app.call('duplicates.scan', {});
  if (!started.ok) throw new Error(started.error.message);
  expect((await jobEnd(app.call, started.data)).status).toBe('done');
  const list = await app.call('duplicates.list', {});
  if (!list.ok) throw new Error(list.error.message);
  expect(list.data.pairs).toHaveLength(1);
  const merged = await app.call('duplicates.merge', { pairId: list.data.pairs[0]!.id, keepUid });
  if (!merged.ok) throw new Error(merged.error.message);
  return merged.data.uid;
}
