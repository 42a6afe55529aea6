import { describe, expect, it } from 'vitest';
import { awardWorld, indicatorUid, itemTitled, narrative, ok, saveItem, starterCycle } from './support.ts';

// The head approves a cycle from a frozen month that belongs to it: a month of its assessment
// period, or a later one up to its submission deadline; any other is refused, saying which months
// fit. And an approved cycle has nothing overdue: an item not started or in draft refuses the
// approval (approval-drafts.test.ts), so a late item is finished or removed first; withdrawn, an
// item added late is late again.

describe('the month an approval is made from', () => {
  it('must be in the assessment period or up to the submission deadline', async () => {
    const { app, snapshotUid } = await awardWorld(); // today 2026-11-24; 2025-12 frozen
    const before = ok(await app.call('coverage.freeze', { month: '2024-12' })).uid;
    const late = ok(await app.call('coverage.freeze', { month: '2026-10' })).uid;
    const withDeadline = await starterCycle(app); // 2025, deadline 2026-12-15
    await saveItem(app, { indicatorUid: indicatorUid(withDeadline, 'A.1'), kind: 'register_extract', title: 'Regulasi berlaku', extract: 'regulations_in_force', state: 'siap' });
    const noDeadline = await starterCycle(app, { edition: 'Paritrana Award Nasional 2025', level: 'nasional', submissionDeadline: null, interviewDate: null });
    await saveItem(app, { indicatorUid: indicatorUid(noDeadline, 'A.1'), kind: 'register_extract', title: 'Regulasi berlaku', extract: 'regulations_in_force', state: 'siap' });

    const audit = app.count('audit_log');
    const tooEarly = await app.callAs('kepala_dinas', 'award.approve', { cycleUid: withDeadline.uid, snapshotUid: before });
    expect(!tooEarly.ok && tooEarly.error.code).toBe('INVALID_INPUT');
    expect(!tooEarly.ok && tooEarly.error.message).toBe(
      'Bulan cakupan 2024-12 bukan bulan siklus "Paritrana Award Provinsi Bali 2025": angka paket harus dari bulan periode penilaiannya (2025-01-01 sampai 2025-12-31) atau sesudahnya sampai batas pengiriman (2026-12-15). Pilih bulan yang sudah dibekukan dari 2025-01 sampai 2026-12; bila belum ada, bekukan bulannya di halaman Cakupan.',
    );
    const afterPeriod = await app.callAs('kepala_dinas', 'award.approve', { cycleUid: noDeadline.uid, snapshotUid: late });
    expect(!afterPeriod.ok && afterPeriod.error.message).toContain('Pilih bulan yang sudah dibekukan dari 2025-01 sampai 2025-12');
    expect(app.count('audit_log')).toBe(audit);
    expect(app.count('award_frozen')).toBe(0);

    // Up to the deadline: the newest figures handed in; and the period's own December.
    expect(ok(await app.callAs('kepala_dinas', 'award.approve', { cycleUid: withDeadline.uid, snapshotUid: late })).approval?.snapshotMonth).toBe('2026-10');
    expect(ok(await app.callAs('kepala_dinas', 'award.approve', { cycleUid: noDeadline.uid, snapshotUid })).approval?.snapshotMonth).toBe('2025-12');
  });
});

describe('overdue evidence of an approved cycle', () => {
  it('is none while approved, and late again once withdrawn', async () => {
    const { app, snapshotUid } = await awardWorld();
    const cycle = await starterCycle(app);
    await saveItem(app, { indicatorUid: indicatorUid(cycle, 'A.1'), kind: 'register_extract', title: 'Regulasi berlaku', extract: 'regulations_in_force', state: 'siap' });
    // Ready but after its due date: not late (only an item not ready is).
    await saveItem(app, { indicatorUid: indicatorUid(cycle, 'H.1'), kind: 'narrative', title: 'Sosialisasi', narrative: narrative('Forum pemberi kerja.'), state: 'siap', dueDate: '2026-11-01' });
    const overdue = async (title: string) => {
      const [summary] = ok(await app.call('award.cycles.list', {}));
      const detail = ok(await app.call('award.cycles.get', { uid: cycle.uid }));
      return [summary!.completeness.overdue, detail.completeness.overdue, itemTitled(detail, title).overdue];
    };
    expect(await overdue('Sosialisasi')).toEqual([0, 0, false]);

    // An item not started and late refuses the approval (approval-drafts.test.ts), and stays late.
    const late = await saveItem(app, { indicatorUid: indicatorUid(cycle, 'H.1'), kind: 'document', title: 'Daftar hadir', state: 'belum', dueDate: '2026-11-01' });
    expect(await overdue('Daftar hadir')).toEqual([1, 1, true]);
    const refused = await app.callAs('kepala_dinas', 'award.approve', { cycleUid: cycle.uid, snapshotUid });
    expect(!refused.ok && refused.error.message).toContain('H.1 "Daftar hadir" (Belum)');
    expect(await overdue('Daftar hadir')).toEqual([1, 1, true]);

    // Removed (not submitted), the cycle approves with nothing late; withdrawn, an item added late is late again.
    ok(await app.call('award.evidence.remove', { uid: itemTitled(late, 'Daftar hadir').uid }));
    ok(await app.callAs('kepala_dinas', 'award.approve', { cycleUid: cycle.uid, snapshotUid }));
    expect(await overdue('Sosialisasi')).toEqual([0, 0, false]);
    ok(await app.callAs('kepala_dinas', 'award.withdraw', { cycleUid: cycle.uid, reason: 'Daftar hadir menyusul' }));
    await saveItem(app, { indicatorUid: indicatorUid(cycle, 'H.1'), kind: 'document', title: 'Daftar hadir', state: 'belum', dueDate: '2026-11-01' });
    expect(await overdue('Daftar hadir')).toEqual([1, 1, true]);
  });
});
