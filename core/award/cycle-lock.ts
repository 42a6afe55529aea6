import { AppError } from '../app-error.ts';
import { registerEntityGuard } from '../documents/entity-guards.ts';
import { msg } from '../messages.ts';
import type { MessageKey } from '../api/messages/catalogue.ts';
import { findEvidence, evidenceNotFound, requireCycle, cycleById, type CycleRow } from './award-rows.ts';

// THE LOCK: while a cycle is approved, nothing that its package is made of may change: the
// cycle, its rubric, its items, the self-assessment, the brief points and the items' documents.
// Every write path of the award module asks here first, inside its transaction; the documents
// store asks through the entity guard registered below. The way out is said in the message:
// withdraw the approval (with a reason, audited).

export type LockedWrite = 'cycle' | 'rubric' | 'evidence' | 'selfAssessment' | 'briefPoints' | 'documents';

export function assertCycleOpen(cycle: CycleRow, what: LockedWrite): void {
  if (!cycle.approvedAt) return;
  throw new AppError(
    'CONFLICT',
    msg('award.lock.refused', {
      what: msg(`award.lock.what.${what}` as MessageKey),
      edition: cycle.edition,
      approvedAt: cycle.approvedAt.slice(0, 10),
      approver: cycle.approverName || cycle.approvedBy || '',
    }),
    { cycleUid: cycle.uid },
  );
}

export const assertCycleUidOpen = (sqlite: Parameters<typeof requireCycle>[0], uid: string, what: LockedWrite) => assertCycleOpen(requireCycle(sqlite, uid), what);

// documents.attach / documents.remove on an evidence item: the item must exist, its cycle open.
// A link left by an item that is gone may still be removed.
registerEntityGuard('award_evidence', (ctx, entityUid, change) => {
  const item = findEvidence(ctx.sqlite, entityUid);
  if (!item && change === 'remove') return;
  if (!item) throw evidenceNotFound(entityUid);
  assertCycleOpen(cycleById(ctx.sqlite, item.cycleId)!, 'documents');
});
