import type { z } from 'zod';
import { newUid } from '../../db/ids.ts';
import { stmt } from '../../db/statements.ts';
import type { aspectInputSchema, CycleDetail, indicatorInputSchema } from '../api/award.ts';
import { AppError, invalidInput } from '../app-error.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { msg } from '../messages.ts';
import { aspectsOf, cycleById, evidenceCount, indicatorsOfCycle, nextPosition, requireAspect, requireCycle, requireIndicator, type AspectRow, type IndicatorRow } from './award-rows.ts';
import { cycleDetail } from './cycle-detail.ts';
import { assertCycleOpen } from './cycle-lock.ts';
import type { RubricAspectData } from './starter-rubric.ts';

// The rubric as data: aspects and indicators with optional weights, the evidence each asks for,
// a position, and a code unique in the cycle. Each write is one audited transaction, refused
// while the cycle is approved. Aspects and indicators may be removed while they hold no evidence
// (their items go first, each with its own audit row).

type AspectValues = z.output<typeof aspectInputSchema>;
type IndicatorValues = z.output<typeof indicatorInputSchema>;

const aspectView = (r: AspectRow) => ({ code: r.code, title: r.title, description: r.description, weight: r.weight, position: r.position });
const indicatorView = (r: IndicatorRow) => ({ code: r.code, title: r.title, evidenceAsked: r.evidenceAsked, weight: r.weight, maxScore: r.maxScore, position: r.position });

function assertCodeFree(ctx: ServiceContext, table: 'award_aspect' | 'award_indicator', cycleId: number, code: string, ownId: number | null): void {
  const taken = stmt(ctx.sqlite, `SELECT id FROM ${table} WHERE cycle_id = ? AND code = ?`).pluck().get(cycleId, code) as number | undefined;
  if (taken !== undefined && taken !== ownId) {
    const key = table === 'award_aspect' ? 'award.rubric.aspectCodeTaken' : 'award.rubric.indicatorCodeTaken';
    throw invalidInput(msg(key, { code }), { issues: [{ path: 'code' }] });
  }
}

export function saveAspect(ctx: ServiceContext, values: AspectValues): CycleDetail {
  const cycle = requireCycle(ctx.sqlite, values.cycleUid);
  writeAudited(ctx, ({ audit }) => {
    assertCycleOpen(ctx.sqlite, cycle, 'rubric');
    const before = values.uid ? requireAspect(ctx.sqlite, values.uid) : undefined;
    if (before && before.cycleId !== cycle.id) throw invalidInput(msg('award.rubric.otherCycle'));
    assertCodeFree(ctx, 'award_aspect', cycle.id, values.code, before?.id ?? null);
    const now = ctx.now().toISOString();
    const position = values.position ?? before?.position ?? nextPosition(ctx.sqlite, 'award_aspect', 'cycle_id', cycle.id);
    const uid = before?.uid ?? newUid();
    if (before) {
      stmt(ctx.sqlite, 'UPDATE award_aspect SET code = ?, title = ?, description = ?, weight = ?, position = ?, updated_at = ? WHERE id = ?').run(values.code, values.title, values.description, values.weight, position, now, before.id);
    } else {
      stmt(ctx.sqlite, 'INSERT INTO award_aspect (uid, cycle_id, code, title, description, weight, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(uid, cycle.id, values.code, values.title, values.description, values.weight, position, now, now);
    }
    const after = requireAspect(ctx.sqlite, uid);
    audit({ action: before ? 'update' : 'create', entity: 'award_aspect', entityUid: uid, label: `${cycle.edition} · ${after.code} ${after.title}`, before: before ? aspectView(before) : null, after: aspectView(after) });
  });
  return cycleDetail(ctx, cycle.uid);
}

export function saveIndicator(ctx: ServiceContext, values: IndicatorValues): CycleDetail {
  const aspect = requireAspect(ctx.sqlite, values.aspectUid);
  const cycle = cycleById(ctx.sqlite, aspect.cycleId)!;
  writeAudited(ctx, ({ audit }) => {
    assertCycleOpen(ctx.sqlite, cycle, 'rubric');
    const before = values.uid ? requireIndicator(ctx.sqlite, values.uid) : undefined;
    if (before && before.cycleId !== cycle.id) throw invalidInput(msg('award.rubric.otherCycle'));
    assertCodeFree(ctx, 'award_indicator', cycle.id, values.code, before?.id ?? null);
    const now = ctx.now().toISOString();
    const position = values.position ?? (before && before.aspectId === aspect.id ? before.position : nextPosition(ctx.sqlite, 'award_indicator', 'aspect_id', aspect.id));
    const uid = before?.uid ?? newUid();
    const fields = [aspect.id, values.code, values.title, values.evidenceAsked, values.weight, values.maxScore, position];
    if (before) {
      stmt(ctx.sqlite, 'UPDATE award_indicator SET aspect_id = ?, code = ?, title = ?, evidence_asked = ?, weight = ?, max_score = ?, position = ?, updated_at = ? WHERE id = ?').run(...fields, now, before.id);
    } else {
      stmt(ctx.sqlite, 'INSERT INTO award_indicator (uid, cycle_id, aspect_id, code, title, evidence_asked, weight, max_score, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(uid, cycle.id, ...fields, now, now);
    }
    const after = requireIndicator(ctx.sqlite, uid);
    audit({ action: before ? 'update' : 'create', entity: 'award_indicator', entityUid: uid, label: `${cycle.edition} · ${after.code} ${after.title}`, before: before ? indicatorView(before) : null, after: indicatorView(after) });
  });
  return cycleDetail(ctx, cycle.uid);
}

const itemsUnder = (ctx: ServiceContext, where: string, id: number) =>
  stmt(ctx.sqlite, `SELECT count(*) FROM award_evidence e JOIN award_indicator i ON i.id = e.indicator_id WHERE ${where} = ?`).pluck().get(id) as number;

export function removeAspect(ctx: ServiceContext, uid: string): CycleDetail {
  const aspect = requireAspect(ctx.sqlite, uid);
  const cycle = cycleById(ctx.sqlite, aspect.cycleId)!;
  writeAudited(ctx, ({ audit }) => {
    assertCycleOpen(ctx.sqlite, cycle, 'rubric');
    const items = itemsUnder(ctx, 'i.aspect_id', aspect.id);
    if (items > 0) throw new AppError('CONFLICT', msg('award.rubric.aspectHasEvidence', { code: aspect.code, count: items }));
    for (const indicator of indicatorsOfCycle(ctx.sqlite, cycle.id).filter((i) => i.aspectId === aspect.id)) {
      stmt(ctx.sqlite, 'DELETE FROM award_indicator WHERE id = ?').run(indicator.id);
      audit({ action: 'delete', entity: 'award_indicator', entityUid: indicator.uid, label: `${cycle.edition} · ${indicator.code} ${indicator.title}`, before: indicatorView(indicator), after: null });
    }
    stmt(ctx.sqlite, 'DELETE FROM award_aspect WHERE id = ?').run(aspect.id);
    audit({ action: 'delete', entity: 'award_aspect', entityUid: aspect.uid, label: `${cycle.edition} · ${aspect.code} ${aspect.title}`, before: aspectView(aspect), after: null });
  });
  return cycleDetail(ctx, cycle.uid);
}

export function removeIndicator(ctx: ServiceContext, uid: string): CycleDetail {
  const indicator = requireIndicator(ctx.sqlite, uid);
  const cycle = cycleById(ctx.sqlite, indicator.cycleId)!;
  writeAudited(ctx, ({ audit }) => {
    assertCycleOpen(ctx.sqlite, cycle, 'rubric');
    const items = itemsUnder(ctx, 'i.id', indicator.id);
    if (items > 0) throw new AppError('CONFLICT', msg('award.rubric.indicatorHasEvidence', { code: indicator.code, count: items }));
    stmt(ctx.sqlite, 'DELETE FROM award_indicator WHERE id = ?').run(indicator.id);
    audit({ action: 'delete', entity: 'award_indicator', entityUid: indicator.uid, label: `${cycle.edition} · ${indicator.code} ${indicator.title}`, before: indicatorView(indicator), after: null });
  });
  return cycleDetail(ctx, cycle.uid);
}

/** A cycle's rubric as plain data (the export, and a copy into another cycle). */
export function rubricData(ctx: ServiceContext, cycleId: number): RubricAspectData[] {
  const indicators = indicatorsOfCycle(ctx.sqlite, cycleId);
  return aspectsOf(ctx.sqlite, cycleId).map((a) => ({
    code: a.code,
    title: a.title,
    description: a.description,
    weight: a.weight,
    indicators: indicators.filter((i) => i.aspectId === a.id).map((i) => ({ code: i.code, title: i.title, evidenceAsked: i.evidenceAsked, weight: i.weight, maxScore: i.maxScore })),
  }));
}

/** Writes a whole rubric into a cycle (inside the caller's transaction), positions in the given order. */
export function insertRubric(ctx: ServiceContext, cycleId: number, rubric: readonly RubricAspectData[]): { aspects: number; indicators: number } {
  const now = ctx.now().toISOString();
  const aspect = stmt(ctx.sqlite, 'INSERT INTO award_aspect (uid, cycle_id, code, title, description, weight, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id');
  const indicator = stmt(ctx.sqlite, 'INSERT INTO award_indicator (uid, cycle_id, aspect_id, code, title, evidence_asked, weight, max_score, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  let indicators = 0;
  rubric.forEach((a, ai) => {
    const { id } = aspect.get(newUid(), cycleId, a.code, a.title, a.description, a.weight, ai, now, now) as { id: number };
    a.indicators.forEach((i, ii) => {
      indicator.run(newUid(), cycleId, id, i.code, i.title, i.evidenceAsked, i.weight, i.maxScore, ii, now, now);
      indicators += 1;
    });
  });
  return { aspects: rubric.length, indicators };
}

/** Removes a rubric without evidence (an import replaces it), inside the caller's audited write. */
export function clearRubric(ctx: ServiceContext, cycleId: number): { aspects: number; indicators: number } {
  if (evidenceCount(ctx.sqlite, cycleId) > 0) throw new Error('clearRubric: the cycle holds evidence');
  const indicators = stmt(ctx.sqlite, 'DELETE FROM award_indicator WHERE cycle_id = ?').run(cycleId).changes;
  const aspects = stmt(ctx.sqlite, 'DELETE FROM award_aspect WHERE cycle_id = ?').run(cycleId).changes;
  return { aspects, indicators };
}
