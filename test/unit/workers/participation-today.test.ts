import { describe, expect, it } from 'vitest';
import { utcOffsetMinutesOf } from '../../../core/api/office-profile.ts';
import { officeTodaySql } from '../../../core/workers/participation-status.ts';
import { makeTestApp } from '../support/test-db.ts';

// The grid's "status today" turns at the office's midnight, not at 00:00 UTC (07:00-09:00 in
// Indonesia): SQLite's clock moved to the office's time zone, read from the office profile.

const officeDay = (zone: 'WIB' | 'WITA' | 'WIT') => new Date(Date.now() + utcOffsetMinutesOf[zone] * 60_000).toISOString().slice(0, 10);

describe("the grid's today", () => {
  it("is the office's day in each time zone", async () => {
    const app = makeTestApp();
    for (const zone of ['WIB', 'WITA', 'WIT'] as const) {
      app.sqlite.prepare("INSERT INTO office_profile (id, uid, office_name, time_zone) VALUES (1, 'o', 'Dinas', ?) ON CONFLICT (id) DO UPDATE SET time_zone = excluded.time_zone").run(zone);
      // Read twice around the clock's read so a midnight passing between them cannot fail the test.
      const before = officeDay(zone);
      const sqlDay = app.sqlite.prepare(`SELECT ${officeTodaySql}`).pluck().get();
      expect([before, officeDay(zone)]).toContain(sqlDay);
    }
  });

  it('reads the period index by range, the office profile once', () => {
    const app = makeTestApp();
    const plan = (app.sqlite.prepare(`EXPLAIN QUERY PLAN SELECT 1 FROM participation_period p WHERE p.person_id = 1 AND p.start_date <= ${officeTodaySql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan).toMatch(/period_person_idx \(person_id=\? AND start_date<\?\)/);
    expect(plan).toMatch(/SCALAR SUBQUERY|office_profile/);
  });
});
