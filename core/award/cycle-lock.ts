import type { Sqlite } from '../../db/open.ts';
import { AppError } from '../app-error.ts';
import type { MessageKey } from '../api/messages/catalogue.ts';
import { registerEntityGuard } from '../documents/entity-guards.ts';
import { msg } from '../messages.ts';
import { cycleById, evidenceNotFound, findEvidence } from './award-rows.ts';

// THE LOCK: while a cycle is approved, nothing that its package is made of may change: the
// cycle, its rubric, its items, the self-assessment, the brief points and the items' documents.
// Every write path of the award module asks here inside its transaction (the row is read again
// there, so an approval that landed meanwhile is seen); the documents store asks through the
// entity guard registered below. The way out is said in the message: withdraw the approval.

export type LockedWrite = 'cycle' | 'rubric' | 'evidence' | 'selfAssessment' | 'briefPoints' | 'documents';

export function assertCycleOpen(sqlite: Sqlite, cycle: { id: number }, what: LockedWrite): void {
  const now = cycleById(sqlite, cycle.id);
  if (!now?.approvedAt) return;
  throw new AppError(
    'CONFLICT',
    msg('award.lock.refused', {
      what: msg(`award.lock.what.${what}` as MessageKey),
      edition: now.edition,
      approvedAt: now.approvedAt.slice(0, 10),
      approver: now.approverName || now.approvedBy || '',
    }),
    { cycleUid: now.uid },
  );
}

// documents.attach / documents.remove on an evidence item: the item must exist, its cycle open.
// A link left by an item that is gone may still be removed.
registerEntityGuard('award_evidence', (ctx, entityUid, change) => {
  const item = findEvidence(ctx.sqlite, entityUid);
  if (!item && change === 'remove') return;
  if (!item) throw evidenceNotFound(entityUid);
  assertCycleOpen(ctx.sqlite, { id: item.cycleId }, 'documents');
});
