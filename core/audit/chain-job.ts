import type { JobState } from '../api/jobs.ts';
import type { ServiceContext } from '../context.ts';
import { verifyAuditChainInSteps } from './chain.ts';

/**
 * The audit screen's "Periksa keutuhan log": the chain checked a page of rows at a time as a
 * job (a million rows take seconds; the screens keep answering), its report as the result.
 * Only reads: it needs no gate, and runs on whichever connection the router gave the call.
 */
export function startChainCheck(ctx: ServiceContext): JobState {
  return ctx.runtime.jobs.start('audit.verify', async (job) => ({
    result: await verifyAuditChainInSteps(ctx.sqlite, { signal: job.signal, progress: (done, total) => job.progress('verify', done, total) }),
  }));
}
