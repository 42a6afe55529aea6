import type { JobState } from '../../../core/api/jobs.ts';
import type { Result } from '../../../core/api/result.ts';

/**
 * Polls a job through the router until it ends. Generous by design: a shared CI machine may be
 * slow for minutes, and no test measures speed.
 */
export async function jobEnd(call: (channel: 'jobs.get', input: { jobId: string }) => Promise<Result<JobState>>, job: JobState, timeoutMs = 300_000): Promise<JobState> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const r = await call('jobs.get', { jobId: job.id });
    if (!r.ok) throw new Error(r.error.message);
    if (r.data.status !== 'running') return r.data;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`job ${job.kind} did not finish in ${timeoutMs / 1000} s`);
}
