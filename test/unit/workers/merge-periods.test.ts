import { describe, expect, it } from 'vitest';
import { joinPeriods } from '../../../core/workers/duplicates/merge-periods.ts';
import type { PeriodTableRow } from '../../../core/workers/person-record.ts';

// Which of a merged person's periods are joined into the kept person's, and which move as they
// are (and are then refused by the merge if they still overlap).

let id = 0;
const period = (startDate: string, endDate: string | null, extra: Partial<PeriodTableRow> = {}): PeriodTableRow => ({
  id: ++id, uid: `p${id}`, personId: 1, segment: 'BPU', employerId: null, kpj: null, programmes: '["JKK","JKM"]', startDate, endDate, wage: null, declaredIncome: null,
  funding: 'apbd_kabkota', programmeId: null, source: '', sourceDate: null, importBatchId: null, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', ...extra,
});
const joinedInto = (kept: PeriodTableRow[], merged: PeriodTableRow[]) => {
  const plan = joinPeriods(kept, merged);
  return { joined: plan.joined.map((j) => [j.before.id, j.absorbed.map((a) => a.id), j.columns.startDate, j.columns.endDate]), moved: plan.moved.map((m) => m.id) };
};

describe('joining the periods of a merge', () => {
  it('joins the same period listed for both: earlier start, the open end kept, both programmes, gaps filled', () => {
    const k = period('2025-01-01', null);
    const m = period('2024-07-01', '2025-08-31', { programmes: '["JKK","JKM","JHT"]', kpj: '25012345670' });
    const plan = joinPeriods([k], [m]);
    expect(plan.moved).toEqual([]);
    expect(plan.joined[0]!.columns).toEqual({ startDate: '2024-07-01', endDate: null, programmes: '["JKK","JKM","JHT"]', kpj: '25012345670' });
  });

  it('with back-to-back kept periods, joins into the one it overlaps', () => {
    const k1 = period('2024-01-01', '2024-12-31');
    const k2 = period('2025-01-01', null);
    const m = period('2025-01-01', null);
    expect(joinedInto([k1, k2], [m])).toEqual({ joined: [[k2.id, [m.id], '2025-01-01', null]], moved: [] });
  });

  it('moves, not joins, a period paid another way or one that would reopen a closed period, and one overlapping two', () => {
    const k = period('2025-01-01', null, { programmeId: 7 });
    expect(joinedInto([k], [period('2025-01-01', null, { programmeId: null, funding: 'mandiri' })]).joined).toEqual([]);
    const closed = period('2025-01-01', '2025-06-30');
    expect(joinedInto([closed], [period('2025-01-01', null)]).joined).toEqual([]);
    const a = period('2023-01-01', '2023-12-31');
    const b = period('2024-06-01', null);
    const across = period('2023-06-01', '2024-12-31');
    expect(joinedInto([a, b], [across])).toEqual({ joined: [], moved: [across.id] });
  });

  it('keeps PU periods of different employers apart', () => {
    const k = period('2025-01-01', null, { segment: 'PU', employerId: 1 });
    const m = period('2025-01-01', null, { segment: 'PU', employerId: 2 });
    expect(joinedInto([k], [m]).moved).toEqual([m.id]);
  });
});
