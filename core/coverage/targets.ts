import { stmt } from '../../db/statements.ts';
import type { TargetProgress } from '../api/coverage.ts';
import type { ServiceContext } from '../context.ts';
import { inBoth, msg, render } from '../messages.ts';
import { areaRange } from './cells.ts';
import { denominatorById } from './inputs.ts';
import { listLabel, regionName } from './labels.ts';
import type { ReportArea } from './report.ts';
import { scopedFigure, type FigureInputs } from './scoped-figure.ts';

// Targets of the report's year for its area and the areas inside it, each with the figure it is
// measured against at the report's date: a percentage against that figure's percentage (with the
// target's own denominator when it names one), a number of people against its numerator.

interface TargetRow {
  uid: string;
  year: number;
  areaCode: string;
  kind: 'persen' | 'orang';
  value: number;
  denominatorId: number | null;
  segment: string | null;
  category: string | null;
  programmeId: number | null;
  programmeUid: string | null;
  source: string;
}

export function targetProgress(ctx: ServiceContext, area: ReportArea, at: string, inputs: FigureInputs): TargetProgress[] {
  const { lo, hi } = areaRange(area.code);
  const rows = stmt(
    ctx.sqlite,
    `SELECT t.uid, t.year, t.area_code AS areaCode, t.kind, t.value, t.denominator_id AS denominatorId, t.segment, t.category, t.programme_id AS programmeId, p.uid AS programmeUid, t.source
     FROM coverage_target t LEFT JOIN worker_programme p ON p.id = t.programme_id
     WHERE t.year = @year AND (@area = '' OR t.area_code = @area OR (t.area_code >= @lo AND t.area_code < @hi)) ORDER BY t.area_code, t.id`,
  ).all({ year: Number(at.slice(0, 4)), area: area.code, lo, hi }) as TargetRow[];
  return rows.map((t) => {
    const areaName = regionName(ctx.sqlite, t.areaCode) ?? t.areaCode;
    const scope = {
      areaCode: t.areaCode,
      withUnknownArea: area.withUnknownArea && t.areaCode === area.code,
      segment: t.segment,
      ...(t.category ? { categories: [t.category] } : {}),
      ...(t.programmeId ? { programmeIds: [t.programmeId] } : {}),
    };
    const own = t.denominatorId ? denominatorById(ctx.sqlite, t.denominatorId) : undefined;
    // In words: the area, and the segment, category or programme the target narrows to.
    const category = t.category ? listLabel(ctx.sqlite, 'vulnerable_category', t.category) : null;
    const programme = t.programmeId ? ((stmt(ctx.sqlite, 'SELECT name FROM worker_programme WHERE id = ?').pluck().get(t.programmeId) as string | undefined) ?? null) : null;
    const label = inBoth((language) => {
      const narrowed = [t.segment, category?.[language], programme].filter(Boolean).join(' · ');
      return narrowed ? `${areaName} · ${narrowed}` : `${render(msg('coverage.total'), language)} — ${areaName}`;
    });
    const figure = scopedFigure(ctx.sqlite, inputs, scope, at, label, own);
    // From the exact share, not the figure's percent rounded to two decimals (walk 38: 1,30 % where 236 of 180,000 against 10 % is 1,31 %).
    const exactPercent = figure.percent === null || !figure.denominator?.value ? figure.percent : (figure.numerator / figure.denominator.value) * 100;
    const achieved = t.kind === 'persen' ? exactPercent : figure.numerator;
    const progressPercent = achieved === null || t.value === 0 ? null : Math.round((achieved / t.value) * 10_000) / 100;
    return { uid: t.uid, year: t.year, areaCode: t.areaCode, areaName, kind: t.kind, value: t.value, segment: t.segment, category: t.category, programmeUid: t.programmeUid, source: t.source, figure, progressPercent };
  });
}
