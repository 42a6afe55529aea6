import { describe, expect, it } from 'vitest';
import type { RuleEffect } from '../../../core/api/coverage.ts';
import { addDenominator } from '../../../core/coverage/input-rows.ts';
import { addPerson, badungApp, bpu } from './support.ts';

// A rule's before/after: coverage in its scope (the programme linked to it as legal basis) over
// the 12 months before and after its effective date, the change in people, and the caution that
// it is a comparison, not proof of cause. A rule without a date or an area says what is missing.

describe("a rule's effect", () => {
  it('counts the people of the programme it funds before and after it took effect', async () => {
    const app = await badungApp();
    const rule = await app.call('regulations.save', {
      jenis: 'perbup', nomor: '21', tahun: 2024, judul: 'Perlindungan Pekerja Rentan Badung (uji)', teuBadan: 'Badung (Kabupaten)', areaCode: '51.03', effectiveDate: '2024-07-01',
    });
    if (!rule.ok) throw new Error(rule.error.message);
    const uid = rule.data.regulation.uid;
    // The rule funds a programme each year (a programme pays its own year): people paid by 2024's, then by 2025's.
    const programme = await app.call('programmes.save', { name: 'Program uji Badung', year: 2024, funding: 'apbd_kabkota', budget: 100_000_000, legalBasisRegulationUid: uid });
    if (!programme.ok) throw new Error(programme.error.message);
    const next = await app.call('programmes.save', { name: 'Program uji Badung', year: 2025, funding: 'apbd_kabkota', budget: 100_000_000, legalBasisRegulationUid: uid });
    if (!next.ok) throw new Error(next.error.message);
    const paid = { programmeUid: programme.data.uid };
    const paidNext = { programmeUid: next.data.uid };
    await addPerson(app, 1, [bpu('2024-07-15', '2024-12-31', paid), bpu('2025-01-01', null, paidNext)]);
    await addPerson(app, 2, [bpu('2024-08-01', '2024-12-31', paid), bpu('2025-01-01', null, paidNext)]);
    await addPerson(app, 3, [bpu('2023-01-01')]); // in the area, not in the programme: outside the scope

    const result = await app.call('coverage.ruleEffect', { regulationUid: uid });
    if (!result.ok) throw new Error(result.error.message);
    const effect: RuleEffect = result.data;
    expect([...effect.scope.programmeUids].sort()).toEqual([programme.data.uid, next.data.uid].sort());
    expect(effect.months.map((m) => m.month)).toHaveLength(25);
    expect([effect.months[0]!.month, effect.months.at(-1)!.month]).toEqual(['2023-07', '2025-07']);
    expect(effect.before).toMatchObject({ month: '2024-06', numerator: 0 });
    expect(effect.after).toMatchObject({ month: '2025-07', numerator: 2 });
    expect(effect.changePeople).toBe(2);
    expect(effect.scope.description).toMatch(/bukan bukti/);

    const noDate = await app.call('regulations.save', { jenis: 'se', nomor: '5', tahun: 2024, judul: 'Surat edaran uji', teuBadan: 'Badung (Kabupaten)' });
    if (!noDate.ok) throw new Error(noDate.error.message);
    const refused = await app.call('coverage.ruleEffect', { regulationUid: noDate.data.regulation.uid });
    expect(refused.ok ? null : refused.error.message).toMatch(/belum punya tanggal berlaku/);
  });

  it('takes the share of the area\'s workers, and the change in percentage points, for a rule of several categories', async () => {
    const app = await badungApp();
    addDenominator(app.ctx, { name: 'Penduduk bekerja Badung (uji)', value: 1_000, areaCode: '51.03', universe: 'bekerja', sourceKind: 'bps_sakernas', source: 'BPS Badung', asOfDate: '2023-08-31' });
    const rule = await app.call('regulations.save', {
      jenis: 'perbup', nomor: '22', tahun: 2024, judul: 'Perlindungan petani dan nelayan Badung (uji)', teuBadan: 'Badung (Kabupaten)', areaCode: '51.03', effectiveDate: '2024-07-01',
    });
    if (!rule.ok) throw new Error(rule.error.message);
    const uid = rule.data.regulation.uid;
    for (const category of ['petani', 'nelayan']) {
      const c = await app.call('regulations.commitments.save', { regulationUid: uid, kind: 'kategori', category, description: `Pekerja rentan: ${category}` });
      if (!c.ok) throw new Error(c.error.message);
    }
    await addPerson(app, 1, [bpu('2024-01-01')], { category: 'petani' });
    await addPerson(app, 2, [bpu('2024-09-01')], { category: 'nelayan' });
    await addPerson(app, 3, [bpu('2024-09-01')], { category: 'nelayan' });
    await addPerson(app, 4, [bpu('2024-09-01')]); // no category: outside the scope
    const result = await app.call('coverage.ruleEffect', { regulationUid: uid });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data.scope.categories).toEqual(['nelayan', 'petani']);
    expect(result.data.before).toMatchObject({ numerator: 1, percent: 0.1 });
    expect(result.data.after).toMatchObject({ numerator: 3, percent: 0.3 });
    expect(result.data.changePeople).toBe(2);
    expect(result.data.changePoints).toBe(0.2);
    expect(result.data.scope.description).toContain('bagian dari Penduduk bekerja Badung (uji)');
  });
});
