import { describe, expect, test } from 'vitest';
import type { CoverageFigure } from '../../../core/api/coverage.ts';
import type { Aggregate, Target } from '../../../core/api/coverage-inputs.ts';
import { desaRows, noDesaPercent } from '../../../renderer/src/coverage/desa-order.ts';
import { latestTargetElsewhere } from '../../../renderer/src/coverage/target-elsewhere.ts';
import { aggregateTotal } from '../../../renderer/src/coverage-inputs/aggregate-total.ts';

// What the dashboard and the aggregate list say about their rows: the desa table's order and
// hint, the latest target of another year when the year shown has none, and the aggregate list's
// sum only when its rows are one figure.

const figure = (value: string | null, label: string, percent: number | null = null) =>
  ({ key: `desa:${value ?? ''}`, dimension: 'desa', value, label, percent }) as CoverageFigure;
const kecamatan = (value: string, label: string) => ({ key: `kecamatan:${value}`, dimension: 'kecamatan', value, label, percent: null }) as CoverageFigure;

describe('the desa table', () => {
  test('is ordered by kecamatan then name, each with its kecamatan, desa not recorded last', () => {
    const rows = desaRows(
      [figure(null, 'Tidak tercatat'), figure('51.01.02.2001', 'Yeh Embang'), figure('51.01.01.2003', 'Baluk'), figure('51.01.02.2002', 'Air Kuning'), figure('51.01.09.2001', 'Di luar')],
      [kecamatan('51.01.01', 'Negara'), kecamatan('51.01.02', 'Jembrana')],
    );
    expect(rows.map((r) => [r.figure.label, r.kecamatan])).toEqual([
      ['Air Kuning', 'Jembrana'],
      ['Yeh Embang', 'Jembrana'],
      ['Baluk', 'Negara'],
      ['Di luar', null],
      ['Tidak tercatat', null],
    ]);
  });

  test('says it has no percent when no desa has a denominator', () => {
    expect(noDesaPercent([figure('51.01.01.2001', 'A'), figure('51.01.01.2002', 'B')])).toBe(true);
    expect(noDesaPercent([figure('51.01.01.2001', 'A', 12.5), figure('51.01.01.2002', 'B')])).toBe(false);
  });
});

const target = (year: number, areaCode: string, extra: Partial<Target> = {}) => ({ uid: `${year}-${areaCode}`, year, areaCode, areaName: areaCode, kind: 'persen', value: 40, segment: null, category: null, programmeUid: null, ...extra }) as Target;

describe('a year without targets', () => {
  test("names the latest other year's target, the area's own before a segment's or a kecamatan's", () => {
    const targets = [target(2024, '51.01'), target(2025, '51.01.01'), target(2025, '51.01', { segment: 'BPU' }), target(2025, '51.01', { value: 45 })];
    expect(latestTargetElsewhere(targets, 2026, '51.01')).toMatchObject({ year: 2025, areaCode: '51.01', segment: null, value: 45 });
    expect(latestTargetElsewhere([target(2026, '51.01')], 2026, '51.01')).toBeNull();
    expect(latestTargetElsewhere([], 2026, '51.01')).toBeNull();
  });
});

const aggregate = (areaCode: string, asOfDate: string, count: number, retiredAt: string | null = null) => ({ uid: `${areaCode}-${asOfDate}-${count}`, areaCode, asOfDate, count, retiredAt }) as Aggregate;

describe('the aggregate list total', () => {
  test('sums only rows of one area and one date; retired rows are not counted', () => {
    expect(aggregateTotal([aggregate('51.71', '2025-01-31', 413), aggregate('51.71', '2025-01-31', 342), aggregate('51.71', '2024-12-31', 9, '2025-02-01')])).toEqual({ rows: 2, count: 755 });
    expect(aggregateTotal([aggregate('51.04', '2025-09-30', 130300), aggregate('51.71', '2025-01-31', 413)])).toEqual({ rows: 2, count: null });
    expect(aggregateTotal([aggregate('51.71', '2025-01-31', 413), aggregate('51.71', '2024-12-31', 400)])).toEqual({ rows: 2, count: null });
    expect(aggregateTotal([aggregate('51.71', '2024-12-31', 9, '2025-02-01')])).toEqual({ rows: 0, count: 0 }); // only retired rows listed
  });
});
