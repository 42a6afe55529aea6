import { stmt } from '../../db/statements.ts';
import type { CommitmentProgress, FundedProgramme, RegulationProgrammes } from '../api/regulations.ts';
import type { ServiceContext } from '../context.ts';
import { programmePage } from '../programmes/programme-queries.ts';
import { listCommitments } from './commitment-service.ts';
import { requireRegulation } from './regulation-service.ts';

// The programmes a regulation funds (those naming it as legal basis), their people and money,
// and its commitments beside what those programmes achieved: a coverage target of a year beside
// the people enrolled in that year's programmes, a budget of a year beside their budgets and
// cost. A commitment without a year is compared with every linked programme. Each programme's
// figures come from its page (kept until the next write), so this costs what opening them does.

export function regulationProgrammes(ctx: ServiceContext, uid: string): RegulationProgrammes {
  const row = requireRegulation(ctx, uid);
  const uids = stmt(ctx.sqlite, 'SELECT uid FROM worker_programme WHERE legal_basis_regulation_id = ? ORDER BY year DESC, name').pluck().all(row.id) as string[];
  const programmes: FundedProgramme[] = uids.map((programmeUid) => {
    const page = programmePage(ctx, programmeUid);
    const p = page.programme;
    return { uid: p.uid, name: p.name, year: p.year, status: p.status, fundingLabel: p.fundingLabel, target: page.totals.target, enrolled: page.totals.people, budget: p.budget, enrolledCost: page.cost.enrolledCost };
  });
  const progress: CommitmentProgress[] = [];
  for (const c of listCommitments(ctx, row.id)) {
    if (c.kind !== 'target' && c.kind !== 'anggaran') continue;
    const of = programmes.filter((p) => c.year === null || p.year === c.year);
    const sum = (pick: (p: FundedProgramme) => number) => of.reduce((a, p) => a + pick(p), 0);
    progress.push(
      c.kind === 'target'
        ? { commitmentUid: c.uid, kind: 'target', year: c.year, committed: c.targetCount, targetPercent: c.targetPercent, achieved: sum((p) => p.enrolled), spent: null, programmes: of.length }
        : { commitmentUid: c.uid, kind: 'anggaran', year: c.year, committed: c.amount, targetPercent: null, achieved: sum((p) => p.budget), spent: sum((p) => p.enrolledCost), programmes: of.length },
    );
  }
  return { programmes, progress };
}
