import { newUid } from '../../../db/ids.ts';
import { asc, eq } from 'drizzle-orm';
import type { CalculationInput, CalculationResult, ContributionRuleInput, ContributionRuleRow } from '../../api/reference.ts';
import type { ContributionRule } from '../../api/contribution-rules.ts';
import { invalidInput } from '../../app-error.ts';
import { writeAudited } from '../../audit/write.ts';
import { msg } from '../../messages.ts';
import type { ServiceContext } from '../../context.ts';
import { contributionRule } from '../../../db/schema/index.ts';
import { calculateApbdBudget, calculateBpu, calculateJakon, calculatePu } from './calculate.ts';
import { validateRule } from './select-rules.ts';

type Row = typeof contributionRule.$inferSelect;
const toRow = (r: Row): ContributionRuleRow => ({ ...r });
const withoutMeta = ({ id: _id, active: _active, ...rule }: Row): ContributionRule => rule;

export function listContributionRules(ctx: ServiceContext): ContributionRuleRow[] {
  return ctx.db.select().from(contributionRule).orderBy(asc(contributionRule.kind), asc(contributionRule.programme), asc(contributionRule.riskClass), asc(contributionRule.effectiveFrom)).all().map(toRow);
}

/** Creates a rule (no uid) or changes one; rules are deactivated, never deleted. */
export function saveContributionRule(ctx: ServiceContext, input: ContributionRuleInput & { active: boolean }): ContributionRuleRow {
  const uid = input.uid ?? `rule-${newUid()}`;
  const { active, uid: _uid, ...fields } = input;
  const rule: ContributionRule = { uid, ...fields };
  const problems = validateRule(rule);
  if (problems.length > 0) {
    const list = problems.reduce((a, b) => msg('rules.problems.and', { a, b }));
    throw invalidInput(msg('rules.invalid', { problems: list }), { problems });
  }
  return writeAudited(ctx, ({ db, audit }) => {
    const before = input.uid ? db.select().from(contributionRule).where(eq(contributionRule.uid, input.uid)).get() : undefined;
    if (input.uid && !before) throw invalidInput(msg('rules.notFound', { uid: input.uid }));
    const after = before
      ? db.update(contributionRule).set({ ...rule, active }).where(eq(contributionRule.uid, uid)).returning().get()
      : db.insert(contributionRule).values({ ...rule, active }).returning().get();
    audit({ action: before ? 'update' : 'create', entity: 'contribution_rule', entityUid: uid, before: before ?? null, after });
    return toRow(after);
  });
}

export function calculateContribution(ctx: ServiceContext, input: CalculationInput): CalculationResult {
  const rules = ctx.db.select().from(contributionRule).where(eq(contributionRule.active, true)).all().map(withoutMeta);
  switch (input.kind) {
    case 'pu':
      return { kind: 'pu', ...calculatePu(rules, input) };
    case 'bpu':
      return { kind: 'bpu', ...calculateBpu(rules, input) };
    case 'jakon':
      return { kind: 'jakon', ...calculateJakon(rules, input) };
    case 'apbd':
      return { kind: 'apbd', ...calculateApbdBudget(rules, { ...input, ...(input.declaredIncome === undefined ? {} : { declaredIncome: input.declaredIncome }) }) };
  }
}
