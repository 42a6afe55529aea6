import type { CycleDetail } from '../api/award.ts';
import { AppError, invalidInput } from '../app-error.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { msg } from '../messages.ts';
import { stmt } from '../../db/statements.ts';
import { aspectsOf, requireCycle } from './award-rows.ts';
import { cycleDetail } from './cycle-detail.ts';
import { assertCycleOpen } from './cycle-lock.ts';
import { insertRubric, rubricData } from './rubric-service.ts';
import { starterRubric } from './starter-rubric.ts';

// One action fills an empty cycle's rubric: from the starter template, or from another cycle
// (last year's, its aspects and indicators, never its evidence). A cycle that already has a
// rubric is refused: copying over it would mix two rubrics.

export function copyRubric(ctx: ServiceContext, input: { cycleUid: string; from: string }): CycleDetail {
  const target = requireCycle(ctx.sqlite, input.cycleUid);
  const source = input.from === 'starter' ? null : requireCycle(ctx.sqlite, input.from);
  if (source && source.id === target.id) throw invalidInput(msg('award.rubric.copySelf'), { issues: [{ path: 'from' }] });
  writeAudited(ctx, ({ audit }) => {
    assertCycleOpen(ctx.sqlite, target, 'rubric');
    if (aspectsOf(ctx.sqlite, target.id).length > 0) throw new AppError('CONFLICT', msg('award.rubric.copyNotEmpty', { edition: target.edition }));
    const rubric = source ? rubricData(ctx, source.id) : starterRubric;
    if (source && rubric.length === 0) throw invalidInput(msg('award.rubric.copyEmptySource', { edition: source.edition }), { issues: [{ path: 'from' }] });
    const counts = insertRubric(ctx, target.id, rubric);
    stmt(ctx.sqlite, 'UPDATE award_cycle SET copied_from_cycle_id = ?, updated_at = ? WHERE id = ?').run(source?.id ?? null, ctx.now().toISOString(), target.id);
    audit({ action: 'copy_rubric', entity: 'award_cycle', entityUid: target.uid, label: target.edition, before: null, after: { from: source ? source.edition : 'starter', ...counts } });
  });
  return cycleDetail(ctx, target.uid);
}
