import { describe, expect, it } from 'vitest';
import type { DenominatorInput } from '../../../core/api/coverage-inputs.ts';
import { badungApp, ok, refused } from './support.ts';

// A percentage target is of a denominator of its own area: Jembrana's target against Gianyar's
// workers (or a kecamatan's target against its kabupaten's) would show a wrong percentage, so it
// is refused on the denominator field, naming both areas, also on a target saved before.

const denominator = (name: string, areaCode: string): DenominatorInput => ({
  name, value: 180_000, areaCode, universe: 'bekerja', sourceKind: 'lainnya', source: 'Contoh', asOfDate: '2025-08-31',
});

describe('a target and its denominator', () => {
  it('must be of the same area', async () => {
    const app = await badungApp();
    const jembrana = await ok(app.call('coverageInputs.denominators.save', denominator('Penduduk bekerja Kabupaten Jembrana', '51.01')));
    const gianyar = await ok(app.call('coverageInputs.denominators.save', denominator('Sasaran kepesertaan pekerja Kabupaten Gianyar', '51.04')));
    const target = { year: 2026, areaCode: '51.01', kind: 'persen' as const, value: 40, source: 'RPJMD Jembrana' };
    const saved = await ok(app.call('coverageInputs.targets.save', { ...target, denominatorUid: jembrana.uid }));
    expect(saved).toMatchObject({ areaCode: '51.01', denominatorUid: jembrana.uid, people: 72_000 });

    // Ubah: Gianyar's denominator on Jembrana's target.
    const other = await refused(app.call('coverageInputs.targets.save', { ...target, uid: saved.uid, denominatorUid: gianyar.uid }));
    expect(other).toMatchObject({ code: 'INVALID_INPUT', paths: ['denominatorUid'] });
    expect(other.message).toContain('Sasaran kepesertaan pekerja Kabupaten Gianyar');
    expect(other.message).toMatch(/Gianyar \(51\.04\)/i);
    expect(other.message).toMatch(/Jembrana \(51\.01\)/i);
    expect(other.message).toMatch(/Pilih penyebut wilayah/);
    // A new target too; nothing was changed by the refusal.
    expect((await refused(app.call('coverageInputs.targets.save', { ...target, year: 2027, denominatorUid: gianyar.uid }))).paths).toEqual(['denominatorUid']);
    expect((await ok(app.call('coverageInputs.targets.get', { uid: saved.uid }))).denominatorUid).toBe(jembrana.uid);

    // A kecamatan's target against its kabupaten's denominator: another area as well.
    const kecamatan = (app.sqlite.prepare("SELECT code FROM region WHERE code LIKE '51.01.%' AND length(code) = 8 ORDER BY code LIMIT 1").pluck().get() as string);
    expect((await refused(app.call('coverageInputs.targets.save', { ...target, areaCode: kecamatan, denominatorUid: jembrana.uid }))).paths).toEqual(['denominatorUid']);

    // A target moved to Gianyar with Gianyar's denominator is saved.
    expect(await ok(app.call('coverageInputs.targets.save', { ...target, uid: saved.uid, areaCode: '51.04', denominatorUid: gianyar.uid }))).toMatchObject({ areaCode: '51.04', denominatorUid: gianyar.uid });
    expect(app.sqlite.prepare("SELECT count(*) FROM audit_log WHERE entity = 'coverage_target'").pluck().get()).toBe(2);
  });

});
