import { describe, expect, it } from 'vitest';
import type { ProgrammeInput } from '../../../core/api/programmes.ts';
import { addPerson, badungApp, bpu, numerators, peopleOf, report, type App } from './support.ts';

// A vulnerable-worker programme pays its own year (its budget's): coverage by programme counts a
// period naming it only within that year (walk 38: on 31 Dec 2025 the 2026 programmes held 70
// people whose periods began years before, and the 2025 award package said so). The total still
// counts them; the programme's figure and the people behind it agree; its year changed, recounted.

const programme = (name: string, year: number): ProgrammeInput => ({ name, year, funding: 'apbd_kabkota', package: ['JKK', 'JKM'], budget: 100_000_000, legalBasis: '', targets: [] });

/** The programme's uid (a period names it so) and its id (a figure's value). */
async function saved(app: App, input: ProgrammeInput): Promise<{ uid: string; key: string }> {
  const r = await app.call('programmes.save', input);
  if (!r.ok) throw new Error(r.error.message);
  return { uid: r.data.uid, key: String(app.sqlite.prepare('SELECT id FROM worker_programme WHERE uid = ?').pluck().get(r.data.uid)) };
}


describe("coverage by programme, within the programme's year", () => {
  it('counts a period naming a programme only in its year; the total counts the person throughout', async () => {
    const app = await badungApp();
    const p2025 = await saved(app, programme('Program uji APBD 2025', 2025));
    const p2026 = await saved(app, programme('Program uji APBD 2026', 2026));
    // Covered since 2019 and named in the 2026 list: the programme pays 2026 only.
    await addPerson(app, 1, [bpu('2019-01-01', null, { programmeUid: p2026.uid })], { name: 'Sejak 2019' });
    await addPerson(app, 2, [bpu('2025-01-01', '2025-12-31', { programmeUid: p2025.uid })], { name: 'Tahun 2025' });

    const byProgramme = async (at: string) => {
      const r = await report(app, { at, by: ['programme'] });
      return { total: r.total.numerator, programmes: numerators(r.breakdowns.programme), figures: r.breakdowns.programme };
    };
    const dec2025 = await byProgramme('2025-12-31');
    expect(dec2025.total).toBe(2);
    expect(dec2025.programmes).toEqual({ [p2025.key]: 1 });
    const jun2026 = await byProgramme('2026-06-30');
    expect(jun2026.programmes).toEqual({ [p2026.key]: 1 });
    expect(await peopleOf(app, jun2026.figures.find((f) => f.value === p2026.key)!)).toEqual(['Sejak 2019']);
    // Its period still runs in 2027, with no programme of that year.
    const jan2027 = await byProgramme('2027-01-15');
    expect([jan2027.total, jan2027.programmes]).toEqual([1, {}]);

    // The programme's year corrected to 2025: its people are counted again in that year.
    const changed = await app.call('programmes.save', { ...programme('Program uji APBD 2026', 2025), uid: p2026.uid });
    if (!changed.ok) throw new Error(changed.error.message);
    const again = await byProgramme('2025-12-31');
    expect(again.programmes).toEqual({ [p2025.key]: 1, [p2026.key]: 1 });
    expect(await peopleOf(app, again.figures.find((f) => f.value === p2026.key)!)).toEqual(['Sejak 2019']);
  });
});
