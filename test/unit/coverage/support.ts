import type { PersonInput } from '../../../core/api/workers.ts';
import { coverageFilterValues, type CoverageFigure, type CoverageReport } from '../../../core/api/coverage.ts';
import { badungApp } from '../employers/support.ts';

// People with hand-made periods entered through the worker form's channel, and the figures of a
// coverage report looked up by key.

export type App = Awaited<ReturnType<typeof badungApp>>;
export { badungApp };

/** A valid NIK of a woman born 5 July 1990 in Kuta Utara, told apart by its serial. */
export const nik = (serial: number) => `5103064507900${String(serial).padStart(3, '0')}`;

type Period = NonNullable<PersonInput['periods']>[number];
export const bpu = (startDate: string, endDate: string | null = null, extra: Partial<Period> = {}): Period => ({
  segment: 'BPU', startDate, endDate, programmes: ['JKK', 'JKM'], funding: 'apbd_kabkota', source: 'uji', ...extra,
});
export const period = (segment: Period['segment'], startDate: string, endDate: string | null = null, extra: Partial<Period> = {}): Period => ({
  segment, startDate, endDate, programmes: ['JKK', 'JKM'], funding: segment === 'PU' ? 'pemberi_kerja' : 'mandiri', source: 'uji', ...extra,
});

export async function addPerson(app: App, serial: number, periods: Period[], extra: Partial<PersonInput> = {}): Promise<{ uid: string; periods: { uid: string }[] }> {
  const saved = await app.call('workers.save', {
    nik: nik(serial), name: `Ni Luh Uji ${serial}`, kecamatanCode: '51.03.06', desaCode: '51.03.06.2006', category: null, periods, ...extra,
  });
  if (!saved.ok) throw new Error(saved.error.message);
  return { uid: saved.data.person.uid, periods: saved.data.periods };
}

export async function report(app: App, input: Record<string, unknown>): Promise<CoverageReport> {
  const r = await app.call('coverage.report', input);
  if (!r.ok) throw new Error(r.error.message);
  return r.data;
}

/** Numerator of each figure of a breakdown, by value ('' = not recorded). */
export const numerators = (figures: CoverageFigure[]) => Object.fromEntries(figures.filter((f) => f.numerator > 0).map((f) => [f.value ?? '', f.numerator]));

/** The names of the people behind a figure, as the worker grid lists them (its `coverage` filter), sorted. */
export async function peopleOf(app: App, figure: CoverageFigure): Promise<string[]> {
  const listed = await app.call('registers.list', { register: 'worker', startRow: 0, endRow: 100, filterModel: { coverage: { filterType: 'set', values: coverageFilterValues(figure.people!) } } });
  if (!listed.ok) throw new Error(listed.error.message);
  return listed.data.rows.map((r) => String(r.name)).sort();
}
