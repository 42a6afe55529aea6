import { describe, expect, it } from 'vitest';
import { awardWorld, indicatorUid, itemTitled, narrative, ok, saveItem, starterCycle } from './support.ts';

// The approved package goes to the jury: an item still in draft would be printed in it with
// "Status: Draf". Approval is the gate: it is refused while a draft remains, naming the items
// (indicator and title), nothing is frozen or audited; once the draft is ready, it approves.

describe('approving a cycle with an item still in draft', () => {
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
      'Siklus "Paritrana Award Provinsi Bali 2025" belum dapat disetujui: 1 bukti masih berstatus Draf (H.1 "Sosialisasi"), padahal paket untuk juri hanya memuat bukti yang selesai. Selesaikan bukti itu dan tandai Siap, atau hapus bila tidak dipakai, lalu setujui lagi.',
    );
    expect(app.count('audit_log')).toBe(audit);
    expect(app.count('award_frozen')).toBe(0);
    expect(ok(await app.call('award.cycles.get', { uid: cycle.uid })).approval).toBeNull();

    const draft = itemTitled(withDraft, 'Sosialisasi');
    await saveItem(app, { uid: draft.uid, indicatorUid: draft.indicatorUid, kind: 'narrative', title: 'Sosialisasi', narrative: narrative('Forum pemberi kerja.'), state: 'siap' });
    const approved = ok(await app.callAs('kepala_dinas', 'award.approve', { cycleUid: cycle.uid, snapshotUid }));
    expect(approved.approval?.snapshotMonth).toBe('2025-12');
  });
});
