import { describe, expect, it } from 'vitest';
import type { AuditRow } from '../../core/api/audit.ts';
import { gridRequestSchema, type GridRequest } from '../../core/api/grid.ts';
import { auditGridSpec } from '../../core/audit/audit-service.ts';
import type { GridColumnSpec, GridSpec } from '../../core/grid/grid-spec.ts';
import { queryGrid } from '../../core/grid/query-grid.ts';
import { makeTestApp } from './support/test-db.ts';

// The shared query builder over real SQLite, on the audit log's table. The change log's own grid
// sorts by time only and searches its words (audit-changelog.test.ts); here its other columns
// sort too and the quick search is a plain one, to test the builder's paging, sorts and filters.
const sortable = (column: GridColumnSpec): GridColumnSpec => ({ ...column, sortable: true });
const spec: GridSpec = {
  ...auditGridSpec,
  columns: { ...auditGridSpec.columns, actorName: sortable(auditGridSpec.columns.actorName!), action: sortable(auditGridSpec.columns.action!) },
  quickSearch: (term) => {
    const words = term.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) return null;
    return { sql: words.map(() => "fold(a.actor_name || ' ' || a.action || ' ' || a.entity) LIKE ?").join(' AND '), params: words.map((w) => `%${w.toLowerCase()}%`) };
  },
};
function seeded(count: number) {
  const app = makeTestApp();
  const insert = app.sqlite.prepare(
    // A dummy hash: these rows test the grid, not the chain (a row without one is refused).
    `INSERT INTO audit_log (uid, at, actor_id, actor_name, action, entity, entity_uid, changed_fields, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'seeded')`,
  );
  const actors = ['Ni Luh Dénpasar', 'I Made Budi', 'KETUT 100%_SIAP', 'Putu Ayu'];
  const actions = ['create', 'update', 'delete'];
  app.sqlite.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      // One row every 2 hours from 2026-11-01T00:00Z.
      const at = new Date(Date.UTC(2026, 10, 1) + i * 2 * 3_600_000).toISOString();
      insert.run(`u${i}`, at, 'a', actors[i % 4], actions[i % 3], i % 2 ? 'employer' : 'office_profile', `e${i % 7}`, i % 5 ? 'name' : null);
    }
  })();
  const page = (request: GridRequest, offset = 480) => queryGrid<AuditRow>(app.sqlite, spec, gridRequestSchema.parse(request), offset);
  return { app, page };
}

describe('grid query', () => {
  it('pages through every row exactly once under a sort with ties', () => {
    const { page } = seeded(250);
    const seen: number[] = [];
    for (let start = 0; start < 250; start += 60) {
      const result = page({ startRow: start, endRow: start + 60, sortModel: [{ colId: 'action', sort: 'asc' }] });
      expect(result.rowCount).toBe(250);
      seen.push(...result.rows.map((r) => r.id));
    }
    expect(seen).toHaveLength(250);
    expect(new Set(seen).size).toBe(250);
  });

  it('sorts by the requested column, both directions', () => {
    const { page } = seeded(30);
    const asc = page({ startRow: 0, endRow: 30, sortModel: [{ colId: 'actorName', sort: 'asc' }] }).rows.map((r) => r.actorName);
    expect(asc).toEqual([...asc].sort());
    const desc = page({ startRow: 0, endRow: 30, sortModel: [{ colId: 'at', sort: 'desc' }] }).rows.map((r) => r.at);
    expect(desc).toEqual([...desc].sort().reverse());
  });

  it('filters text case- and accent-insensitively, and treats % and _ literally', () => {
    const { page } = seeded(40);
    const denpasar = page({ startRow: 0, endRow: 100, filterModel: { actorName: { filterType: 'text', type: 'contains', filter: 'DENPASAR' } } });
    expect(denpasar.rowCount).toBe(10);
    expect(denpasar.rows.every((r) => r.actorName === 'Ni Luh Dénpasar')).toBe(true);
    const percent = page({ startRow: 0, endRow: 100, filterModel: { actorName: { filterType: 'text', type: 'contains', filter: '100%_' } } });
    expect(percent.rowCount).toBe(10);
    const literal = page({ startRow: 0, endRow: 100, filterModel: { actorName: { filterType: 'text', type: 'contains', filter: '%' } } });
    expect(literal.rowCount).toBe(10); // only the actor whose name holds a real "%"
  });

  it('combines set filters, AND/OR conditions and blank checks', () => {
    const { page } = seeded(60);
    const set = page({ startRow: 0, endRow: 100, filterModel: { action: { filterType: 'set', values: ['create', 'delete'] } } });
    expect(set.rowCount).toBe(40);
    const or = page({
      startRow: 0,
      endRow: 100,
      filterModel: {
        actorName: {
          filterType: 'text',
          operator: 'OR',
          conditions: [
            { filterType: 'text', type: 'startsWith', filter: 'ni' },
            { filterType: 'text', type: 'endsWith', filter: 'ayu' },
          ],
        },
        changedFields: { filterType: 'text', type: 'blank' },
      },
    });
    expect(or.rows.every((r) => r.changedFields === null && /^(Ni|Putu)/.test(r.actorName))).toBe(true);
    expect(or.rowCount).toBe(6);
  });

  it("filters a UTC timestamp by the office's calendar day (WITA = UTC+8)", () => {
    const { page } = seeded(48); // 2026-11-01T00:00Z .. 2026-11-04T22:00Z, every 2 h
    const day = page({ startRow: 0, endRow: 100, filterModel: { at: { filterType: 'date', type: 'equals', dateFrom: '2026-11-02 00:00:00' } } });
    // 2 Nov WITA = 1 Nov 16:00Z .. 2 Nov 16:00Z: 12 rows, the first at 16:00Z on 1 Nov.
    expect(day.rowCount).toBe(12);
    expect(day.rows.map((r) => r.at).sort()[0]).toBe('2026-11-01T16:00:00.000Z');
    const utcDay = page({ startRow: 0, endRow: 100, filterModel: { at: { filterType: 'date', type: 'equals', dateFrom: '2026-11-02' } } }, 0);
    expect(utcDay.rows.map((r) => r.at).sort()[0]).toBe('2026-11-02T00:00:00.000Z');
  });

  it('a quick search is one more condition, every word required', () => {
    const { page } = seeded(20);
    // Every word must match: I Made Budi (every 4th row from 1) updating (every 3rd from 1): rows 1 and 13.
    const found = page({ startRow: 0, endRow: 100, quickSearch: 'made upd' });
    expect(found.rows.map((r) => r.uid).sort()).toEqual(['u1', 'u13']);
    const employer = page({ startRow: 0, endRow: 100, quickSearch: 'employer' });
    expect(employer.rowCount).toBe(10);
  });

  it('refuses columns outside the whitelist for sort and filter', () => {
    const { page } = seeded(5);
    expect(() => page({ startRow: 0, endRow: 10, sortModel: [{ colId: 'before', sort: 'asc' }] })).toThrow(/Kolom "before"/);
    expect(() => page({ startRow: 0, endRow: 10, filterModel: { after: { filterType: 'text', type: 'contains', filter: 'x' } } })).toThrow(
      /tidak dikenal/,
    );
    expect(() => page({ startRow: 0, endRow: 10, filterModel: { at: { filterType: 'date', type: 'equals', dateFrom: "2026-01-01' OR 1=1" } } })).not.toThrow();
    expect(() => page({ startRow: 0, endRow: 10, filterModel: { at: { filterType: 'date', type: 'equals', dateFrom: 'kemarin' } } })).toThrow(/YYYY-MM-DD/);
  });
});
