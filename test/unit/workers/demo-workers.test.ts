import { describe, expect, it } from 'vitest';
import { analyzeNik, createSetLookup } from '../../../core/reference/nik/index.ts';
import { demoWorkers, type DemoWorkerArea } from '../../../core/workers/demo-workers.ts';
import { undo } from '../imports-pipeline/support.ts';
import { jobEnd } from '../support/jobs.ts';
import { badungApp, loadDemo } from '../employers/support.ts';

// The demo people: deterministic, valid NIKs of both sexes issued in the right regions, a few
// mangled as spreadsheets leave them, near-duplicates; loaded through the import pipeline.

const area: DemoWorkerArea = {
  kecamatan: [
    { code: '51.03.06', name: 'Kuta Utara', desa: [{ code: '51.03.06.2006', name: 'Dalung' }, { code: '51.03.06.1002', name: 'Kerobokan' }] },
    { code: '51.03.01', name: 'Kuta Selatan', desa: [{ code: '51.03.01.1001', name: 'Benoa' }] },
  ],
  nikDistricts: { home: ['51.03.06', '51.03.01'], elsewhere: ['51.71.01', '35.10.01'] },
  employerNpps: ['NN0000001', 'NN0000002'],
};
const lookup = createSetLookup({ provinces: ['51', '35'], regencies: ['51.03', '51.71', '35.10'], districts: ['51.03.06', '51.03.01', '51.71.01', '35.10.01'] });

describe('demo workers', () => {
  it('are the same for a seed, with valid unique NIKs of both sexes from the given regions', () => {
    const a = [...demoWorkers(area, 3000, '2026-11-24')];
    const b = [...demoWorkers(area, 3000, '2026-11-24')];
    expect(a).toEqual(b);
    expect([...demoWorkers(area, 50, '2026-11-24', 7)]).not.toEqual(a.slice(0, 50));
    const analysed = a.map((p) => analyzeNik(p.nik, { lookup, today: new Date(Date.UTC(2026, 10, 24)) }));
    expect(analysed.every((n) => n.valid)).toBe(true);
    const niks = analysed.map((n) => n.nik!);
    expect(new Set(niks).size).toBe(niks.length);
    expect(analysed.filter((n) => n.sex === 'P').length).toBeGreaterThan(1000);
    expect(analysed.filter((n) => n.sex === 'L').length).toBeGreaterThan(1000);
    expect(niks.every((n) => ['510306', '510301', '517101', '351001'].includes(n.slice(0, 6)))).toBe(true);
    // Spreadsheet damage that a clerk's file has, repaired with a note: ".0" and spaces.
    expect(a.filter((p) => p.nik.endsWith('.0')).length).toBeGreaterThan(5);
    expect(analysed.filter((n) => n.repair.needsConfirmation).length).toBeGreaterThan(10);
    // Near-duplicates: the same name and birth date under another NIK.
    const byName = new Map<string, number>();
    for (const p of a) if (p.birthDate) byName.set(`${p.name}|${p.birthDate}`, (byName.get(`${p.name}|${p.birthDate}`) ?? 0) + 1);
    expect([...byName.values()].some((n) => n > 1)).toBe(true);
    expect(new Set(a.map((p) => p.segment))).toEqual(new Set(['BPU', 'PU', 'JAKON', 'PMI']));
  });

  it('load through the import pipeline as one batch, and undo whole', async () => {
    const app = await badungApp();
    await loadDemo(app, 40);
    const started = await app.call('workers.demo', { count: 600 });
    if (!started.ok) throw new Error(started.error.message);
    const done = await jobEnd(app.call, started.data);
    expect(done.error?.message ?? done.status).toBe('done');
    const people = app.count('person');
    // Rows repeating a NIK are one person; near-duplicates with other NIKs are other people.
    expect(people).toBeGreaterThan(580);
    expect(app.count('participation_period')).toBe(600);
    expect(app.sqlite.prepare("SELECT count(*) FROM participation_period WHERE segment = 'PU' AND employer_id IS NULL").pluck().get()).toBe(0);
    expect(app.sqlite.prepare('SELECT count(DISTINCT desa_code) FROM person').pluck().get()).toBeGreaterThan(30);
    const page = await app.call('registers.list', { register: 'worker', startRow: 0, endRow: 50, filterModel: { statusToday: { filterType: 'set', values: ['aktif'] } } });
    expect(page.ok && page.data.rows.length).toBe(50);
    const counts = await app.call('registers.counts', { register: 'worker', by: 'category' });
    expect(counts.ok && counts.data.total).toBe(people);
    const history = await app.call('imports.history', { register: 'worker' });
    if (!history.ok) throw new Error(history.error.message);
    expect((await undo(app, history.data[0]!.uid)).status).toBe('done');
    expect(app.count('person')).toBe(0);
    expect(app.count('participation_period')).toBe(0);
  });
});
