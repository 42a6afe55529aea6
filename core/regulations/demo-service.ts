import { regulationInputSchema, commitmentInputSchema } from '../api/regulations.ts';
import type { JobState } from '../api/jobs.ts';
import { AppError } from '../app-error.ts';
import type { ServiceContext } from '../context.ts';
import { msg } from '../messages.ts';
import { saveCommitment } from './commitment-service.ts';
import { demoRegulations, demoRelations } from './demo-regulations.ts';
import { saveRegulation } from './regulation-service.ts';
import { addRelation } from './relation-service.ts';

// "Muat data contoh" for the regulation register: the Bali and national instruments of the
// brief, through the same services as the form (each save audited), into an empty register.
export function startDemoRegulations(ctx: ServiceContext): JobState {
  checkDemoRegulations(ctx);
  // A job as the other registers' demo data is (the screen follows it); the brief's instruments are few.
  return ctx.runtime.jobs.start('regulations.demo', () => Promise.resolve({ result: { inserted: loadDemoRegulations(ctx).inserted } }));
}

/** Refuses demo regulations into a register that holds any. */
export function checkDemoRegulations(ctx: ServiceContext): void {
  if (ctx.sqlite.prepare('SELECT 1 FROM regulation LIMIT 1').get()) throw new AppError('CONFLICT', msg('regulations.demo.notEmpty'));
}

/** The demo instruments with their commitments and relations; returns the uid of each by its demo key. */
export function loadDemoRegulations(ctx: ServiceContext): { inserted: number; uids: Map<string, string> } {
  const uids = new Map<string, string>();
  for (const demo of demoRegulations) {
    const saved = saveRegulation(ctx, regulationInputSchema.parse(demo.values));
    uids.set(demo.key, saved.regulation.uid);
    for (const c of demo.commitments ?? []) saveCommitment(ctx, commitmentInputSchema.parse({ regulationUid: saved.regulation.uid, ...c }));
  }
  for (const r of demoRelations) addRelation(ctx, { fromUid: uids.get(r.from)!, toUid: uids.get(r.to)!, kind: r.kind, note: '' });
  return { inserted: uids.size, uids };
}
