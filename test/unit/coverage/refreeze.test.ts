import { describe, expect, it } from 'vitest';
import type { SnapshotSummary } from '../../../core/api/coverage.ts';
import { snapshotWhen } from '../../../renderer/src/coverage/snapshot-label.ts';
import { addPerson, badungApp, bpu } from './support.ts';

// Freezing a month again is kept on purpose (a re-count after corrections beside the first), so the
// two are told apart by when they were frozen: each keeps its time and who froze it, and
// "Sumber angka" shows the time where a month was frozen more than once (the day where once).

describe('a month frozen again', () => {
  it('is listed beside the first with its own time and author, and the labels differ', async () => {
    let clock = new Date('2026-11-24T02:00:00Z');
    const app = await badungApp(() => clock);
    await addPerson(app, 41, [bpu('2024-01-01')]);
    const first = await app.call('coverage.freeze', { month: '2026-10' });
    if (!first.ok) throw new Error(first.error.message);
    clock = new Date('2026-11-24T03:15:00Z');
    const again = await app.call('coverage.freeze', { month: '2026-10' });
    if (!again.ok) throw new Error(again.error.message);
    expect(again.data.uid).not.toBe(first.data.uid);
    await app.call('coverage.freeze', { month: '2026-09' });

    const listed = ((await app.call('coverage.snapshots', {})) as { ok: true; data: SnapshotSummary[] }).data;
    const october = listed.filter((s) => s.month === '2026-10');
    // Newest first, each with its own time and author.
    expect(october.map((s) => [s.uid, s.frozenAt, s.frozenBy])).toEqual([
      [again.data.uid, '2026-11-24T03:15:00.000Z', 'Petugas Uji'],
      [first.data.uid, '2026-11-24T02:00:00.000Z', 'Petugas Uji'],
    ]);

    const when = snapshotWhen(listed, 'WITA');
    expect(when.get(first.data.uid)).toMatch(/^24 Nov 2026,? 10[.:]00[.:]00 WITA$/);
    expect(when.get(again.data.uid)).toMatch(/^24 Nov 2026,? 11[.:]15[.:]00 WITA$/);
    // A month frozen once: its day only.
    expect(when.get(listed.find((s) => s.month === '2026-09')!.uid)).toBe('24 Nov 2026');
  });

  it('numbers two freezes of the same second, oldest first', () => {
    const at = '2026-11-24T03:15:00.000Z';
    const base = { month: '2026-10', at: '2026-10-31', areaCode: '51.03', frozenAt: at, frozenBy: 'Petugas Uji', figures: 10 };
    const when = snapshotWhen([{ ...base, uid: 'newer' }, { ...base, uid: 'older' }], 'WITA');
    expect(when.get('older')).toMatch(/WITA$/);
    expect(when.get('newer')).toBe(`${when.get('older')} (2)`);
  });
});
