// Picks the contribution rules in force on a date.
//
// A row is in force on `date` when effectiveFrom <= date <= effectiveTo (effectiveTo null =
// open). Rows describing the same thing share a key (see `ruleKey`); when several rows of one
// key are in force, the one with the LATER effectiveFrom wins and the others are reported as
// superseded. Two rows of one key with the same effectiveFrom are a conflict: the one with the
// greater uid is used (deterministic, independent of row order) and the conflict is reported.
// Rows that fail `validateRule` are ignored and reported.

import type { CalcMessage, Certainty, ContributionRule, Payer, Programme, RuleKind } from '../../api/contribution-rules.ts';
import type { Message } from '../../api/messages/message.ts';
import { msg, renderBoth } from '../../messages.ts';

const KINDS: readonly RuleKind[] = [
  'pu_rate', 'wage_cap', 'bpu_rate', 'bpu_flat', 'bpu_income_range', 'jakon_tier', 'pmi_package',
];
const PROGRAMMES: readonly Programme[] = ['JKK', 'JKM', 'JHT', 'JP', 'JKP'];
const PAYERS: readonly Payer[] = ['employer', 'worker', 'government', 'participant'];
const CERTAINTIES: readonly Certainty[] = ['confirmed', 'secondary', 'unconfirmed'];

/** A calculator message: its code, the coded message and its words in both languages beside it. */
export function calcMessage(code: string, said: Message, extra: { field?: string; ruleUids?: string[] } = {}): CalcMessage {
  const words = renderBoth(said);
  return { code, message: words.id, messageEn: words.en, said, ...extra };
}

/** A rule named in words for a message: 'Batas upah JP (sejak 2025-03-01)', never its id. */
export function ruleSaid(rule: ContributionRule): Message {
  const kind = msg(`calc.kinds.${rule.kind}`);
  return rule.programme ? msg('calc.ruleNamed', { kind, programme: rule.programme, since: rule.effectiveFrom }) : msg('calc.ruleNamedBare', { kind, since: rule.effectiveFrom });
}

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isValidIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  if (m < 1 || m > 12 || d < 1) return false;
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= dim;
}

function isNonNegInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

/** Problems with one row (coded messages, for the rule editor and the calculators' warnings); empty when the row is usable. */
export function validateRule(rule: ContributionRule): Message[] {
  const p: Message[] = [];
  const field = (name: keyof ContributionRule) => msg(`rules.fields.${name}`);
  if (typeof rule.uid !== 'string' || rule.uid.trim() === '') p.push(msg('rules.problems.noUid'));
  if (!KINDS.includes(rule.kind)) p.push(msg('rules.problems.unknown', { field: field('kind'), value: String(rule.kind) }));
  if (rule.programme !== null && !PROGRAMMES.includes(rule.programme)) p.push(msg('rules.problems.unknown', { field: field('programme'), value: String(rule.programme) }));
  if (rule.payer !== null && !PAYERS.includes(rule.payer)) p.push(msg('rules.problems.unknown', { field: field('payer'), value: String(rule.payer) }));
  if (!CERTAINTIES.includes(rule.certainty)) p.push(msg('rules.problems.unknown', { field: field('certainty'), value: String(rule.certainty) }));
  if (!isValidIsoDate(rule.effectiveFrom)) p.push(msg('rules.problems.notDate', { field: field('effectiveFrom') }));
  if (rule.effectiveTo !== null) {
    if (!isValidIsoDate(rule.effectiveTo)) p.push(msg('rules.problems.notDate', { field: field('effectiveTo') }));
    else if (rule.effectiveTo < rule.effectiveFrom) p.push(msg('rules.problems.endBeforeStart'));
  }
  if (rule.rateMicro !== null && (!isNonNegInt(rule.rateMicro) || rule.rateMicro > 1_000_000)) p.push(msg('rules.problems.rate'));
  for (const name of ['amount', 'tierFrom', 'tierTo'] as const) {
    const value = rule[name];
    if (value !== null && !isNonNegInt(value)) p.push(msg('rules.problems.notCount', { field: field(name) }));
  }
  if (rule.riskClass !== null && (!Number.isInteger(rule.riskClass) || rule.riskClass < 1 || rule.riskClass > 5)) p.push(msg('rules.problems.riskClass'));
  const kind = msg(`calc.kinds.${KINDS.includes(rule.kind) ? rule.kind : 'pu_rate'}`);
  const need = (name: keyof ContributionRule, ok: boolean): void => {
    if (!ok) p.push(msg('rules.problems.needs', { kind, field: field(name) }));
  };
  switch (rule.kind) {
    case 'pu_rate':
      need('programme', rule.programme !== null);
      need('rateMicro', rule.rateMicro !== null);
      if (rule.payer === 'participant') p.push(msg('rules.problems.puParticipant'));
      if (rule.programme === 'JKK' && rule.payer !== null) need('riskClass', rule.riskClass !== null);
      if (rule.riskClass !== null && (rule.programme !== 'JKK' || rule.payer === null)) p.push(msg('rules.problems.riskClassOnlyJkk'));
      if (rule.payer === null && rule.programme !== 'JKK' && rule.programme !== 'JKM') p.push(msg('rules.problems.recomposition'));
      break;
    case 'wage_cap':
    case 'bpu_flat':
      need('programme', rule.programme !== null);
      need('amount', rule.amount !== null);
      break;
    case 'bpu_rate':
      need('programme', rule.programme !== null);
      need('rateMicro', rule.rateMicro !== null);
      break;
    case 'bpu_income_range':
      need('tierFrom', rule.tierFrom !== null);
      need('tierTo', rule.tierTo !== null);
      if (rule.tierFrom !== null && rule.tierTo !== null && rule.tierTo < rule.tierFrom) p.push(msg('rules.problems.toBelowFrom'));
      break;
    case 'jakon_tier':
      need('rateMicro', rule.rateMicro !== null);
      need('tierFrom', rule.tierFrom !== null);
      if (rule.tierFrom !== null && rule.tierTo !== null && rule.tierTo <= rule.tierFrom) p.push(msg('rules.problems.toNotAboveFrom'));
      break;
    case 'pmi_package':
      need('amount', rule.amount !== null);
      break;
  }
  return p;
}

/** Rows with the same key describe the same thing at different times. */
export function ruleKey(rule: ContributionRule): string {
  return [rule.kind, rule.programme ?? '-', rule.riskClass ?? '-', rule.payer ?? '-', rule.tierFrom ?? '-'].join('|');
}

export function isInForce(rule: ContributionRule, date: string): boolean {
  return rule.effectiveFrom <= date && (rule.effectiveTo === null || date <= rule.effectiveTo);
}

export interface RuleSelection {
  date: string;
  /** The winning row of each key in force on `date`. */
  inForce: ContributionRule[];
  /** Rows in force on `date` but overridden by a later effectiveFrom of the same key. */
  superseded: { rule: ContributionRule; by: string }[];
  /** Same key, same effectiveFrom, both in force: ambiguous. `used` is the uid picked. */
  conflicts: { key: string; uids: string[]; used: string }[];
  /** Rows ignored because they are malformed. */
  invalid: { uid: string; problems: Message[] }[];
  /** Problems that stop any calculation (bad date). */
  errors: CalcMessage[];
}

export function selectRulesInForce(rules: readonly ContributionRule[], date: string): RuleSelection {
  const sel: RuleSelection = { date, inForce: [], superseded: [], conflicts: [], invalid: [], errors: [] };
  if (!isValidIsoDate(date)) {
    sel.errors.push(calcMessage('invalid_date', msg('calc.invalidDate', { value: String(date) }), { field: 'date' }));
    return sel;
  }
  const groups = new Map<string, ContributionRule[]>();
  for (const rule of rules) {
    const problems = validateRule(rule);
    if (problems.length > 0) {
      sel.invalid.push({ uid: String(rule.uid), problems });
      continue;
    }
    if (!isInForce(rule, date)) continue;
    const key = ruleKey(rule);
    const g = groups.get(key);
    if (g) g.push(rule);
    else groups.set(key, [rule]);
  }
  for (const [key, group] of groups) {
    // Latest effectiveFrom first; ties broken by greater uid first.
    const sorted = [...group].sort((a, b) =>
      a.effectiveFrom === b.effectiveFrom ? (a.uid < b.uid ? 1 : a.uid > b.uid ? -1 : 0) : a.effectiveFrom < b.effectiveFrom ? 1 : -1);
    const winner = sorted[0];
    if (!winner) continue;
    sel.inForce.push(winner);
    const tied = sorted.filter((r) => r.effectiveFrom === winner.effectiveFrom);
    if (tied.length > 1) sel.conflicts.push({ key, uids: tied.map((r) => r.uid), used: winner.uid });
    for (const r of sorted.slice(1)) sel.superseded.push({ rule: r, by: winner.uid });
  }
  return sel;
}

export interface RuleQuery {
  kind: RuleKind;
  /** Omitted = any; null = must be null. Same for the other fields. */
  programme?: Programme | null;
  riskClass?: number | null;
  payer?: Payer | null;
}

export function findRules(inForce: readonly ContributionRule[], q: RuleQuery): ContributionRule[] {
  return inForce.filter((r) =>
    r.kind === q.kind &&
    (q.programme === undefined || r.programme === q.programme) &&
    (q.riskClass === undefined || r.riskClass === q.riskClass) &&
    (q.payer === undefined || r.payer === q.payer));
}

/** Standard "missing rule" error. `what` names the rule in words (calc.what.*). */
export function missingRule(what: Message, date: string): CalcMessage {
  return calcMessage('missing_rule', msg('calc.missingRule', { what, date }));
}

/** Warnings about the rule table that affect the rules actually used. */
export function selectionWarnings(sel: RuleSelection, usedUids: readonly string[]): CalcMessage[] {
  const out: CalcMessage[] = [];
  const used = new Set(usedUids);
  for (const c of sel.conflicts) {
    if (!c.uids.some((u) => used.has(u))) continue;
    // The rows share kind, programme and start: their names are the same, so they are counted.
    const winner = sel.inForce.find((r) => r.uid === c.used);
    if (!winner) continue;
    out.push(calcMessage('rule_conflict', msg('calc.conflict', { count: c.uids.length, rule: ruleSaid(winner) }), { ruleUids: c.uids }));
  }
  if (sel.invalid.length > 0) {
    const uids = sel.invalid.map((i) => i.uid);
    out.push(calcMessage('invalid_rules_ignored', msg('calc.invalidIgnored', { count: uids.length }), { ruleUids: uids }));
  }
  return out;
}
