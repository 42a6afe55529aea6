import { stmt } from '../../db/statements.ts';
import type { NarrativeNode } from '../api/award.ts';
import type { CoverageReport, TargetProgress } from '../api/coverage.ts';
import { formatPercent } from '../api/percent.ts';
import { AppError } from '../app-error.ts';
import type { ServiceContext } from '../context.ts';
import { countReport } from '../coverage/report.ts';
import { readSnapshot } from '../coverage/snapshots.ts';
import { contentPath } from '../documents/content-store.ts';
import { msg, render } from '../messages.ts';
import { aspectsOf, cycleFacts, evidenceOfCycle, indicatorsOfCycle, requireCycle, type CycleRow } from './award-rows.ts';
import { frozenOfficeKey, type FrozenAnnex, type FrozenItem } from './approval.ts';
import { approvedOffice, officeOfPackage } from './office-of-package.ts';
import { briefRegisterParts, frozenBriefKey, type BriefRegisterParts } from './brief-register-parts.ts';
import { readableAnnexName, readableTable, readableTableTitle } from './freeze-tables.ts';
import type { BriefSource, PackageAspect, PackageSource } from './package/package-source.ts';
import { innovationAspectCode } from './starter-rubric.ts';
import { officeTodayIso } from '../reference/nik/nik-service.ts';

// The plain data the package, the brief and the self-assessment are built from. The package
// reads only the approved cycle (locked, so its rubric and items cannot change), what its
// approval froze (the letterhead too) and where each document's bytes are: the same approved cycle
// always gives the same source. The brief is a working paper: coverage and targets from the
// approved month (or counted now for a draft), the regulations in force at the period's end and
// the programmes' budget as the approval froze them (brief-register-parts.ts), and the cycle's own
// innovations and points.

const cycleOf = (row: CycleRow): PackageSource['cycle'] => cycleFacts(row);

function frozenOf(ctx: ServiceContext, cycleId: number): { items: Map<string, FrozenItem>; annexes: FrozenAnnex[] } {
  const rows = stmt(ctx.sqlite, 'SELECT key, body FROM award_frozen WHERE cycle_id = ? ORDER BY position, id').all(cycleId) as { key: string; body: string }[];
  const items = new Map<string, FrozenItem>();
  const annexes: FrozenAnnex[] = [];
  for (const r of rows) {
    if (r.key.startsWith('item:')) items.set(r.key.slice(5), JSON.parse(r.body) as FrozenItem);
    else if (r.key !== frozenOfficeKey && r.key !== frozenBriefKey) annexes.push(JSON.parse(r.body) as FrozenAnnex);
  }
  return { items, annexes };
}

export function loadPackageSource(ctx: ServiceContext, cycleUid: string): PackageSource {
  const row = requireCycle(ctx.sqlite, cycleUid);
  if (!row.approvedAt || row.snapshotId === null) throw new AppError('CONFLICT', msg('award.approval.needed', { edition: row.edition }));
  const snapshot = stmt(ctx.sqlite, 'SELECT uid, month, at, frozen_at AS frozenAt, frozen_by AS frozenBy FROM coverage_snapshot WHERE id = ?').get(row.snapshotId) as { uid: string; month: string; at: string; frozenAt: string | null; frozenBy: string | null };
  const frozen = frozenOf(ctx, row.id);
  const indicators = indicatorsOfCycle(ctx.sqlite, row.id);
  const items = evidenceOfCycle(ctx.sqlite, row.id);
  const dataDir = ctx.runtime.dataDir;
  const aspects: PackageAspect[] = aspectsOf(ctx.sqlite, row.id).map((a) => ({
    code: a.code,
    title: a.title,
    description: a.description,
    weight: a.weight,
    indicators: indicators
      .filter((i) => i.aspectId === a.id)
      .map((i) => ({
        code: i.code,
        title: i.title,
        evidenceAsked: i.evidenceAsked,
        weight: i.weight,
        maxScore: i.maxScore,
        selfScore: i.selfScore,
        selfNote: i.selfNote,
        items: items
          .filter((e) => e.indicatorId === i.id)
          .map((e) => {
            const f = frozen.items.get(e.uid) ?? { targetLabel: null, table: null, documents: [] };
            return {
              uid: e.uid,
              kind: e.kind,
              title: e.title,
              owner: e.owner,
              state: e.state,
              summary: e.summary,
              targetLabel: f.targetLabel && e.kind === 'coverage' ? readableTableTitle(f.targetLabel) : f.targetLabel,
              table: f.table && e.kind === 'coverage' ? readableTable(f.table) : f.table,
              narrative: e.kind === 'narrative' && e.narrative ? (JSON.parse(e.narrative) as NarrativeNode) : null,
              documents: f.documents.map((d) => ({ ...d, path: contentPath(dataDir, d.sha256) })),
            };
          }),
      })),
  }));
  return {
    // The letterhead frozen at approval, the head as the approval recorded them: a later profile change does not rewrite a signed package.
    office: approvedOffice(ctx, row),
    cycle: cycleOf(row),
    approval: {
      approvedAt: row.approvedAt,
      approvedBy: row.approvedBy ?? '',
      approverName: row.approverName ?? '',
      approverNip: row.approverNip ?? '',
      snapshotUid: snapshot.uid,
      snapshotMonth: snapshot.month,
      snapshotAt: snapshot.at,
      snapshotFrozenAt: snapshot.frozenAt,
      snapshotFrozenBy: snapshot.frozenBy,
    },
    aspects,
    // Names and titles frozen by an earlier version read in today's words ("cakupan-per-segmen-…", "… seluruh wilayah"), a table of counts alone with its note.
    annexes: frozen.annexes.map((a) => ({ fileName: readableAnnexName(a.fileName), table: readableTable(a.table) })),
  };
}

// --- the interview brief ---------------------------------------------------------------------

const say = (key: Parameters<typeof msg>[0], params?: Record<string, string | number>) => render(msg(key, params));

function targetLine(t: TargetProgress): BriefSource['targets'][number] {
  const scope = [t.segment, t.category].filter(Boolean).join(' ');
  return {
    label: say('award.brief.targetLabel', { year: t.year, area: t.areaName, scope: scope ? ` ${scope}` : '' }),
    value: t.kind === 'persen' ? `${t.value.toLocaleString('id-ID')} %` : `${t.value.toLocaleString('id-ID')} ${say('award.brief.people')}`,
    achieved: t.kind === 'persen' ? formatPercent(t.figure.percent) : t.figure.numerator.toLocaleString('id-ID'),
    progressPercent: t.progressPercent,
  };
}

/** Counted now for a draft; null when the office has no area yet (nothing to count). */
function reportNow(ctx: ServiceContext): CoverageReport | null {
  try {
    return countReport(ctx, { by: ['segment'] });
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}

export function loadBriefSource(ctx: ServiceContext, cycleUid: string): BriefSource {
  const row = requireCycle(ctx.sqlite, cycleUid);
  const approved = row.approvedAt !== null && row.snapshotUid !== null;
  const report = approved ? readSnapshot(ctx, row.snapshotUid!) : reportNow(ctx);
  const total = report?.total;
  // The trend: each frozen month's total up to the brief's month (the newest snapshot of a month), the last 12;
  // its percent exact, not rounded to two decimals (walk 38: a small share drew a staircase).
  const lastMonth = report?.snapshot?.month ?? officeTodayIso(ctx).slice(0, 7);
  const trend = (
    stmt(
      ctx.sqlite,
      `SELECT s.month, CASE WHEN f.percent IS NOT NULL AND f.denominator_value > 0 THEN f.numerator * 100.0 / f.denominator_value ELSE f.percent END AS percent, f.numerator FROM coverage_snapshot s JOIN coverage_snapshot_figure f ON f.snapshot_id = s.id AND f.key = 'total'
       WHERE s.month <= ? AND s.id = (SELECT max(id) FROM coverage_snapshot x WHERE x.month = s.month AND x.area_code = s.area_code)
         AND s.area_code = coalesce(?, s.area_code) ORDER BY s.month DESC LIMIT 12`,
    ).all(lastMonth, report?.area.code ?? null) as { month: string; percent: number | null; numerator: number }[]
  ).reverse();
  // Approved: the regulations and budget as the approval froze them (a cycle approved before they
  // were frozen reads them as they are today); a draft: as they are today.
  const frozenParts = approved ? (stmt(ctx.sqlite, 'SELECT body FROM award_frozen WHERE cycle_id = ? AND key = ?').pluck().get(row.id, frozenBriefKey) as string | undefined) : undefined;
  const { regulations, budget } = frozenParts ? (JSON.parse(frozenParts) as BriefRegisterParts) : briefRegisterParts(ctx, row);
  const innovationAspects = aspectsOf(ctx.sqlite, row.id).filter((a) => a.code === innovationAspectCode || /inovasi|innovation/i.test(a.title));
  const indicatorIds = new Set(indicatorsOfCycle(ctx.sqlite, row.id).filter((i) => innovationAspects.some((a) => a.id === i.aspectId)).map((i) => i.id));
  const innovations = evidenceOfCycle(ctx.sqlite, row.id)
    .filter((e) => indicatorIds.has(e.indicatorId))
    .map((e) => ({ title: e.title, summary: e.summary }));
  const points = JSON.parse(row.briefPoints) as string[];
  return {
    office: approved ? approvedOffice(ctx, row) : officeOfPackage(ctx),
    cycle: cycleOf(row),
    snapshotMonth: report?.snapshot?.month ?? null,
    coverage: total
      ? { label: total.label, numerator: total.numerator, denominator: total.denominator?.value ?? null, percent: total.percent, denominatorSource: total.denominator ? `${total.denominator.name}, ${total.denominator.source}` : '', dataDate: total.dataDate }
      : null,
    segments: (report?.breakdowns.segment ?? []).map((f) => ({ label: f.label, numerator: f.numerator, percent: f.percent })),
    trend,
    targets: (report?.targets ?? []).map(targetLine),
    regulations,
    budget,
    innovations,
    points: [points[0] ?? '', points[1] ?? '', points[2] ?? ''],
    draft: !approved,
    generatedAt: ctx.now().toISOString(),
  };
}
