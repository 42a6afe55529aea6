import { newUid } from '../../db/ids.ts';
import { stmt } from '../../db/statements.ts';
import { coverageDimensions, type CoverageDimension, type CoverageFigure, type CoverageReport, type SnapshotDifference, type SnapshotSummary, type TargetProgress } from '../api/coverage.ts';
import { AppError, invalidInput } from '../app-error.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { msg } from '../messages.ts';
import { keepCoverageCurrent } from './keep-current.ts';
import { countReport } from './report.ts';
import { officeTodayIso } from '../reference/nik/nik-service.ts';

// Monthly snapshots: a month's report (its last day, every breakdown) frozen with what each figure
// was made of, so a later correction of the register does not change what was reported. Never
// edited; freezing a month again makes another snapshot beside the first (both listed, the newest
// first), since a re-count after corrections is itself worth keeping. Audited.

export const monthEnd = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

const summarySql = `SELECT s.uid, s.month, s.at, s.area_code AS areaCode, s.frozen_at AS frozenAt, s.frozen_by AS frozenBy,
  (SELECT count(*) FROM coverage_snapshot_figure f WHERE f.snapshot_id = s.id) AS figures FROM coverage_snapshot s`;

export function listSnapshots(ctx: ServiceContext): SnapshotSummary[] {
  return stmt(ctx.sqlite, `${summarySql} ORDER BY s.month DESC, s.id DESC`).all() as SnapshotSummary[];
}

function snapshotRow(ctx: ServiceContext, uid: string): SnapshotSummary & { id: number; areaName: string; targets: string } {
  const row = stmt(ctx.sqlite, `SELECT s.id, s.area_name AS areaName, s.targets, x.* FROM coverage_snapshot s JOIN (${summarySql}) x ON x.uid = s.uid WHERE s.uid = ?`).get(uid) as
    | (SnapshotSummary & { id: number; areaName: string; targets: string })
    | undefined;
  if (!row) throw new AppError('NOT_FOUND', msg('coverage.errors.snapshotNotFound', { uid }));
  return row;
}

const figureColumns = ['key', 'dimension', 'value', 'label', 'numerator', 'numerator_source', 'aggregates', 'denominator_uid', 'denominator_name', 'denominator_value', 'denominator_universe', 'denominator_source_kind', 'denominator_source', 'denominator_as_of', 'percent', 'data_date', 'people', 'has_data'];

function figureValues(f: CoverageFigure): unknown[] {
  const d = f.denominator;
  return [f.key, f.dimension, f.value, f.label, f.numerator, f.numeratorSource, JSON.stringify(f.aggregates), d?.uid ?? null, d?.name ?? null, d?.value ?? null, d?.universe ?? null, d?.sourceKind ?? null, d?.source ?? null, d?.asOfDate ?? null, f.percent, f.dataDate, f.people ? JSON.stringify(f.people) : null, f.hasData ? 1 : 0];
}

interface FigureRow {
  key: string;
  dimension: CoverageFigure['dimension'];
  value: string | null;
  label: string;
  numerator: number;
  numerator_source: CoverageFigure['numeratorSource'];
  aggregates: string;
  denominator_uid: string | null;
  denominator_name: string;
  denominator_value: number;
  denominator_universe: string;
  denominator_source_kind: string;
  denominator_source: string;
  denominator_as_of: string;
  percent: number | null;
  data_date: string;
  people: string | null;
  has_data: number;
}

function toFigure(r: FigureRow): CoverageFigure {
  const aggregates = JSON.parse(r.aggregates) as CoverageFigure['aggregates'];
  // The parts need no column of their own: the aggregate part is what its rows summed, the rest came from people.
  const fromAggregates = aggregates.reduce((n, a) => n + a.count, 0);
  return {
    key: r.key,
    dimension: r.dimension,
    value: r.value,
    label: r.label,
    numerator: r.numerator,
    numeratorSource: r.numerator_source,
    parts: { people: r.numerator - fromAggregates, aggregates: fromAggregates },
    // A frozen figure keeps what it was made of, not the register count it set aside.
    registerSetAside: null,
    aggregateOnly: [],
    hasData: r.has_data === 1,
    aggregates,
    denominator: r.denominator_uid
      ? { uid: r.denominator_uid, name: r.denominator_name, value: r.denominator_value, universe: r.denominator_universe, sourceKind: r.denominator_source_kind, source: r.denominator_source, asOfDate: r.denominator_as_of }
      : null,
    percent: r.percent,
    dataDate: r.data_date,
    people: r.people ? (JSON.parse(r.people) as CoverageFigure['people']) : null,
  };
}

export function freezeMonth(ctx: ServiceContext, input: { month: string; areaCode?: string | undefined }): SnapshotSummary {
  const at = monthEnd(input.month);
  const today = officeTodayIso(ctx);
  if (at >= today) throw invalidInput(msg('coverage.errors.monthNotEnded', { month: input.month, date: at, today }), { issues: [{ path: 'month' }] });
  // A month is frozen from counts that hold every change (not while a big recount runs).
  const recounting = keepCoverageCurrent(ctx);
  if (recounting > 0) throw new AppError('CONFLICT', msg('coverage.errors.recounting', { count: recounting.toLocaleString('id-ID') }));
  const report = countReport(ctx, { at, areaCode: input.areaCode });
  const figures = [report.total, ...coverageDimensions.flatMap((d) => report.breakdowns[d])];
  const uid = newUid();
  writeAudited(ctx, ({ audit }) => {
    const frozenAt = ctx.now().toISOString();
    const { id } = stmt(ctx.sqlite, 'INSERT INTO coverage_snapshot (uid, month, at, area_code, area_name, frozen_at, frozen_by, targets) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id').get(
      uid, input.month, at, report.area.code, report.area.name, frozenAt, ctx.actor.name, JSON.stringify(report.targets),
    ) as { id: number };
    const insert = stmt(ctx.sqlite, `INSERT INTO coverage_snapshot_figure (snapshot_id, ${figureColumns.join(', ')}) VALUES (?, ${figureColumns.map(() => '?').join(', ')})`);
    for (const f of figures) insert.run(id, ...figureValues(f));
    audit({
      action: 'freeze',
      entity: 'coverage_snapshot',
      entityUid: uid,
      label: `${report.area.name} ${input.month}`,
      before: null,
      after: { month: input.month, at, areaCode: report.area.code, figures: figures.length, total: report.total.numerator, percent: report.total.percent, denominator: report.total.denominator?.name ?? null },
    });
  });
  return snapshotRow(ctx, uid);
}

/** A frozen month read back as a report, exactly as it was counted. */
export function readSnapshot(ctx: ServiceContext, uid: string): CoverageReport {
  const row = snapshotRow(ctx, uid);
  const figures = (stmt(ctx.sqlite, 'SELECT * FROM coverage_snapshot_figure WHERE snapshot_id = ? ORDER BY id').all(row.id) as FigureRow[]).map(toFigure);
  const breakdowns = Object.fromEntries(coverageDimensions.map((d) => [d, figures.filter((f) => f.dimension === d)])) as Record<CoverageDimension, CoverageFigure[]>;
  const { id: _id, areaName, targets, ...summary } = row;
  return { at: row.at, countedOn: row.frozenAt.slice(0, 10), area: { code: row.areaCode, name: areaName }, snapshot: summary, total: figures.find((f) => f.key === 'total')!, breakdowns, targets: JSON.parse(targets) as TargetProgress[], recounting: 0 };
}

/** Each figure whose numerator (or its people part), denominator or percent differs between the frozen month and a recount now. */
export function snapshotDifference(ctx: ServiceContext, uid: string): SnapshotDifference[] {
  const frozen = readSnapshot(ctx, uid);
  const now = countReport(ctx, { at: frozen.at, areaCode: frozen.area.code });
  const all = (r: CoverageReport) => new Map([r.total, ...coverageDimensions.flatMap((d) => r.breakdowns[d])].map((f) => [f.key, f]));
  const before = all(frozen);
  const after = all(now);
  const part = (f: CoverageFigure | undefined) => ({ numerator: f?.numerator ?? 0, people: f?.parts.people ?? 0, denominator: f?.denominator?.value ?? null, percent: f?.percent ?? null });
  const differences: SnapshotDifference[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const a = part(before.get(key));
    const b = part(after.get(key));
    if (a.numerator === b.numerator && a.people === b.people && a.denominator === b.denominator && a.percent === b.percent) continue;
    const f = (before.get(key) ?? after.get(key))!;
    const labelText = after.get(key)?.labelText;
    differences.push({
      key,
      dimension: f.dimension,
      label: f.label,
      ...(labelText ? { labelText } : {}),
      frozen: a,
      now: b,
      numeratorChange: b.numerator - a.numerator,
      percentChange: a.percent === null || b.percent === null ? null : Math.round((b.percent - a.percent) * 100) / 100,
    });
  }
  return differences;
}

/**
 * Freezes each month that ended since the office's last frozen month (the last ended month when
 * none was ever frozen): run at start and, in the app and `lindung serve`, every hour, so a month
 * is frozen once it ends even when the app stayed open, and the months it was closed are not
 * skipped. Returns what it froze.
 */
export function freezeEndedMonths(ctx: ServiceContext): SnapshotSummary[] {
  const area = stmt(ctx.sqlite, 'SELECT area_code FROM office_profile WHERE id = 1').pluck().get() as string | null | undefined;
  if (!area) return [];
  // Nothing counted yet (a new office): no month of zeros.
  if (!stmt(ctx.sqlite, 'SELECT 1 FROM participation_period LIMIT 1').get() && !stmt(ctx.sqlite, 'SELECT 1 FROM coverage_aggregate LIMIT 1').get()) return [];
  const today = officeTodayIso(ctx);
  const monthOf = (y: number, m: number) => new Date(Date.UTC(y, m - 1, 1)).toISOString().slice(0, 7);
  const lastEnded = monthOf(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1);
  const lastFrozen = stmt(ctx.sqlite, 'SELECT max(month) FROM coverage_snapshot WHERE area_code = ?').pluck().get(area) as string | null;
  const frozen: SnapshotSummary[] = [];
  let month = lastFrozen ? monthOf(Number(lastFrozen.slice(0, 4)), Number(lastFrozen.slice(5, 7)) + 1) : lastEnded;
  for (; month <= lastEnded; month = monthOf(Number(month.slice(0, 4)), Number(month.slice(5, 7)) + 1)) frozen.push(freezeMonth(ctx, { month, areaCode: area }));
  return frozen;
}
