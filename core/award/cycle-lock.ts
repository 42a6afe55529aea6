import { officeSettings } from '../settings/office-profile-service.ts';
import { tanggalJam } from './pdf/words.ts';
import type { Sqlite } from '../../db/open.ts';
import { AppError } from '../app-error.ts';
import type { MessageKey } from '../api/messages/catalogue.ts';
import { registerEntityGuard } from '../documents/entity-guards.ts';
import { msg } from '../messages.ts';
import { stmt } from '../../db/statements.ts';
import { regulationLabel } from '../regulations/regulation-label.ts';
import { cycleById, evidenceNotFound, findEvidence } from './award-rows.ts';

// THE LOCK: while a cycle is approved, nothing that its package is made of may change: the
// cycle, its rubric, its items, the self-assessment, the brief points, the items' documents and
// the documents of a regulation an item shows (the package carries them as they were approved).
// Every write path of the award module asks here inside its transaction (the row is read again
// there, so an approval that landed meanwhile is seen); the documents store asks through the
// entity guard registered below. The way out is said in the message: withdraw the approval.

const officeZone = (sqlite: Sqlite) => officeSettings({ sqlite }).timeZone;

export type LockedWrite = 'cycle' | 'rubric' | 'evidence' | 'selfAssessment' | 'documents';

export function assertCycleOpen(sqlite: Sqlite, cycle: { id: number }, what: LockedWrite): void {
  const now = cycleById(sqlite, cycle.id);
  if (!now?.approvedAt) return;
  throw new AppError(
    'CONFLICT',
    msg('award.lock.refused', {
      what: msg(`award.lock.what.${what}` as MessageKey),
      edition: now.edition,
      approvedAt: tanggalJam(now.approvedAt, officeZone(sqlite)),
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

// documents.attach / documents.remove on a regulation that an item of an approved cycle shows:
// refused, naming the cycle, until its approval is withdrawn. A regulation no item shows is free.
registerEntityGuard('regulation', (ctx, entityUid) => {
  const locked = stmt(
    ctx.sqlite,
    `SELECT r.jenis, r.singkatan_jenis AS singkatanJenis, r.teu_badan AS teuBadan, r.nomor, r.tahun, r.judul, e.title AS item, c.edition, c.approved_at AS approvedAt,
       coalesce(nullif(c.approver_name, ''), c.approved_by, '') AS approver
     FROM regulation r JOIN award_evidence e ON e.regulation_id = r.id JOIN award_indicator i ON i.id = e.indicator_id JOIN award_cycle c ON c.id = i.cycle_id
     WHERE r.uid = ? AND c.approved_at IS NOT NULL ORDER BY c.approved_at, c.id LIMIT 1`,
  ).get(entityUid) as
    | { jenis: string; singkatanJenis: string; teuBadan: string; nomor: string; tahun: number | null; judul: string; item: string; edition: string; approvedAt: string; approver: string }
    | undefined;
  if (!locked) return;
  throw new AppError(
    'CONFLICT',
    msg('award.lock.regulationDocuments', {
      regulation: regulationLabel(locked as Parameters<typeof regulationLabel>[0]),
      item: locked.item,
      edition: locked.edition,
      approvedAt: tanggalJam(locked.approvedAt, officeZone(ctx.sqlite)),
      approver: locked.approver,
    }),
  );
});
