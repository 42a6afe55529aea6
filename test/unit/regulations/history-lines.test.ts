import { describe, expect, it } from 'vitest';
import { getAudit } from '../../../core/audit/audit-service.ts';
import { badungApp, perbupJembrana, related, saved } from './support.ts';

// A regulation's relations and commitments in its change log read in the language shown: they are
// kept as the Indonesian lines written at the time, and put in English when the history is.

describe("a regulation's history lines", () => {
  it('says a relation and a commitment in each language', async () => {
    const app = await badungApp();
    const old = await saved(app, { ...perbupJembrana, nomor: '7', tahun: 2020, judul: 'Perbup lama', tanggalPenetapan: '2020-03-01', tanggalPengundangan: '2020-03-02' });
    const now = await saved(app, perbupJembrana);
    await related(app, now, old, 'mencabut_sebagian');
    const target = await app.call('regulations.commitments.save', { regulationUid: now, kind: 'target', year: 2026, targetCount: 1200 });
    expect(target.ok).toBe(true);
    const changes = (app.sqlite.prepare("SELECT id FROM audit_log WHERE entity = 'regulation' AND action = 'update' ORDER BY id").pluck().all() as number[]).flatMap((id) => getAudit(app.ctx, id).changes);
    const shown = (field: string) => changes.filter((c) => c.field === field).map((c) => c.shownAfter);
    expect(shown('relations')).toEqual(
      expect.arrayContaining([
        { id: 'mencabut sebagian Perbup Jembrana No. 7 Tahun 2020', en: 'partly revokes Perbup Jembrana No. 7 Tahun 2020' },
        { id: 'dicabut sebagian dengan Perbup Jembrana No. 48 Tahun 2023', en: 'partly revoked by Perbup Jembrana No. 48 Tahun 2023' },
      ]),
    );
    expect(shown('commitments')).toEqual([{ id: 'Target cakupan · 2026 · 1.200 orang', en: 'Coverage target · 2026 · 1,200 people' }]);
  });
});
