import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../support/test-db.ts';
import { addPerson, badungApp, bpu, report } from './support.ts';

// A figure's name reaches the screens in both languages: catalogue words by code ("All active
// participants"), list labels with their English where the list has one. Files and a frozen month
// keep the Indonesian `label` they were written or frozen with.

describe("a coverage figure's name", () => {
  it('comes in both languages on a live report, and as frozen on a frozen month', async () => {
    const app = await badungApp();
    await addPerson(app, 1, [bpu('2024-01-01')], { category: 'petani' });
    await addPerson(app, 2, [bpu('2024-01-01')]);

    const live = await report(app, { at: '2024-05-31' });
    expect(live.total.label).toBe('Seluruh peserta aktif');
    expect(live.total.labelText).toEqual({ id: 'Seluruh peserta aktif', en: 'All active participants' });
    const categories = Object.fromEntries(live.breakdowns.category.map((f) => [f.value ?? '', f.labelText]));
    expect(categories['petani']).toEqual({ id: 'Petani', en: 'Farmers' });
    expect(categories['']).toEqual({ id: 'Tidak tercatat', en: 'Not recorded' });
    const segment = live.breakdowns.segment.find((f) => f.value === 'BPU');
    expect(segment?.labelText).toEqual({ id: 'Bukan Penerima Upah (BPU)', en: 'Non-wage earners (BPU)' });

    const frozen = await app.call('coverage.freeze', { month: '2024-05' });
    if (!frozen.ok) throw new Error(frozen.error.message);
    const read = await report(app, { snapshotUid: frozen.data.uid });
    expect(read.total.label).toBe('Seluruh peserta aktif');
    expect(read.total.labelText).toBeUndefined();
  });

  it("of the report's area comes in both languages: 'All areas' in English when the office has none set", async () => {
    const app = makeTestApp({ reference: true, now: () => new Date('2026-11-24T03:00:00Z') }); // setup not done: no office area
    const all = await report(app, { at: '2024-05-31' });
    expect(all.area).toEqual({ code: '', name: 'Semua wilayah', nameText: { id: 'Semua wilayah', en: 'All areas' } });

    const badung = await report(await badungApp(), { at: '2024-05-31' });
    expect(badung.area.nameText).toEqual({ id: badung.area.name, en: badung.area.name });
    expect(badung.area.name).toMatch(/Badung/);
  });

  it("of a rule's effect is said in both languages", async () => {
    const app = await badungApp();
    const rule = await app.call('regulations.save', {
      jenis: 'perbup', nomor: '23', tahun: 2024, judul: 'Perlindungan petani Badung (uji)', teuBadan: 'Badung (Kabupaten)', areaCode: '51.03', effectiveDate: '2024-07-01',
    });
    if (!rule.ok) throw new Error(rule.error.message);
    const c = await app.call('regulations.commitments.save', { regulationUid: rule.data.regulation.uid, kind: 'kategori', category: 'petani', description: 'Pekerja rentan: petani' });
    if (!c.ok) throw new Error(c.error.message);
    const effect = await app.call('coverage.ruleEffect', { regulationUid: rule.data.regulation.uid });
    if (!effect.ok) throw new Error(effect.error.message);
    expect(effect.data.scope.description).toMatch(/^Peserta Petani di wilayah .*bukan bukti/);
    expect(effect.data.scope.descriptionText.id).toBe(effect.data.scope.description);
    expect(effect.data.scope.descriptionText.en).toMatch(/^Participants of Farmers in .*not proof of cause\.$/);
  });
});
