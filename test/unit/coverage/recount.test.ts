import { describe, expect, it } from 'vitest';
import { keepCoverageCurrent, whenCoverageCurrent } from '../../../core/coverage/keep-current.ts';
import { countReport } from '../../../core/coverage/report.ts';
import { addPerson, badungApp, bpu, report } from './support.ts';

// Many changed people (a big import, the migration that first fills the tables) are recounted by
// a job off the screens' thread: meanwhile a report answers with the last counts and says how
// many people it does not hold yet, and a freeze waits for it; afterwards the counts hold all.
// (The job is asked for here with a threshold of one person instead of twenty thousand.)

describe('the coverage recount after many changes', () => {
  it('runs as a job; reports say what they do not hold yet, a freeze waits for it, then every change is counted', async () => {
    const app = await badungApp();
    await addPerson(app, 1, [bpu('2024-01-01')]);
    expect((await report(app, { at: '2024-06-30' })).total.numerator).toBe(1);

    await addPerson(app, 2, [bpu('2024-02-01')]);
    await addPerson(app, 3, [bpu('2024-03-01')]);
    // Another write holds the database (as an import would): the job waits at the gate behind it.
    let release!: () => void;
    let held!: Promise<void>;
    await new Promise<void>((holding) => {
      held = app.ctx.runtime.gate.run(
        () =>
          new Promise<void>((resolve) => {
            release = resolve;
            holding();
          }),
      );
    });
    expect(keepCoverageCurrent(app.ctx, 1)).toBe(2); // more than the threshold: a job recounts them

    // (The router would queue a read behind the gate in this test app, which has no read-only connection: the service directly.)
    const during = countReport(app.ctx, { at: '2024-06-30' });
    expect(during.recounting).toBe(2);
    expect(during.total.numerator).toBe(1); // the last counts, said to be behind
    // A freeze asked for now waits at the gate behind the recount, and freezes every change.
    const freezing = app.call('coverage.freeze', { month: '2024-06' });

    release();
    await held;
    const frozen = await freezing;
    if (!frozen.ok) throw new Error(frozen.error.message);
    expect((await report(app, { snapshotUid: frozen.data.uid })).total.numerator).toBe(3);
    await whenCoverageCurrent(app.ctx);
    const after = await report(app, { at: '2024-06-30' });
    expect(after.recounting).toBe(0);
    expect(after.total.numerator).toBe(3);
  });
});
