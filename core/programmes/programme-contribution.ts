import { stmt } from '../../db/statements.ts';
import type { BpuProgramme } from '../api/contribution-results.ts';
import type { Certainty } from '../api/contribution-rules.ts';
import type { ContributionBasis } from '../api/programmes.ts';
import { invalidInput } from '../app-error.ts';
import type { ServiceContext } from '../context.ts';
import { msg } from '../messages.ts';
import { calculateContribution } from '../reference/contributions/rules-service.ts';
import { dayMonthYear } from '../api/calendar-day.ts';

// A programme's monthly contribution per person, from the contribution rules: the BPU
// calculator's APBD budget for one person and one month, at the programme's declared income
// (or, without one, the rules' minimum BPU income), with the rules in force on 1 January of the
// programme year. The figure and how it came about are kept with the programme.

export const yearStart = (year: number) => `${year}-01-01`;

export function programmeContribution(ctx: ServiceContext, input: { year: number; package: readonly BpuProgramme[]; declaredIncome: number | null }): { monthly: number; basis: ContributionBasis } {
  const date = yearStart(input.year);
  const result = calculateContribution(ctx, {
    kind: 'apbd',
    workers: 1,
    months: 1,
    package: input.package.includes('JHT') ? 'bpu_jkk_jkm_jht' : 'bpu_jkk_jkm',
    ...(input.declaredIncome === null ? {} : { declaredIncome: input.declaredIncome }),
    date,
  });
  // No rule in force on 1 January: the year is what to change (or the rules), so it is said there.
  if (result.errors.some((e) => e.code === 'missing_rule')) throw invalidInput(msg('programmes.save.noRulesForYear', { year: String(input.year) }), { issues: [{ path: 'year' }] });
  if (result.kind !== 'apbd' || !result.ok || result.perWorkerPerMonth === null || !result.bpu) {
    const reason = result.errors[0]?.said ?? msg('errors.internal');
    throw invalidInput(msg('programmes.save.noContribution', { date: dayMonthYear(date), reason }), { issues: [{ path: 'package' }] });
  }
  const bpu = result.bpu;
  const sourceOf = stmt(ctx.sqlite, 'SELECT source_note AS sourceNote, certainty FROM contribution_rule WHERE uid = ?');
  return {
    monthly: result.perWorkerPerMonth,
    basis: {
      date,
      income: bpu.incomeUsed ?? 0,
      clamped: bpu.clamped,
      lines: bpu.lines.map((l) => ({ programme: l.programme, base: l.base, rateMicro: l.rateMicro, flatAmount: l.flatAmount, monthly: l.monthly, ruleUids: l.appliedRules })),
      rules: result.appliedRules.map((uid) => {
        const rule = sourceOf.get(uid) as { sourceNote: string; certainty: Certainty } | undefined;
        return { uid, sourceNote: rule?.sourceNote ?? '', certainty: rule?.certainty ?? 'unconfirmed' };
      }),
      computedAt: ctx.now().toISOString(),
    },
  };
}
