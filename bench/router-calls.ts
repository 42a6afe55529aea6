// A bench's (or a bundled-core test's) calls through the router as the screens make them: a
// channel's data or a thrown error naming it, and a job waited for to its end (one that did not
// end well throws with its error).
import type { JobState } from '../core/api/jobs.ts';
import type { startCore } from '../core/host.ts';
import type { newSession } from '../core/accounts/session.ts';

type Router = ReturnType<typeof startCore>['router'];
type Session = ReturnType<typeof newSession>;

export function routerCalls(router: Router, session: Session, pollMs = 5) {
  const call = async <T>(channel: string, input: unknown = {}): Promise<T> => {
    const r = await router.call(channel, input, session);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
    return r.data as T;
  };
  const finished = async (started: JobState): Promise<JobState> => {
    for (;;) {
      const state = await call<JobState>('jobs.get', { jobId: started.id });
      if (state.status !== 'running') {
        if (state.status !== 'done') throw new Error(`${state.kind} ${state.status}: ${JSON.stringify(state.error)}`);
        return state;
      }
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  };
  return { call, finished };
}
