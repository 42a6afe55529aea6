import { describe, expect, it } from 'vitest';
import { render } from '../../../core/messages.ts';
import { awardWorld, indicatorUid, itemTitled, narrative, ok, saveItem, starterCycle } from './support.ts';

// The approved package goes to the jury: an item still in draft would be printed in it with
// "Status: Draf", an item not started ('belum') with "Status: Belum" and no evidence at all.
// Approval is the gate: it is refused while such an item remains, naming the items (indicator,
// title and state) and saying how to fix it; nothing is frozen or audited; once each is finished
// (or the one not submitted removed), it approves.

describe('approving a cycle with an item not finished', () => {
  it('is refused, naming the drafts, until they are finished', async () => {
    const { app, snapshotUid } = await awardWorld();
    const cycle = await starterCycle(app);
    await saveItem(app, { indicatorUid: indicatorUid(cycle, 'A.1'), kind: 'register_extract', title: 'Regulasi berlaku', extract: 'regulations_in_force', state: 'siap' });
    await saveItem(app, { indicatorUid: indicatorUid(cycle, 'G.1'), kind: 'narrative', title: 'Inovasi UCOK', narrative: narrative('Pekerja rentan dibiayai APBD.'), state: 'siap' });
    const withDraft = await saveItem(app, { indicatorUid: indicatorUid(cycle, 'H.1'), kind: 'narrative', title: 'Sosialisasi', narrative: narrative('Forum pemberi kerja.'), state: 'draf' });

    const audit = app.count('audit_log');
    const refused = await app.callAs('kepala_dinas', 'award.approve', { cycleUid: cycle.uid, snapshotUid });
    expect(!refused.ok && refused.error.code).toBe('CONFLICT');
    expect(!refused.ok && refused.error.message).toBe(
      'Siklus "Paritrana Award Provinsi Bali 2025" belum dapat disetujui: 1 bukti belum selesai (berstatus Belum atau Draf): H.1 "Sosialisasi" (Draf). Paket untuk juri hanya memuat bukti yang selesai. Lengkapi dan tandai Siap, atau hapus butir yang tidak diajukan, lalu setujui lagi.',
    );
    expect(app.count('audit_log')).toBe(audit);
    expect(app.count('award_frozen')).toBe(0);
    expect(ok(await app.call('award.cycles.get', { uid: cycle.uid })).approval).toBeNull();

    const draft = itemTitled(withDraft, 'Sosialisasi');
    await saveItem(app, { uid: draft.uid, indicatorUid: draft.indicatorUid, kind: 'narrative', title: 'Sosialisasi', narrative: narrative('Forum pemberi kerja.'), state: 'siap' });
    const approved = ok(await app.callAs('kepala_dinas', 'award.approve', { cycleUid: cycle.uid, snapshotUid }));
    expect(approved.approval?.snapshotMonth).toBe('2025-12');
  });

  it("is refused for an item not started ('belum'), named with the drafts, until it is removed", async () => {
    const { app, snapshotUid } = await awardWorld();
    const cycle = await starterCycle(app);
    await saveItem(app, { indicatorUid: indicatorUid(cycle, 'A.1'), kind: 'register_extract', title: 'Regulasi berlaku', extract: 'regulations_in_force', state: 'siap' });
    await saveItem(app, { indicatorUid: indicatorUid(cycle, 'G.1'), kind: 'narrative', title: 'Inovasi UCOK', narrative: narrative('Pekerja rentan dibiayai APBD.'), state: 'draf' });
    // Overdue and never started: the state a new item has when none is chosen.
    const withEmpty = await saveItem(app, { indicatorUid: indicatorUid(cycle, 'H.1'), kind: 'document', title: 'Foto kegiatan', dueDate: '2026-11-01' });
    expect(itemTitled(withEmpty, 'Foto kegiatan').state).toBe('belum');

    const audit = app.count('audit_log');
    const refused = await app.callAs('kepala_dinas', 'award.approve', { cycleUid: cycle.uid, snapshotUid });
    expect(!refused.ok && refused.error.code).toBe('CONFLICT');
    expect(!refused.ok && refused.error.message).toBe(
      'Siklus "Paritrana Award Provinsi Bali 2025" belum dapat disetujui: 2 bukti belum selesai (berstatus Belum atau Draf): G.1 "Inovasi UCOK" (Draf), H.1 "Foto kegiatan" (Belum). Paket untuk juri hanya memuat bukti yang selesai. Lengkapi dan tandai Siap, atau hapus butir yang tidak diajukan, lalu setujui lagi.',
    );
    expect(app.count('audit_log')).toBe(audit);
    expect(app.count('award_frozen')).toBe(0);

    // The draft finished: the item not started alone still refuses.
    const inovasi = itemTitled(withEmpty, 'Inovasi UCOK');
    await saveItem(app, { uid: inovasi.uid, indicatorUid: inovasi.indicatorUid, kind: 'narrative', title: 'Inovasi UCOK', narrative: narrative('Pekerja rentan dibiayai APBD.'), state: 'siap' });
    const still = await app.callAs('kepala_dinas', 'award.approve', { cycleUid: cycle.uid, snapshotUid });
    expect(!still.ok && still.error.message).toContain('1 bukti belum selesai (berstatus Belum atau Draf): H.1 "Foto kegiatan" (Belum).');
    expect(!still.ok && still.error.message).toContain('hapus butir yang tidak diajukan');
    // Read in English, the state is in English too (the item's title is the office's own words).
    expect(!still.ok && still.error.said && render(still.error.said, 'en')).toContain('H.1 "Foto kegiatan" (Not started)');

    // Not submitted: removed, the cycle approves.
    ok(await app.call('award.evidence.remove', { uid: itemTitled(withEmpty, 'Foto kegiatan').uid }));
    const approved = ok(await app.callAs('kepala_dinas', 'award.approve', { cycleUid: cycle.uid, snapshotUid }));
    expect(approved.approval?.snapshotMonth).toBe('2025-12');
  });
});
