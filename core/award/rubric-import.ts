import type { CycleDetail } from '../api/award.ts';
import { AppError } from '../app-error.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { readStaged } from '../documents/read-staged.ts';
import { msg } from '../messages.ts';
import { evidenceCount, requireCycle } from './award-rows.ts';
import { cycleDetail } from './cycle-detail.ts';
import { assertCycleOpen } from './cycle-lock.ts';
import { parseRubricFile } from './rubric-parse.ts';
import { clearRubric, insertRubric } from './rubric-service.ts';

// A rubric file (imports.stage's token) replaces a cycle's rubric, only while the cycle holds no
// evidence (items hang on indicators; replacing them would lose where each item belongs). The
// staged copy is removed either way.

export async function importRubric(ctx: ServiceContext, input: { cycleUid: string; fileToken: string }): Promise<CycleDetail> {
  const staged = ctx.runtime.files.staged(input.fileToken);
  try {
    const cycle = requireCycle(ctx.sqlite, input.cycleUid);
    assertCycleOpen(ctx.sqlite, cycle, 'rubric');
    const rubric = await parseRubricFile(await readStaged(ctx.runtime, input.fileToken), staged.name);
    writeAudited(ctx, ({ audit }) => {
      const now = requireCycle(ctx.sqlite, input.cycleUid);
      assertCycleOpen(ctx.sqlite, now, 'rubric');
      const items = evidenceCount(ctx.sqlite, now.id);
      if (items > 0) throw new AppError('CONFLICT', msg('award.rubricFile.hasEvidence', { edition: now.edition, count: items }));
      const removed = clearRubric(ctx, now.id);
      const added = insertRubric(ctx, now.id, rubric);
      audit({ action: 'import', entity: 'award_cycle', entityUid: now.uid, label: now.edition, before: removed, after: { file: staged.name, sha256: staged.sha256, ...added } });
    });
    return cycleDetail(ctx, cycle.uid);
  } finally {
    ctx.runtime.files.discardStaged(input.fileToken);
  }
}
