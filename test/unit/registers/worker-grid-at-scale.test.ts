import { beforeAll, describe, expect, it } from 'vitest';
import type { GridPage } from '../../../core/api/grid.ts';
import { queryGrid, type ParsedGridRequest } from '../../../core/grid/query-grid.ts';
import type { GridSpec } from '../../../core/grid/grid-spec.ts';
import { badungApp } from '../employers/support.ts';
import { jobEnd } from '../support/jobs.ts';

// The worker register's grid at scale: a view filtered by kecamatan and categories (counted along
// its own index, listed whole when it is narrow), a desa, the quick search by NIK prefix and by
// name. Every page and count must be what a plain query of the person table gives.

let app: Awaited<ReturnType<typeof badungApp>>;
let spec: GridSpec;
let plain: GridSpec;
/** The most common values first: a view of them holds rows. */
const common = (column: string) =>
  app.sqlite.prepare(`SELECT ${column} FROM person WHERE ${column} IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 3`).pluck().all() as string[];

beforeAll(async () => {
  app = await badungApp();
  const started = await app.call('workers.demo', { count: 3000 });
  if (!started.ok) throw new Error(started.error.message);
  const done = await jobEnd(app.call, started.data);
  if (done.status !== 'done') throw new Error(`demo ${done.status}: ${done.error?.message ?? ''}`);
  spec = app.runtime.registers.gridSpec('worker');
  const { sortIndexes: _indexes, totals: _totals, quickSearch, ...rest } = spec;
  // The plain spec finds a name search with its FTS condition alone (not the name words).
  plain = { ...rest, quickSearch: (term) => (({ ordered: _ordered, ...condition }) => condition)(quickSearch!(term) ?? { sql: '0', params: [] }) };
}, 60_000);

const set = (values: string[]) => ({ filterType: 'set' as const, values });

/** The ids of a view by brute force: the person table, its conditions in plain SQL, sorted by name. */
function bruteForce(conditions: string[], params: unknown[], descending: boolean): number[] {
  const dir = descending ? 'DESC' : 'ASC';
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  return app.sqlite.prepare(`SELECT id FROM person ${where} ORDER BY name_fold ${dir}, id ${dir}`).pluck().all(...params) as number[];
}

function starts(count: number): number[] {
  const last = Math.max(0, count - 100);
  const at = (share: number) => Math.floor(count * share);
  return [0, 100, last, at(0.5), at(0.5) + 100, at(0.3) - 7, count + 10].filter((s) => s >= 0);
}

function expectPages(label: string, request: Pick<ParsedGridRequest, 'filterModel' | 'quickSearch'>, ids: number[], descending: boolean) {
  const sortModel = [{ colId: 'name', sort: descending ? ('desc' as const) : ('asc' as const) }];
  // Narrow views listed whole (as they are at these sizes), then read along the name index (as
  // views of a million are).
  for (const listWholeUpTo of [50_000, 0]) {
    for (const start of starts(ids.length)) {
      const page: GridPage<{ id: number }> = queryGrid(app.sqlite, spec, { startRow: start, endRow: start + 100, sortModel, ...request }, 0, listWholeUpTo);
      expect(page.rowCount, `${label}: count`).toBe(ids.length);
      expect(
        page.rows.map((r) => r.id),
        `${label}, ${listWholeUpTo ? 'listed whole' : 'along the index'}: rows from ${start}`,
      ).toEqual(ids.slice(start, start + 100));
    }
  }
}

describe('the worker grid at scale', () => {
  it('pages a view of categories in a kecamatan, a desa and a kecamatan exactly as a plain query of the people has it', () => {
    const [c1, c2] = common('category');
    const [k1, k2] = common('kecamatan_code');
    const [d1] = common('desa_code');
    const views: { name: string; filterModel: ParsedGridRequest['filterModel']; conditions: string[]; params: unknown[] }[] = [
      {
        name: 'two categories and a kecamatan',
        filterModel: { category: set([c1!, c2!]), kecamatanCode: set([k1!]) },
        conditions: ['category IN (?, ?)', 'kecamatan_code = ?'],
        params: [c1, c2, k1],
      },
      {
        name: 'a category in two kecamatan, active',
        filterModel: { category: set([c1!]), kecamatanCode: set([k1!, k2!]), recordStatus: set(['aktif']) },
        conditions: ['category = ?', 'kecamatan_code IN (?, ?)', "record_status = 'aktif'"],
        params: [c1, k1, k2],
      },
      { name: 'a desa and a category', filterModel: { desaCode: set([d1!]), category: set([c2!]) }, conditions: ['desa_code = ?', 'category = ?'], params: [d1, c2] },
      { name: 'a kecamatan', filterModel: { kecamatanCode: set([k2!]) }, conditions: ['kecamatan_code = ?'], params: [k2] },
      { name: 'two categories', filterModel: { category: set([c1!, c2!]) }, conditions: ['category IN (?, ?)'], params: [c1, c2] },
      { name: 'everyone active', filterModel: { recordStatus: set(['aktif']) }, conditions: ["record_status = 'aktif'"], params: [] },
    ];
    for (const view of views) {
      for (const descending of [false, true]) {
        const ids = bruteForce(view.conditions, view.params, descending);
        expect(ids.length, `${view.name} holds people`).toBeGreaterThan(descending ? 0 : 5);
        expectPages(`${view.name} ${descending ? 'desc' : 'asc'}`, { filterModel: view.filterModel }, ids, descending);
      }
    }
  });

  it('finds people by NIK prefix and by name with the count and pages a plain query gives', () => {
    const nik = app.sqlite.prepare('SELECT nik FROM person ORDER BY id LIMIT 1 OFFSET 17').pluck().get() as string;
    for (const prefix of [nik.slice(0, 4), nik.slice(0, 6), nik.slice(0, 7), nik.slice(0, 9), '3510', '9999']) {
      for (const descending of [false, true]) {
        const ids = bruteForce(['nik LIKE ?'], [`${prefix}%`], descending);
        expectPages(`NIK ${prefix}`, { filterModel: {}, quickSearch: prefix }, ids, descending);
      }
    }
    for (const term of ['made', 'ni putu', 'wayan sud', 'zzz']) {
      const sortModel = [{ colId: 'name', sort: 'asc' as const }];
      const whole = queryGrid<{ id: number }>(app.sqlite, plain, { startRow: 0, endRow: 100_000, sortModel, filterModel: {}, quickSearch: term });
      if (term === 'made') expect(whole.rowCount).toBeGreaterThan(100);
      expectPages(`name ${term}`, { filterModel: {}, quickSearch: term }, whole.rows.map((r) => r.id), false);
      const active = { recordStatus: set(['aktif']) };
      const activeWhole = queryGrid<{ id: number }>(app.sqlite, plain, { startRow: 0, endRow: 100_000, sortModel, filterModel: active, quickSearch: term });
      expectPages(`name ${term}, active`, { filterModel: active, quickSearch: term }, activeWhole.rows.map((r) => r.id), false);
    }
  });

  it('reads a name search from the name words in name order, as the FTS finds it, in every status view, after renames and status changes', async () => {
    // Someone saved and renamed (the old words go, the new ones come, accents and case folded);
    // people with common words moved away or died.
    const input = {
      nik: '5103064507900002',
      name: 'Ni Luh Putu Zakiyah',
      kecamatanCode: '51.03.06',
      desaCode: '51.03.06.2006',
      periods: [{ segment: 'BPU' as const, startDate: '2025-01-01', programmes: ['JKK' as const, 'JKM' as const], source: 'Daftar desa 2025' }],
    };
    const saved = await app.call('workers.save', input);
    if (!saved.ok) throw new Error(saved.error.message);
    const renamed = await app.call('workers.save', { ...input, uid: saved.data.person.uid, name: 'Ni Luh Putu Zulaïkha-Sukértí' });
    if (!renamed.ok) throw new Error(renamed.error.message);
    const made = app.sqlite.prepare("SELECT uid FROM person WHERE name_fold LIKE '% made %' ORDER BY id LIMIT 30").pluck().all() as string[];
    for (const [i, uid] of made.entries()) {
      const changed = await app.call('workers.setStatus', { uid, recordStatus: i % 3 ? 'pindah' : 'meninggal', reason: 'Pindah ke luar daerah', date: '2026-01-15' });
      if (!changed.ok) throw new Error(changed.error.message);
    }
    const views: ParsedGridRequest['filterModel'][] = [
      {},
      { recordStatus: set(['aktif']) },
      { recordStatus: set(['pindah']) },
      { recordStatus: set(['aktif', 'meninggal']) },
      { recordStatus: set(['pindah', 'meninggal']) },
      { recordStatus: set([]) },
    ];
    const terms = ['made', 'MADÉ', 'ni putu', 'putu ni', 'wayan sud', 'kadek ari', 'i', 'su', 'zakiyah', 'zulaikha', 'ZULAÏKHA sukerti', 'zzz', 'made made'];
    for (const term of terms) {
      for (const filterModel of views) {
        for (const sort of ['asc', 'desc'] as const) {
          const request = { startRow: 0, endRow: 1, sortModel: [{ colId: 'name', sort }], filterModel };
          expect(spec.quickSearch!(term)!.ordered!(app.sqlite, request), `${term}: read from the name words`).not.toBeNull();
          const ids = queryGrid<{ id: number }>(app.sqlite, plain, { ...request, endRow: 100_000, quickSearch: term }).rows.map((r) => r.id);
          const holdsActive = filterModel === views[0] || filterModel === views[1] || filterModel === views[3];
          if (['made', 'MADÉ', 'ni putu', 'i'].includes(term) && holdsActive) expect(ids.length, `${term} finds people`).toBeGreaterThan(100);
          if (['made', 'MADÉ'].includes(term) && !holdsActive && filterModel !== views[5]) expect(ids.length, `${term} finds people not active`).toBeGreaterThan(5);
          expectPages(`name ${term} ${JSON.stringify(filterModel)} ${sort}`, { filterModel, quickSearch: term }, ids, sort === 'desc');
        }
      }
    }
    const found = (term: string) => queryGrid<{ nik: string }>(app.sqlite, spec, { startRow: 0, endRow: 10, sortModel: [], filterModel: {}, quickSearch: term });
    expect(found('zakiyah').rowCount).toBe(0);
    expect(found('zulaikha sukerti').rows.map((r) => r.nik)).toEqual([input.nik]);
  });

  it("counts a NIK prefix held by most people from those outside it, and pages it deep, in the screen's view of active people", async () => {
    // The office's own kabupaten: most people's NIKs start with it, so the count is the view's
    // total (the totals) less the NIKs below and above the prefix's range.
    const prefix = app.sqlite.prepare('SELECT substr(nik, 1, 4) FROM person GROUP BY 1 ORDER BY count(*) DESC LIMIT 1').pluck().get() as string;
    const sampled = app.sqlite.prepare('SELECT avg(nik LIKE ?) FROM (SELECT nik FROM person ORDER BY name_fold, id LIMIT 1000)').pluck().get(`${prefix}%`) as number;
    expect(sampled, 'the prefix is most of the first rows by name').toBeGreaterThan(0.5);
    // Some people moved away, inside the prefix and outside it: the active view leaves them out.
    const inside = app.sqlite.prepare('SELECT uid FROM person WHERE nik LIKE ? ORDER BY id LIMIT 40').pluck().all(`${prefix}%`) as string[];
    const outside = app.sqlite.prepare('SELECT uid FROM person WHERE nik NOT LIKE ? ORDER BY id LIMIT 10').pluck().all(`${prefix}%`) as string[];
    expect(outside.length, 'people from elsewhere').toBeGreaterThan(0);
    for (const uid of [...inside, ...outside]) {
      const moved = await app.call('workers.setStatus', { uid, recordStatus: 'pindah', reason: 'Pindah ke luar daerah', date: '2026-01-15' });
      if (!moved.ok) throw new Error(moved.error.message);
    }
    const views: { name: string; filterModel: ParsedGridRequest['filterModel']; conditions: string[] }[] = [
      { name: 'active', filterModel: { recordStatus: set(['aktif']) }, conditions: ["record_status = 'aktif'"] },
      { name: 'moved', filterModel: { recordStatus: set(['pindah']) }, conditions: ["record_status = 'pindah'"] },
      { name: 'everyone', filterModel: {}, conditions: [] },
      { name: 'a category, active', filterModel: { recordStatus: set(['aktif']), category: set([common('category')[0]!]) }, conditions: ["record_status = 'aktif'", 'category = ?'] },
    ];
    for (const view of views) {
      const params = view.name === 'a category, active' ? [common('category')[0], `${prefix}%`] : [`${prefix}%`];
      for (const descending of [false, true]) {
        const ids = bruteForce([...view.conditions, 'nik LIKE ?'], params, descending);
        expect(ids.length, `${view.name}: people with NIK ${prefix}`).toBeGreaterThan(view.name === 'moved' ? 0 : 100);
        expectPages(`NIK ${prefix}, ${view.name} ${descending ? 'desc' : 'asc'}`, { filterModel: view.filterModel, quickSearch: prefix }, ids, descending);
      }
    }
  });

  it("reads a NIK-prefix search's pages along an index alone (the name index holds the NIK, the NIK's index the name)", () => {
    const plan = app.sqlite
      .prepare(`EXPLAIN QUERY PLAN SELECT w.name_fold, w.id FROM person w INDEXED BY person_grid_name_idx WHERE +w.record_status IN ('aktif') AND w.nik BETWEEN ? AND ? ORDER BY w.name_fold, w.id LIMIT 100`)
      .all('5103000000000000', '5103999999999999') as { detail: string }[];
    expect(plan.map((p) => p.detail)).toEqual(['SCAN w USING COVERING INDEX person_grid_name_idx']);
    // A narrow prefix listed whole: its names come from the NIK's index, not the table.
    const listed = app.sqlite
      .prepare(`EXPLAIN QUERY PLAN SELECT w.id FROM person w WHERE +w.record_status IN ('aktif') AND w.nik BETWEEN ? AND ? ORDER BY +w.name_fold ASC, w.id ASC`)
      .all('3510000000000000', '3510999999999999') as { detail: string }[];
    expect(listed.map((p) => p.detail)).toEqual(['SEARCH w USING COVERING INDEX person_nik_status_idx (nik>? AND nik<?)', 'USE TEMP B-TREE FOR ORDER BY']);
  });
});
