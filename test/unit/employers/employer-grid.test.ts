import { beforeAll, describe, expect, it } from 'vitest';
import type { EmployerRow } from '../../../core/api/employers.ts';
import type { GridPage } from '../../../core/api/grid.ts';
import { badungApp, loadDemo } from './support.ts';

// The register grid over 2,000 generated employers: paging, sort, filters, FTS search, counts.
let app: Awaited<ReturnType<typeof badungApp>>;
beforeAll(async () => {
  app = await badungApp();
  await loadDemo(app, 2000);
});

async function page(input: Record<string, unknown>): Promise<GridPage<EmployerRow>> {
  const result = await app.call('registers.list', { register: 'employer', startRow: 0, endRow: 100, ...input });
  if (!result.ok) throw new Error(`${result.error.code} ${result.error.message}`);
  return result.data as unknown as GridPage<EmployerRow>;
}

describe('employer grid', () => {
  it('generates the same demo records for the same seed, spread over Badung', () => {
    const kecamatan = app.sqlite.prepare('SELECT count(DISTINCT kecamatan_code) FROM employer').pluck().get();
    expect(kecamatan).toBe(6);
    const statuses = app.sqlite.prepare('SELECT count(DISTINCT bpjs_status) FROM employer').pluck().get();
    expect(statuses).toBe(5);
    // Loaded as an import is: one batch with one audit row, its records in import_change.
    const batches = app.sqlite.prepare("SELECT file_name AS fileName, inserted, status FROM import_batch WHERE register = 'employer'").all();
    expect(batches).toEqual([{ fileName: 'Data contoh 2000 perusahaan.csv', inserted: 2000, status: 'committed' }]);
    expect(app.sqlite.prepare("SELECT count(*) FROM audit_log WHERE entity = 'import_batch' AND action = 'import'").pluck().get()).toBe(1);
    expect(app.sqlite.prepare("SELECT count(*) FROM import_change WHERE action = 'insert' AND table_name = 'employer'").pluck().get()).toBe(2000);
  });

  it('pages by name with every record once', async () => {
    const seen = new Set<number>();
    let total = 0;
    for (let start = 0; start < 2000; start += 500) {
      const result = await page({ startRow: start, endRow: start + 500 });
      total = result.rowCount;
      result.rows.forEach((r) => seen.add(r.id));
    }
    expect(total).toBe(2000);
    expect(seen.size).toBe(2000);
  });

  it('filters by set, number and text columns together and sorts', async () => {
    const result = await page({
      filterModel: {
        bpjsStatus: { filterType: 'set', values: ['pwbd', 'pds_tk'] },
        kecamatanCode: { filterType: 'set', values: ['51.03.06'] },
        workersTotal: { filterType: 'number', type: 'greaterThanOrEqual', filter: 10 },
      },
      sortModel: [{ colId: 'workersTotal', sort: 'desc' }],
    });
    expect(result.rowCount).toBeGreaterThan(0);
    expect(result.rows.every((r) => ['pwbd', 'pds_tk'].includes(r.bpjsStatus) && r.kecamatanCode === '51.03.06' && r.workersTotal !== null && r.workersTotal >= 10)).toBe(true);
    const totals = result.rows.map((r) => r.workersTotal ?? -1);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(result.rows[0]?.kecamatanName).toBe('Kuta Utara');
  });

  it('an unknown worker total is null: last in either sort order, matched by no number condition, found by "blank"', async () => {
    const unknown = app.sqlite.prepare('SELECT count(*) FROM employer WHERE workers_total IS NULL').pluck().get() as number;
    // The demo register has firms without counts (about 1 in 12), and none of them shows 0.
    expect(unknown).toBeGreaterThan(50);
    expect(app.sqlite.prepare('SELECT count(*) FROM employer WHERE workers_total = 0').pluck().get()).toBe(0);
    for (const sort of ['asc', 'desc'] as const) {
      const totals: (number | null)[] = [];
      for (const startRow of [0, 1000]) totals.push(...(await page({ startRow, endRow: startRow + 1000, sortModel: [{ colId: 'workersTotal', sort }] })).rows.map((r) => r.workersTotal));
      const firstNull = totals.indexOf(null);
      expect(firstNull).toBe(2000 - unknown);
      expect(totals.slice(firstNull).every((x) => x === null)).toBe(true);
    }
    for (const condition of [
      { type: 'notEqual', filter: 123_456 },
      { type: 'lessThan', filter: 1_000_000 },
      { type: 'greaterThanOrEqual', filter: 0 },
    ]) {
      const matched = await page({ filterModel: { workersTotal: { filterType: 'number', ...condition } } });
      expect(matched.rowCount).toBe(2000 - unknown);
    }
    const blank = await page({ filterModel: { workersTotal: { filterType: 'number', type: 'blank' } } });
    expect(blank.rowCount).toBe(unknown);
  });

  it('quick-searches names (accent/case-insensitive prefixes) and identity numbers through FTS5', async () => {
    const sample = app.sqlite.prepare("SELECT name, npwp, nib FROM employer WHERE npwp IS NOT NULL LIMIT 1 OFFSET 321").get() as { name: string; npwp: string; nib: string };
    const byName = await page({ quickSearch: sample.name.split(' ').slice(1, 3).join(' ').toUpperCase() });
    expect(byName.rows.map((r) => r.name)).toContain(sample.name);
    const formatted = `${sample.npwp.slice(0, 2)}.${sample.npwp.slice(2, 5)}.${sample.npwp.slice(5, 8)}.${sample.npwp.slice(8, 9)}-${sample.npwp.slice(9, 12)}.${sample.npwp.slice(12)}`;
    const byNpwp = await page({ quickSearch: formatted });
    expect(byNpwp.rows.map((r) => r.npwp)).toEqual([sample.npwp]);
    const byNibPrefix = await page({ quickSearch: sample.nib.slice(0, 10) });
    expect(byNibPrefix.rows.map((r) => r.nib)).toContain(sample.nib);
    const accents = await page({ quickSearch: 'HÔTEL' });
    expect(accents.rowCount).toBeGreaterThan(0);
    const hostile = await page({ quickSearch: '" OR 1=1 -- NEAR( * ^' });
    expect(hostile.rowCount).toBe(0);
  });

  it('counts by BPJS status for the current filters, ignoring the status filter itself', async () => {
    const all = await app.call('registers.counts', { register: 'employer', by: 'bpjsStatus' });
    expect(all.ok && all.data.total).toBe(2000);
    const filtered = await app.call('registers.counts', { register: 'employer', by: 'bpjsStatus', filterModel: { kecamatanCode: { filterType: 'set', values: ['51.03.06'] }, bpjsStatus: { filterType: 'set', values: ['pwbd'] } } });
    if (!filtered.ok) throw new Error('counts');
    const rows = await page({ filterModel: { kecamatanCode: { filterType: 'set', values: ['51.03.06'] } } });
    expect(filtered.data.total).toBe(rows.rowCount);
    const v = filtered.data.values;
    expect((v.terdaftar ?? 0) + (v.pwbd ?? 0) + (v.pds_tk ?? 0) + (v.pds_upah ?? 0) + (v.pds_program ?? 0)).toBe(rows.rowCount);
  });
});

describe('the shared register channels', () => {
  it('refuse a register that does not exist and counts by a column the register does not count by', async () => {
    const unknown = await app.call('registers.list', { register: 'pekerja_rahasia', startRow: 0, endRow: 10 });
    expect(!unknown.ok && unknown.error.code).toBe('NOT_FOUND');
    expect(!unknown.ok && unknown.error.message).toBe('Register "pekerja_rahasia" tidak ditemukan.');
    const byName = await app.call('registers.counts', { register: 'employer', by: 'name' });
    expect(!byName.ok && byName.error.code).toBe('INVALID_INPUT');
    expect(!byName.ok && byName.error.messageEn).toBe('This register cannot be counted by the column "name".');
  });
});
