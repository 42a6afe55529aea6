import { describe, expect, it } from 'vitest';
import { addPerson, badungApp, bpu, numerators, period, report, type App } from './support.ts';

// Coverage counted at any date from hand-made periods: starts and ends (both days counted), a gap,
// overlaps inside a segment and across segments (a person counts once in the total and once in
// each segment), record statuses (died counts up to the status date; entered in error never), and
// an edit seen at once.

async function people(app: App) {
  const employer = await app.call('employers.save', { name: 'PT Hotel Segara Uji', kecamatanCode: '51.03.06', kbliCodes: ['55110'], confirmSimilarName: true });
  if (!employer.ok) throw new Error(employer.error.message);
  // A: BPU, a gap between two periods.
  const a = await addPerson(app, 1, [bpu('2024-01-01', '2024-06-30'), bpu('2024-09-01')], { category: 'petani' });
  // B: PU (the hotel, KBLI I) and BPU at once.
  const b = await addPerson(app, 2, [period('PU', '2024-03-01', null, { employerUid: employer.data.uid }), bpu('2024-05-01', '2024-12-31', { funding: 'mandiri' })]);
  // C: two Jakon periods end to end (the form refuses overlaps in a segment), in Kuta Selatan.
  const c = await addPerson(app, 3, [period('JAKON', '2023-01-01', '2023-05-31'), period('JAKON', '2023-06-01', '2024-03-31')], { kecamatanCode: '51.03.01', desaCode: '51.03.01.1001', category: 'nelayan' });
  // D: died on 15 August 2024 with an open period.
  const d = await addPerson(app, 4, [bpu('2024-01-01')], { category: 'petani' });
  const died = await app.call('workers.setStatus', { uid: d.uid, recordStatus: 'meninggal', reason: 'Meninggal dunia', date: '2024-08-15' });
  if (!died.ok) throw new Error(died.error.message);
  // E: entered in error.
  const e = await addPerson(app, 5, [bpu('2024-01-01')]);
  const wrong = await app.call('workers.setStatus', { uid: e.uid, recordStatus: 'salah_input', reason: 'Data ganda dari daftar desa', date: '2024-02-01' });
  if (!wrong.ok) throw new Error(wrong.error.message);
  return { a, b, c, d, e };
}

const totalAt = async (app: App, at: string) => (await report(app, { at, by: [] })).total.numerator;

describe('coverage at a date', () => {
  it('counts each person once, on the first and last day of a period, not in a gap, and stops at death', async () => {
    const app = await badungApp();
    await people(app);
    expect(await totalAt(app, '2022-12-31')).toBe(0);
    expect(await totalAt(app, '2023-01-01')).toBe(1); // C's first day
    expect(await totalAt(app, '2023-12-31')).toBe(1); // C's periods end to end: once
    expect(await totalAt(app, '2024-02-01')).toBe(3); // A, C, D
    expect(await totalAt(app, '2024-04-01')).toBe(3); // A, B, D (C ended 31 March)
    expect(await totalAt(app, '2024-05-15')).toBe(3); // B in PU and BPU: once
    expect(await totalAt(app, '2024-07-15')).toBe(2); // A in its gap
    expect(await totalAt(app, '2024-08-15')).toBe(2); // D on its status date: still counted
    expect(await totalAt(app, '2024-08-16')).toBe(1);
    expect(await totalAt(app, '2024-09-01')).toBe(2); // A again
    expect(await totalAt(app, '2026-11-24')).toBe(2); // A, B (PU open)
  });

  it('breaks the count down by segment, area, category, funding and sector', async () => {
    const app = await badungApp();
    await people(app);
    const r = await report(app, { at: '2024-05-15' });
    expect(r.area).toEqual({ code: '51.03', name: 'Kabupaten Badung', nameText: { id: 'Kabupaten Badung', en: 'Kabupaten Badung' } });
    expect(r.total).toMatchObject({ numerator: 3, numeratorSource: 'orang', dataDate: '2024-05-15', people: { at: '2024-05-15', areaCode: '51.03' } });
    expect(numerators(r.breakdowns.segment)).toEqual({ PU: 1, BPU: 3 });
    expect(r.breakdowns.segment.map((f) => f.value)).toEqual(['PU', 'BPU', 'JAKON', 'PMI']);
    expect(r.breakdowns.segment[0]).toMatchObject({ key: 'segment:PU', label: 'Penerima Upah (PU)' });
    expect(numerators(r.breakdowns.kabkota)).toEqual({ '51.03': 3 });
    expect(numerators(r.breakdowns.kecamatan)).toEqual({ '51.03.06': 3 });
    expect(numerators(r.breakdowns.desa)).toEqual({ '51.03.06.2006': 3 });
    expect(r.breakdowns.desa.find((f) => f.value === '51.03.06.2006')!.label).toBe(app.sqlite.prepare('SELECT name FROM region WHERE code = ?').pluck().get('51.03.06.2006'));
    expect(numerators(r.breakdowns.category)).toEqual({ petani: 2, '': 1 });
    expect(r.breakdowns.category.find((f) => f.value === null)!.label).toBe('Tidak tercatat');
    expect(numerators(r.breakdowns.funding)).toEqual({ apbd_kabkota: 2, mandiri: 1, pemberi_kerja: 1 });
    expect(numerators(r.breakdowns.sector)).toEqual({ I: 1 });
    expect(r.breakdowns.sector[0]!.label).toMatch(/^I — /);

    const early = await report(app, { at: '2024-02-01', by: ['kecamatan', 'category', 'segment'] });
    expect(numerators(early.breakdowns.kecamatan)).toEqual({ '51.03.06': 2, '51.03.01': 1 });
    expect(numerators(early.breakdowns.category)).toEqual({ petani: 2, nelayan: 1 });
    expect(numerators(early.breakdowns.segment)).toEqual({ BPU: 2, JAKON: 1 });
    expect(early.breakdowns.desa).toEqual([]); // not asked for
    // A kecamatan's own report counts its people only.
    expect((await report(app, { at: '2024-02-01', areaCode: '51.03.01', by: [] })).total.numerator).toBe(1);
  });

  it('sees an edit, a move to another desa and a status change at once', async () => {
    const app = await badungApp();
    const { a } = await people(app);
    // A's first period corrected to end in March; A moves to Kuta Selatan.
    const detail = await app.call('workers.get', { uid: a.uid });
    if (!detail.ok) throw new Error(detail.error.message);
    const saved = await app.call('workers.save', {
      uid: a.uid, nik: detail.data.person.nik, name: detail.data.person.name, kecamatanCode: '51.03.01', desaCode: '51.03.01.1001', category: 'petani',
      periods: [bpu('2024-01-01', '2024-03-31'), bpu('2024-09-01')].map((p, i) => ({ ...p, uid: detail.data.periods[i]!.uid })),
    });
    if (!saved.ok) throw new Error(saved.error.message);
    const r = await report(app, { at: '2024-05-15', by: ['kecamatan'] });
    expect(r.total.numerator).toBe(2); // B, D
    expect(numerators((await report(app, { at: '2024-02-01', by: ['kecamatan'] })).breakdowns.kecamatan)).toEqual({ '51.03.06': 1, '51.03.01': 2 });
    const restored = await app.call('workers.setStatus', { uid: a.uid, recordStatus: 'salah_input', reason: 'Bukan warga', date: '2024-01-01' });
    if (!restored.ok) throw new Error(restored.error.message);
    expect(await totalAt(app, '2026-11-24')).toBe(1);
  });
});
