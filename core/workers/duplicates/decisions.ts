import { stmt } from '../../../db/statements.ts';
import { AppError } from '../../app-error.ts';
import { msg } from '../../messages.ts';
import { writeAudited } from '../../audit/write.ts';
import type { ServiceContext } from '../../context.ts';
import { activePair, openPair, personById } from './merge-service.ts';

// "Orang berbeda": the reviewer says the two are two people. Remembered by their uids, so no
// later scan proposes them again (even after a NIK is corrected); each person's history says it.

export function markDifferent(ctx: ServiceContext, pairId: number): { pairId: number } {
  const pair = openPair(ctx, pairId);
  const [a, b] = activePair(ctx, pair);
  const [low, high] = a.uid < b.uid ? [a.uid, b.uid] : [b.uid, a.uid];
  writeAudited(ctx, ({ audit }) => {
    const now = ctx.now().toISOString();
    stmt(ctx.sqlite, 'INSERT OR IGNORE INTO duplicate_decision (person_a_uid, person_b_uid, decided_at, decided_by) VALUES (?, ?, ?, ?)').run(low, high, now, ctx.actor.name);
    stmt(ctx.sqlite, "UPDATE duplicate_candidate SET state = 'different', decided_at = ?, decided_by = ? WHERE id = ?").run(now, ctx.actor.name, pair.id);
    for (const [self, other] of [[a, b], [b, a]] as const) {
      audit({ action: 'different', entity: 'person', entityUid: self.uid, label: self.name, before: null, after: { differentFrom: `${other.nik} ${other.name}` } });
    }
  });
  return { pairId };
}

/** Takes back "Orang berbeda" (a click on the wrong pair): the pair is open again and may be proposed. */
export function undoDifferent(ctx: ServiceContext, pairId: number): { pairId: number } {
  const pair = stmt(ctx.sqlite, 'SELECT id, person_a_id AS personAId, person_b_id AS personBId, state FROM duplicate_candidate WHERE id = ?').get(pairId) as
    | { id: number; personAId: number; personBId: number; state: string }
    | undefined;
  if (!pair || pair.state !== 'different') throw new AppError('CONFLICT', msg('duplicates.notDifferent'), { pairId });
  const [a, b] = [personById(ctx, pair.personAId), personById(ctx, pair.personBId)];
  const [low, high] = a.uid < b.uid ? [a.uid, b.uid] : [b.uid, a.uid];
  writeAudited(ctx, ({ audit }) => {
    stmt(ctx.sqlite, 'DELETE FROM duplicate_decision WHERE person_a_uid = ? AND person_b_uid = ?').run(low, high);
    stmt(ctx.sqlite, "UPDATE duplicate_candidate SET state = 'open', decided_at = NULL, decided_by = NULL WHERE id = ?").run(pair.id);
    for (const [self, other] of [[a, b], [b, a]] as const) {
      audit({ action: 'undo-different', entity: 'person', entityUid: self.uid, label: self.name, before: { differentFrom: `${other.nik} ${other.name}` }, after: null });
    }
  });
  return { pairId };
}
