import { beforeAll, describe, expect, it } from 'vitest';
import type { GridPage } from '../../../core/api/grid.ts';
import type { JobState } from '../../../core/api/jobs.ts';
import { queryGrid, type ParsedGridRequest } from '../../../core/grid/query-grid.ts';
import type { GridSpec } from '../../../core/grid/grid-spec.ts';
import { countFromTables } from '../../../core/grid/row-count.ts';
import { snapshotPageIds, snapshotsSettled, snapshotSource } from '../../../core/grid/sort-snapshot.ts';
import { badungApp, sampleEmployer, loadDemo } from '../employers/support.ts';
import { waitJob } from '../imports-pipeline/support.ts';

// The grid's pages read along an index (any depth) and its counts read from maintained totals
// must be exactly what the plain path (the whole ordered list, counts by a scan) gives: the same
// rows in the same order on every page, in any order of page requests, before and after writes.

let app: Awaited<ReturnType<typeof badungApp>>;
let spec: GridSpec;
let plain: GridSpec;
beforeAll(async () => {
  app = await badungApp();
  await loadDemo(app, 1500);
  spec = app.runtime.registers.gridSpec('employer');
  const { sortIndexes: _indexes, totals: _totals, countTables: _countTables, ...rest } = spec;
  plain = rest;
});

const views: { name: string; filterModel: ParsedGridRequest['filterModel'] }[] = [
  { name: 'everything', filterModel: {} },
  { name: 'active', filterModel: { recordStatus: { filterType: 'set', values: ['aktif'] } } },
  {
    name: 'two statuses and a number',
    filterModel: { bpjsStatus: { filterType: 'set', values: ['terdaftar', 'pwbd'] }, workersTotal: { filterType: 'number', type: 'greaterThanOrEqual', filter: 5 } },
  },
  { name: 'one kecamatan', filterModel: { kecamatanCode: { filterType: 'set', values: ['51.03.06'] } } },
];
const sorts = [
  [{ colId: 'name', sort: 'asc' as const }],
  [{ colId: 'name', sort: 'desc' as const }],
  [{ colId: 'updatedAt', sort: 'desc' as const }],
  [{ colId: 'updatedAt', sort: 'asc' as const }],
];

/** Page starts in an order a user might cause: first, next, a jump to the end, back, the middle, around it. */
function starts(count: number): number[] {
  const last = Math.max(0, count - 100);
  const at = (share: number) => Math.floor(count * share);
  return [0, 100, 200, last, last - 100, at(0.5), at(0.5) + 100, at(0.45), at(0.7), at(0.55) - 3, 300, 137, last + 50, count + 10].filter((s) => s >= 0);
}

/** `deepFrom`: how many rows of its sort index a page would walk to be read from its snapshot instead (query-grid.ts). */
function comparePages(label: string, deepFrom?: number) {
  for (const view of views) {
    for (const sortModel of sorts) {
      const whole = queryGrid<{ id: number }>(app.sqlite, plain, { startRow: 0, endRow: 100_000, sortModel, filterModel: view.filterModel });
      const ids = whole.rows.map((r) => r.id);
      for (const start of starts(whole.rowCount)) {
        const page: GridPage<{ id: number }> = queryGrid(app.sqlite, spec, { startRow: start, endRow: start + 100, sortModel, filterModel: view.filterModel }, 0, 50_000, deepFrom);
        expect(page.rowCount, `${label}: ${view.name}, ${sortModel[0]!.colId} ${sortModel[0]!.sort}, count`).toBe(whole.rowCount);
        expect(page.rows.map((r) => r.id), `${label}: ${view.name}, ${sortModel[0]!.colId} ${sortModel[0]!.sort}, rows from ${start}`).toEqual(ids.slice(start, start + 100));
      }
    }
  }
}

/** The totals the triggers keep, next to a count of the table. */
function totalsAgree() {
  const kept = app.sqlite.prepare("SELECT status, value, n FROM record_total WHERE register = 'employer' AND n <> 0 ORDER BY 1, 2").all();
  const counted = app.sqlite.prepare('SELECT record_status AS status, bpjs_status AS value, count(*) AS n FROM employer GROUP BY 1, 2 ORDER BY 1, 2').all();
  expect(kept).toEqual(counted);
  // And the counts by workforce (migration 0029), with unknown workforces (NULL) counted once.
  const byWorkforce = app.sqlite.prepare('SELECT record_status, bpjs_status, workers_total, n FROM employer_workforce_total WHERE n <> 0 ORDER BY 1, 2, 3').all();
  expect(byWorkforce).toEqual(app.sqlite.prepare('SELECT record_status, bpjs_status, workers_total, count(*) AS n FROM employer GROUP BY 1, 2, 3 ORDER BY 1, 2, 3').all());
  expect(app.sqlite.prepare('SELECT count(*) FROM employer_workforce_total GROUP BY record_status, bpjs_status, workers_total HAVING count(*) > 1').all()).toEqual([]);
}

describe('the grid at scale', () => {
  it('reads every page along its index exactly as the whole ordered list has it', () => {
    comparePages('as loaded');
  });

  it('counts views by BPJS status, record status and workforce from the counts the triggers keep, as a count of the table has them', () => {
    const set = (values: string[]) => ({ filterType: 'set' as const, values });
    type NumberType = 'equals' | 'lessThan' | 'greaterThan' | 'greaterThanOrEqual' | 'inRange' | 'blank' | 'notBlank';
    const number = (type: NumberType, filter?: number, filterTo?: number) => ({ filterType: 'number' as const, type, ...(filter === undefined ? {} : { filter }), ...(filterTo === undefined ? {} : { filterTo }) });
    const filters: ParsedGridRequest['filterModel'][] = [
      { workersTotal: number('greaterThanOrEqual', 5) },
      { bpjsStatus: set(['terdaftar', 'pwbd', 'pds_tk']), workersTotal: number('greaterThan', 20) },
      { bpjsStatus: set(['pwbd']), workersTotal: number('inRange', 5, 50), recordStatus: set(['aktif']) },
      { workersTotal: number('blank') },
      { workersTotal: number('notBlank'), recordStatus: set(['aktif', 'tutup']) },
      { workersTotal: number('equals', 10) },
      { workersTotal: number('lessThan', 3) },
      { workersTotal: { filterType: 'number', operator: 'OR', conditions: [number('lessThan', 3), number('greaterThan', 500)] } },
    ];
    for (const filterModel of filters) {
      const fromTable = countFromTables(app.sqlite, spec, filterModel, undefined, 0);
      const counted = queryGrid(app.sqlite, plain, { startRow: 0, endRow: 1, sortModel: [], filterModel }).rowCount;
      expect(fromTable, JSON.stringify(filterModel)).toBe(counted);
      expect(queryGrid(app.sqlite, spec, { startRow: 0, endRow: 1, sortModel: [{ colId: 'name', sort: 'asc' }], filterModel }).rowCount).toBe(counted);
    }
    expect(countFromTables(app.sqlite, spec, filters[0]!, undefined, 0), 'some employers have 5 workers or more').toBeGreaterThan(0);
    expect(countFromTables(app.sqlite, spec, filters[3]!, undefined, 0), 'some workforces are unknown').toBeGreaterThan(0);
    // Another filter, or a search: not the table's to answer.
    expect(countFromTables(app.sqlite, spec, { kecamatanCode: set(['51.03.06']) }, undefined, 0)).toBeNull();
    expect(countFromTables(app.sqlite, spec, filters[0]!, 'bali', 0)).toBeNull();
  });

  it('reads pages right again after writes move records in and out of a view', async () => {
    // The first pages are read (their keys remembered), then records change under them.
    comparePages('before the writes');
    const saved = await app.call('employers.save', { ...sampleEmployer, name: 'AAA Paling Depan' });
    if (!saved.ok) throw new Error(saved.error.message);
    const someone = app.sqlite.prepare("SELECT uid FROM employer WHERE record_status = 'aktif' ORDER BY name_fold LIMIT 1 OFFSET 150").pluck().get() as string;
    const closed = await app.call('employers.setStatus', { uid: someone, recordStatus: 'tutup', reason: 'Usaha berhenti' });
    if (!closed.ok) throw new Error(closed.error.message);
    comparePages('after a save and a closure');
  });

  it('reads deep pages from a snapshot of the sort index read in the background, as the whole ordered list has them; after a write, by the walk until it is read again', async () => {
    const set = (values: string[]) => ({ filterType: 'set' as const, values });
    const number = (type: 'lessThan' | 'greaterThan' | 'blank', filter?: number) => ({ filterType: 'number' as const, type, ...(filter === undefined ? {} : { filter }) });
    const filters: ParsedGridRequest['filterModel'][] = [
      ...views.filter((v) => v.name !== 'one kecamatan').map((v) => v.filterModel),
      { workersTotal: number('blank') },
      { workersTotal: { filterType: 'number', operator: 'OR', conditions: [number('lessThan', 3), number('greaterThan', 50)] }, recordStatus: set(['aktif', 'tutup']) },
      { kecamatanCode: set(['51.03.01', '51.03.06']), desaCode: { filterType: 'text', type: 'startsWith', filter: '51.03.06.20' } },
      { recordStatus: set([]) },
    ];
    const fromSnapshot = (sortModel: (typeof sorts)[number], filterModel: ParsedGridRequest['filterModel'], start: number, count: number) => {
      const { colId, sort } = sortModel[0]!;
      const source = snapshotSource(spec, spec.sortIndexes![colId]!, spec.columns[colId]!.sql);
      return snapshotPageIds(app.sqlite, spec, source, { filterModel, descending: sort === 'desc', count, start, end: start + 100, utcOffsetMinutes: 0 });
    };
    const check = (label: string) => {
      for (const sortModel of sorts) {
        for (const filterModel of filters) {
          const ids = queryGrid<{ id: number }>(app.sqlite, plain, { startRow: 0, endRow: 100_000, sortModel, filterModel }).rows.map((r) => r.id);
          for (const start of [0, 1, Math.floor(ids.length / 2), Math.max(0, ids.length - 100)]) {
            const page = fromSnapshot(sortModel, filterModel, start, ids.length);
            const what = `${label}: ${JSON.stringify(filterModel)}, ${sortModel[0]!.colId} ${sortModel[0]!.sort}, rows from ${start}`;
            if (start < ids.length) expect(page, `${what}, read from the snapshot`).not.toBeNull();
            if (page) expect(page, what).toEqual(ids.slice(start, start + 100));
          }
        }
      }
    };
    // None yet: the walk serves the first deep page of each sort, and the snapshot is read meanwhile.
    for (const sortModel of sorts) expect(fromSnapshot(sortModel, {}, 500, app.sqlite.prepare('SELECT count(*) FROM employer').pluck().get() as number)).toBeNull();
    await snapshotsSettled();
    check('read');
    comparePages('pages from the snapshots', 0);
    // A write: the snapshot no longer serves (the walk does), until it is read again.
    const saved = await app.call('employers.save', { ...sampleEmployer, nib: '9120309876543', npwp: '', npp: 'NN888888', name: 'PT Snapshot Baru' });
    if (!saved.ok) throw new Error(saved.error.message);
    const total = app.sqlite.prepare('SELECT count(*) FROM employer').pluck().get() as number;
    expect(fromSnapshot(sorts[0]!, {}, 500, total), 'stale after a write').toBeNull();
    comparePages('after a write, before the snapshot is read again', 0);
    await snapshotsSettled();
    check('read again after the write');
  });

  it('keeps totals that agree with the table through saves, status changes, bulk changes and their undo', async () => {
    totalsAgree();
    // A workforce changed, then made unknown: its counts move with it.
    const uid = app.sqlite.prepare("SELECT uid FROM employer WHERE name = 'AAA Paling Depan'").pluck().get() as string;
    for (const workers of [{ workersMale: 40, workersFemale: 37 }, { workersMale: null, workersFemale: null }]) {
      const saved = await app.call('employers.save', { ...sampleEmployer, uid, name: 'AAA Paling Depan', ...workers });
      if (!saved.ok) throw new Error(saved.error.message);
      totalsAgree();
    }
    const bulk = await app.call('registers.bulkStatus', {
      register: 'employer',
      filterModel: { kecamatanCode: { filterType: 'set', values: ['51.03.01'] }, recordStatus: { filterType: 'set', values: ['aktif'] } },
      status: 'dihapus',
      reason: 'Data ganda',
    });
    if (!bulk.ok) throw new Error(bulk.error.message);
    const done = await waitJob(app, bulk.data as JobState);
    expect(done.status).toBe('done');
    totalsAgree();
    const counts = async (filterModel: object) => {
      const r = await app.call('registers.counts', { register: 'employer', by: 'bpjsStatus', filterModel });
      if (!r.ok) throw new Error(r.error.message);
      return r.data;
    };
    // The same counts from the totals (status filters only) and from a count of the rows.
    const active = { recordStatus: { filterType: 'set', values: ['aktif'] } };
    const fromTotals = await counts(active);
    const scanned = app.sqlite.prepare("SELECT bpjs_status AS value, count(*) AS n FROM employer WHERE record_status = 'aktif' GROUP BY 1").all() as { value: string; n: number }[];
    expect(fromTotals.values).toEqual(Object.fromEntries(scanned.map((r) => [r.value, r.n])));
    expect(fromTotals.total).toBe(scanned.reduce((s, r) => s + r.n, 0));

    const batch = (done.result as { batch: { uid: string } }).batch.uid;
    const undone = await app.call('imports.undo', { batchUid: batch, edited: 'keep' });
    if (!undone.ok) throw new Error(undone.error.message);
    expect((await waitJob(app, undone.data as JobState)).status).toBe('done');
    totalsAgree();
    comparePages('after the undo');
  });

  it('reads a name search from the name words in name order, as the FTS finds it, in every status view, after renames and closures', async () => {
    const { quickSearch, ...rest } = plain;
    // The plain spec finds a search with its FTS condition alone (not the name words).
    const byFts: GridSpec = { ...rest, quickSearch: (term) => (({ ordered: _ordered, ...condition }) => condition)(quickSearch!(term) ?? { sql: '0', params: [] }) };
    const saved = await app.call('employers.save', { ...sampleEmployer, nib: '9120301234567', npwp: '', npp: 'NN777777', name: 'CV Zakiyah Jaya' });
    if (!saved.ok) throw new Error(saved.error.message);
    const renamed = await app.call('employers.save', { ...sampleEmployer, nib: '9120301234567', npwp: '', npp: 'NN777777', uid: saved.data.uid, name: 'CV Zulaïkha Sukértí Jaya' });
    if (!renamed.ok) throw new Error(renamed.error.message);
    const common = app.sqlite.prepare("SELECT word FROM employer_word_total ORDER BY n DESC LIMIT 1").pluck().get() as string;
    const closing = app.sqlite.prepare(`SELECT uid FROM employer WHERE ' ' || name_fold || ' ' LIKE '% ${common} %' AND record_status = 'aktif' ORDER BY id LIMIT 20`).pluck().all() as string[];
    for (const uid of closing) {
      const closed = await app.call('employers.setStatus', { uid, recordStatus: 'tutup', reason: 'Usaha berhenti' });
      if (!closed.ok) throw new Error(closed.error.message);
    }
    // The words the triggers and the import's refill keep are the table's.
    const kept = app.sqlite.prepare('SELECT word, name_fold, id, record_status FROM employer_word ORDER BY 1, 2, 3').all();
    const derived = app.sqlite.prepare('SELECT j.value AS word, e.name_fold, e.id, e.record_status FROM employer e, json_each(name_words(e.name_fold)) j ORDER BY 1, 2, 3').all();
    expect(kept).toEqual(derived);

    const set = (values: string[]) => ({ filterType: 'set' as const, values });
    const statusViews: ParsedGridRequest['filterModel'][] = [{}, { recordStatus: set(['aktif']) }, { recordStatus: set(['tutup']) }, { recordStatus: set(['aktif', 'dihapus']) }, { recordStatus: set([]) }];
    const terms = [common, common.toUpperCase(), `${common} bal`, 'bali sej', 'i', 'zakiyah', 'zulaikha', 'ZULAÏKHA sukerti', 'zzz'];
    for (const term of terms) {
      for (const filterModel of statusViews) {
        for (const sort of ['asc', 'desc'] as const) {
          const request = { startRow: 0, endRow: 100_000, sortModel: [{ colId: 'name', sort }], filterModel };
          expect(spec.quickSearch!(term)!.ordered!(app.sqlite, { ...request, endRow: 1 }), `${term}: read from the name words`).not.toBeNull();
          const ids = queryGrid<{ id: number }>(app.sqlite, byFts, { ...request, quickSearch: term }).rows.map((r) => r.id);
          if (term === common && filterModel === statusViews[0]) expect(ids.length, `${term} finds employers`).toBeGreaterThan(100);
          if (term === common && filterModel === statusViews[2]) expect(ids.length, `${term} finds the closed`).toBeGreaterThanOrEqual(20);
          for (const start of [0, 100, Math.floor(ids.length / 2), Math.max(0, ids.length - 100), ids.length + 10]) {
            const page = queryGrid<{ id: number }>(app.sqlite, spec, { ...request, startRow: start, endRow: start + 100, quickSearch: term });
            expect(page.rowCount, `${term} ${JSON.stringify(filterModel)} ${sort}: count`).toBe(ids.length);
            expect(page.rows.map((r) => r.id), `${term} ${JSON.stringify(filterModel)} ${sort}: rows from ${start}`).toEqual(ids.slice(start, start + 100));
          }
        }
      }
    }
    const found = (term: string) => queryGrid<{ nib: string }>(app.sqlite, spec, { startRow: 0, endRow: 10, sortModel: [], filterModel: {}, quickSearch: term });
    expect(found('zakiyah').rowCount).toBe(0);
    expect(found('zulaikha sukerti').rows.map((r) => r.nib)).toEqual(['9120301234567']);
    // Digits are an identity number's: the FTS answers (NIB prefix), not the name words.
    expect(spec.quickSearch!('91203012')!.ordered).toBeUndefined();
    expect(found('91203012').rows.map((r) => r.nib)).toEqual(['9120301234567']);
  });
});
