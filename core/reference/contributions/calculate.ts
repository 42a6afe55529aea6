// Pure BPJS Ketenagakerjaan contribution calculators.
//
// Every calculator takes the whole rule table plus a date, selects the rules in force on that
// date, and returns the breakdown together with the uids of the rules applied. They never
// throw: bad input or missing rules give `ok: false` with bilingual `errors`.
//
// Rounding: amounts are integer Rupiah. Each charged share (one programme, one payer, one
// month; for Jakon one tier) is rounded half up separately: round(rateMicro x base / 1e6).
// Programme and grand totals are sums of those rounded shares; yearly = 12 x monthly.
// The maths uses BigInt, so large contract values stay exact.

import type { CalcMessage, Certainty, ContributionRule, Payer, Programme } from '../../api/contribution-rules.ts';
import type {
  PayerSplit,
  CalcResultBase,
  PuInput,
  PuProgrammeLine,
  PuResult,
  BpuProgramme,
  BpuInput,
  BpuLine,
  BpuResult,
  JakonInput,
  JakonTierLine,
  JakonResult,
  ApbdInput,
  ApbdProgrammeLine,
  ApbdResult,
} from '../../api/contribution-results.ts';
import { implausiblyLowMonthly } from '../../api/money.ts';
import { msg } from '../../messages.ts';
import { calcMessage, findRules, missingRule, ruleSaid, selectRulesInForce, selectionWarnings } from './select-rules.ts';
import type { RuleSelection } from './select-rules.ts';

// ---------------------------------------------------------------------------
// Shared helpers and result parts
// ---------------------------------------------------------------------------

const MICRO = 1_000_000n;

/** Below this a monthly wage is a typing slip, not a wage. */
const implausiblyLowWage = implausiblyLowMonthly;

/** round_half_up(base x rateMicro / 1e6) for non-negative integers, exact. */
export function applyRateMicro(base: number, rateMicro: number): number {
  if (!Number.isSafeInteger(base) || base < 0 || !Number.isSafeInteger(rateMicro) || rateMicro < 0) {
    throw new RangeError(`applyRateMicro needs non-negative safe integers, got ${base}, ${rateMicro}`);
  }
  const n = BigInt(base) * BigInt(rateMicro);
  let q = n / MICRO;
  if ((n % MICRO) * 2n >= MICRO) q += 1n;
  return Number(q); // <= base because callers' rates are <= 1e6 (validated)
}

/** Formats a rateMicro as a percent string for display: 2400 -> '0.24%'. */
export function formatRateMicro(rateMicro: number): string {
  const s = (rateMicro / 10_000).toFixed(4).replace(/0+$/, '').replace(/\.$/, '');
  return `${s}%`;
}




const CERTAINTY_ORDER: Record<Certainty, number> = { confirmed: 2, secondary: 1, unconfirmed: 0 };

class Ctx {
  readonly errors: CalcMessage[] = [];
  readonly warnings: CalcMessage[] = [];
  readonly applied: ContributionRule[] = [];
  sel: RuleSelection | null = null;
  readonly date: string;
  constructor(date: string) {
    this.date = date;
  }
  use(rule: ContributionRule): void {
    if (!this.applied.some((r) => r.uid === rule.uid)) this.applied.push(rule);
  }
  base(): CalcResultBase {
    const uids = this.applied.map((r) => r.uid);
    const warnings = this.sel ? [...this.warnings, ...selectionWarnings(this.sel, uids)] : [...this.warnings];
    let certainty: Certainty = 'confirmed';
    for (const r of this.applied) if (CERTAINTY_ORDER[r.certainty] < CERTAINTY_ORDER[certainty]) certainty = r.certainty;
    return {
      ok: this.errors.length === 0,
      date: this.date,
      errors: [...this.errors],
      warnings,
      appliedRules: uids,
      certainty,
      uncertainRules: this.applied
        .filter((r) => r.certainty !== 'confirmed')
        .map((r) => ({ uid: r.uid, certainty: r.certainty, sourceNote: r.sourceNote })),
    };
  }
}

type AmountField = 'wage' | 'declaredIncome' | 'contractValue' | 'workers' | 'months';

/** Adds an error when `value` is not a non-negative safe integer. Returns true when valid. */
function checkRupiahOrCount(ctx: Ctx, value: unknown, field: AmountField, min = 0): value is number {
  const label = msg(`calc.fields.${field}`);
  if (typeof value !== 'number' || !Number.isFinite(value) || !Number.isInteger(value)) {
    ctx.errors.push(calcMessage('invalid_input', msg('calc.notWhole', { label, value: String(value) }), { field }));
    return false;
  }
  if (value < min) {
    ctx.errors.push(calcMessage('invalid_input', min === 0 ? msg('calc.negative', { label, value }) : msg('calc.belowMin', { label, min, value }), { field }));
    return false;
  }
  if (!Number.isSafeInteger(value)) {
    ctx.errors.push(calcMessage('invalid_input', msg('calc.tooLarge', { label, value: String(value) }), { field }));
    return false;
  }
  return true;
}

function select(ctx: Ctx, rules: readonly ContributionRule[]): RuleSelection | null {
  const sel = selectRulesInForce(rules, ctx.date);
  ctx.sel = sel;
  if (sel.errors.length > 0) {
    ctx.errors.push(...sel.errors);
    return null;
  }
  return sel;
}

function mulSafe(ctx: Ctx, field: string, ...factors: number[]): number | null {
  const p = factors.reduce((acc, f) => acc * BigInt(f), 1n);
  if (p > BigInt(Number.MAX_SAFE_INTEGER)) {
    ctx.errors.push(calcMessage('overflow', msg('calc.overflow'), { field }));
    return null;
  }
  return Number(p);
}

function split(employer: number, worker: number, government: number): PayerSplit {
  return { employer, worker, government, total: employer + worker + government };
}

function times12(s: PayerSplit): PayerSplit {
  return split(s.employer * 12, s.worker * 12, s.government * 12);
}

function addSplit(a: PayerSplit, b: PayerSplit): PayerSplit {
  return split(a.employer + b.employer, a.worker + b.worker, a.government + b.government);
}

/** One year after an ISO date (same month/day), for staleness checks. */
function plusOneYear(iso: string): string {
  return `${String(Number(iso.slice(0, 4)) + 1).padStart(4, '0')}${iso.slice(4)}`;
}

// ---------------------------------------------------------------------------
// Penerima Upah (wage earners)
// ---------------------------------------------------------------------------

export const PU_PROGRAMMES: readonly Programme[] = ['JKK', 'JKM', 'JHT', 'JP', 'JKP'];

/** Payers a programme must have rows for. JKK/JKM/JHT are always required; JP and JKP are
 *  skipped (with a warning) when no rate row is in force, e.g. before they existed. */
const EXPECTED_PAYERS: Record<Programme, readonly Exclude<Payer, 'participant'>[]> = {
  JKK: ['employer'],
  JKM: ['employer'],
  JHT: ['employer', 'worker'],
  JP: ['employer', 'worker'],
  JKP: ['government'],
};
const REQUIRED_PU: readonly Programme[] = ['JKK', 'JKM', 'JHT'];
/** Programmes whose wage base must be capped; a missing cap is an error. */
const CAP_REQUIRED: readonly Programme[] = ['JP', 'JKP'];





export function calculatePu(rules: readonly ContributionRule[], input: PuInput): PuResult {
  const ctx = new Ctx(input.date);
  const fail = (): PuResult => ({ ...ctx.base(), input, lines: [], notApplicable: [], totals: null });

  checkRupiahOrCount(ctx, input.wage, 'wage');
  if (!(typeof input.riskClass === 'number' && Number.isInteger(input.riskClass) && input.riskClass >= 1 && input.riskClass <= 5)) {
    ctx.errors.push(calcMessage('invalid_input', msg('calc.riskClass', { value: String(input.riskClass) }), { field: 'riskClass' }));
  }
  const sel = select(ctx, rules);
  if (!sel || ctx.errors.length > 0) return fail();
  const { wage, riskClass, date } = input;
  if (wage === 0) ctx.warnings.push(calcMessage('zero_wage', msg('calc.zeroWage'), { field: 'wage' }));
  // No month's wage is this small: most often "5,000,000" typed where thousands take a dot (walk 31: Rp 5, every line Rp 0, unsaid).
  else if (wage < implausiblyLowWage) ctx.warnings.push(calcMessage('wage_implausibly_low', msg('calc.wageImplausiblyLow', { wage }), { field: 'wage' }));

  const lines: PuProgrammeLine[] = [];
  const notApplicable: Programme[] = [];

  const capFor = (p: Programme): ContributionRule | undefined => findRules(sel.inForce, { kind: 'wage_cap', programme: p })[0];

  for (const programme of PU_PROGRAMMES) {
    const rows = findRules(sel.inForce, { kind: 'pu_rate', programme }).filter(
      (r) => r.payer !== null && (programme !== 'JKK' || r.riskClass === riskClass));
    if (rows.length === 0 && !REQUIRED_PU.includes(programme)) {
      notApplicable.push(programme);
      ctx.warnings.push(calcMessage('programme_not_in_force', msg('calc.notInForce', { programme, date })));
      continue;
    }
    for (const payer of EXPECTED_PAYERS[programme]) {
      if (!rows.some((r) => r.payer === payer)) {
        const what = msg(programme === 'JKK' ? 'calc.what.rateJkk' : 'calc.what.rate', { programme, riskClass, payer: msg(`calc.payers.${payer}`) });
        ctx.errors.push(missingRule(what, date));
      }
    }
    const capRule = capFor(programme);
    if (!capRule && CAP_REQUIRED.includes(programme)) {
      ctx.errors.push(missingRule(msg('calc.what.wageCap', { programme }), date));
    }
    if (capRule && capRule.effectiveTo === null && programme === 'JP' && date >= plusOneYear(capRule.effectiveFrom)) {
      ctx.warnings.push(calcMessage('cap_may_be_outdated', msg('calc.capOutdated', { rule: ruleSaid(capRule), date }), { ruleUids: [capRule.uid] }));
    }
    const cap = capRule?.amount ?? null;
    const base = cap !== null && wage > cap ? cap : wage;
    const rates = { employer: 0, worker: 0, government: 0 };
    const monthly = { employer: 0, worker: 0, government: 0 };
    const lineRules: string[] = [];
    for (const r of rows) {
      const payer = r.payer;
      if (payer === null || payer === 'participant' || r.rateMicro === null) continue;
      rates[payer] += r.rateMicro;
      monthly[payer] += applyRateMicro(base, r.rateMicro);
      lineRules.push(r.uid);
      ctx.use(r);
    }
    if (capRule) {
      lineRules.push(capRule.uid);
      ctx.use(capRule);
    }
    const m = split(monthly.employer, monthly.worker, monthly.government);
    const rateMicro = rates.employer + rates.worker + rates.government;
    lines.push({
      programme, wage, base, cap, capped: cap !== null && wage > cap, rates, rateMicro,
      nominalRateMicro: rateMicro, monthly: m, yearly: times12(m), recomposition: [], recomposedToJkp: 0,
      appliedRules: lineRules,
    });
  }

  // Recomposition into JKP (informational: part of JKK/JKM employer amounts goes to JKP).
  const recompRows = findRules(sel.inForce, { kind: 'pu_rate', payer: null });
  const jkp = lines.find((l) => l.programme === 'JKP');
  if (recompRows.length > 0 && !jkp) {
    ctx.warnings.push(calcMessage('recomposition_without_jkp', msg('calc.recompositionWithoutJkp'), { ruleUids: recompRows.map((r) => r.uid) }));
  }
  if (jkp) {
    for (const r of recompRows) {
      const from = r.programme;
      const source = lines.find((l) => l.programme === from);
      if (from === null || r.rateMicro === null || !source) continue;
      const amount = applyRateMicro(jkp.base, r.rateMicro);
      jkp.recomposition.push({ fromProgramme: from, rateMicro: r.rateMicro, base: jkp.base, monthly: amount, ruleUid: r.uid });
      jkp.nominalRateMicro += r.rateMicro;
      jkp.appliedRules.push(r.uid);
      source.recomposedToJkp += amount;
      ctx.use(r);
      if (source.recomposedToJkp > source.monthly.employer) {
        ctx.warnings.push(calcMessage('recomposition_exceeds_source', msg('calc.recompositionExceeds', { from, amount: source.recomposedToJkp, source: source.monthly.employer }), { ruleUids: [r.uid] }));
      }
    }
  }

  if (ctx.errors.length > 0) return fail();
  const zero = split(0, 0, 0);
  const monthlyTotal = lines.reduce((acc, l) => addSplit(acc, l.monthly), zero);
  return { ...ctx.base(), input, lines, notApplicable, totals: { monthly: monthlyTotal, yearly: times12(monthlyTotal) } };
}


// ---------------------------------------------------------------------------
// Bukan Penerima Upah (informal workers)
// ---------------------------------------------------------------------------

const BPU_PROGRAMMES: readonly BpuProgramme[] = ['JKK', 'JKM', 'JHT'];




export function calculateBpu(rules: readonly ContributionRule[], input: BpuInput): BpuResult {
  const ctx = new Ctx(input.date);
  let incomeRange: BpuResult['incomeRange'] = null;
  const fail = (): BpuResult => ({
    ...ctx.base(), input, incomeRange, incomeUsed: null, clamped: false, lines: [], totals: null,
  });

  checkRupiahOrCount(ctx, input.declaredIncome, 'declaredIncome');
  const programmes = checkBpuProgrammes(ctx, input.programmes);
  const sel = select(ctx, rules);
  if (!sel || ctx.errors.length > 0) return fail();
  const { declaredIncome, date } = input;

  if (!programmes.includes('JKK') || !programmes.includes('JKM')) {
    ctx.warnings.push(calcMessage('bpu_minimum_package', msg('calc.bpuMinimum'), { field: 'programmes' }));
  }

  let incomeUsed = declaredIncome;
  let clamped = false;
  const range = findRules(sel.inForce, { kind: 'bpu_income_range' })[0];
  if (range && range.tierFrom !== null && range.tierTo !== null) {
    ctx.use(range);
    incomeRange = { min: range.tierFrom, max: range.tierTo, ruleUid: range.uid };
    if (declaredIncome < range.tierFrom || declaredIncome > range.tierTo) {
      incomeUsed = declaredIncome < range.tierFrom ? range.tierFrom : range.tierTo;
      clamped = true;
      const said = msg(range.certainty === 'confirmed' ? 'calc.incomeOutside' : 'calc.incomeOutsideUnsure', { income: declaredIncome, min: range.tierFrom, max: range.tierTo, used: incomeUsed });
      ctx.warnings.push(calcMessage(declaredIncome < range.tierFrom ? 'income_below_min' : 'income_above_max', said, { field: 'declaredIncome', ruleUids: [range.uid] }));
    }
  } else {
    ctx.warnings.push(calcMessage('missing_income_range', msg('calc.noIncomeRange', { date })));
  }

  const lines: BpuLine[] = [];
  for (const programme of programmes) {
    const rateRule = findRules(sel.inForce, { kind: 'bpu_rate', programme })[0];
    const flatRule = findRules(sel.inForce, { kind: 'bpu_flat', programme })[0];
    if (!rateRule && !flatRule) {
      ctx.errors.push(missingRule(msg('calc.what.bpu', { programme }), date));
      continue;
    }
    let monthly = 0;
    const lineRules: string[] = [];
    if (rateRule && rateRule.rateMicro !== null) {
      monthly += applyRateMicro(incomeUsed, rateRule.rateMicro);
      lineRules.push(rateRule.uid);
      ctx.use(rateRule);
    }
    if (flatRule && flatRule.amount !== null) {
      monthly += flatRule.amount;
      lineRules.push(flatRule.uid);
      ctx.use(flatRule);
    }
    lines.push({
      programme,
      base: rateRule ? incomeUsed : null,
      rateMicro: rateRule?.rateMicro ?? null,
      flatAmount: flatRule?.amount ?? null,
      monthly,
      yearly: monthly * 12,
      appliedRules: lineRules,
    });
  }
  if (ctx.errors.length > 0) return fail();
  const total = lines.reduce((a, l) => a + l.monthly, 0);
  return { ...ctx.base(), input, incomeRange, incomeUsed, clamped, lines, totals: { monthly: total, yearly: total * 12 } };
}

function checkBpuProgrammes(ctx: Ctx, programmes: unknown): BpuProgramme[] {
  if (!Array.isArray(programmes) || programmes.length === 0) {
    ctx.errors.push(calcMessage('invalid_input', msg('calc.noProgramme'), { field: 'programmes' }));
    return [];
  }
  const out: BpuProgramme[] = [];
  for (const p of programmes) {
    const known = BPU_PROGRAMMES.find((b) => b === p);
    if (!known) {
      ctx.errors.push(calcMessage('invalid_input', msg('calc.unknownProgramme', { programme: String(p) }), { field: 'programmes' }));
    } else if (!out.includes(known)) {
      out.push(known);
    }
  }
  // Stable display order.
  return BPU_PROGRAMMES.filter((p) => out.includes(p));
}

// ---------------------------------------------------------------------------
// Jasa konstruksi (construction projects): JKK on contract value, marginal tiers
// ---------------------------------------------------------------------------




export function calculateJakon(rules: readonly ContributionRule[], input: JakonInput): JakonResult {
  const ctx = new Ctx(input.date);
  const fail = (): JakonResult => ({ ...ctx.base(), input, tiers: [], total: null });
  checkRupiahOrCount(ctx, input.contractValue, 'contractValue');
  const sel = select(ctx, rules);
  if (!sel || ctx.errors.length > 0) return fail();
  const { contractValue, date } = input;

  const tierRules = findRules(sel.inForce, { kind: 'jakon_tier' })
    .filter((r) => r.tierFrom !== null && r.rateMicro !== null)
    .sort((a, b) => (a.tierFrom ?? 0) - (b.tierFrom ?? 0));
  if (tierRules.length === 0) {
    ctx.errors.push(missingRule(msg('calc.what.jakonTiers'), date));
    return fail();
  }
  // Tiers must start at 0 and be contiguous.
  let expectedFrom: number | null = 0;
  for (const r of tierRules) {
    if (expectedFrom === null || r.tierFrom !== expectedFrom) {
      const said = expectedFrom === null ? msg('calc.tierGapAfterOpen', { rule: ruleSaid(r) }) : msg('calc.tierGap', { rule: ruleSaid(r), from: r.tierFrom ?? 0, expected: expectedFrom });
      ctx.errors.push(calcMessage('tier_gap', said, { ruleUids: [r.uid] }));
      return fail();
    }
    expectedFrom = r.tierTo;
  }
  const last = tierRules[tierRules.length - 1];
  if (last && last.tierTo !== null && contractValue > last.tierTo) {
    ctx.errors.push(missingRule(msg('calc.what.jakonAbove', { amount: last.tierTo }), date));
    return fail();
  }

  const tiers: JakonTierLine[] = [];
  let total = 0;
  for (const r of tierRules) {
    const from = r.tierFrom ?? 0;
    const rate = r.rateMicro ?? 0;
    const upper = r.tierTo === null ? contractValue : Math.min(contractValue, r.tierTo);
    const portion = Math.max(0, upper - from);
    const amount = applyRateMicro(portion, rate);
    total += amount;
    tiers.push({ tierFrom: from, tierTo: r.tierTo, rateMicro: rate, portion, amount, ruleUid: r.uid });
    if (portion > 0) ctx.use(r);
  }
  return { ...ctx.base(), input, tiers, total };
}

// ---------------------------------------------------------------------------
// APBD budget for vulnerable (BPU) workers
// ---------------------------------------------------------------------------





export function calculateApbdBudget(rules: readonly ContributionRule[], input: ApbdInput): ApbdResult {
  const ctx = new Ctx(input.date);
  const programmes: BpuProgramme[] =
    input.package === 'bpu_jkk_jkm' ? ['JKK', 'JKM'] : input.package === 'bpu_jkk_jkm_jht' ? ['JKK', 'JKM', 'JHT'] : [];
  let bpu: BpuResult | null = null;
  const fail = (): ApbdResult => ({
    ...ctx.base(), input, programmes, declaredIncome: null, perProgramme: [], perWorkerPerMonth: null,
    perWorkerTotal: null, perMonthTotal: null, total: null, bpu,
  });

  checkRupiahOrCount(ctx, input.workers, 'workers', 1);
  checkRupiahOrCount(ctx, input.months, 'months', 1);
  if (programmes.length === 0) {
    ctx.errors.push(calcMessage('invalid_input', msg('calc.unknownPackage', { value: String(input.package) }), { field: 'package' }));
  }
  if (input.declaredIncome !== undefined) {
    checkRupiahOrCount(ctx, input.declaredIncome, 'declaredIncome');
  }
  const sel = select(ctx, rules);
  if (!sel || ctx.errors.length > 0) return fail();

  let income = input.declaredIncome;
  if (income === undefined) {
    const range = findRules(sel.inForce, { kind: 'bpu_income_range' })[0];
    if (!range || range.tierFrom === null) {
      ctx.errors.push(missingRule(msg('calc.what.bpuRange'), input.date));
      return fail();
    }
    income = range.tierFrom;
  }

  bpu = calculateBpu(rules, { declaredIncome: income, programmes, date: input.date });
  for (const uid of bpu.appliedRules) {
    const r = sel.inForce.find((x) => x.uid === uid);
    if (r) ctx.use(r);
  }
  // Selection warnings are added again by ctx.base(); keep only the BPU-specific ones here.
  ctx.warnings.push(...bpu.warnings.filter((w) => w.code !== 'rule_conflict' && w.code !== 'invalid_rules_ignored'));
  if (!bpu.ok || bpu.totals === null) {
    ctx.errors.push(...bpu.errors);
    return fail();
  }
  const { workers, months } = input;
  const perWorkerPerMonth = bpu.totals.monthly;
  const perProgramme: ApbdProgrammeLine[] = [];
  for (const l of bpu.lines) {
    const t = mulSafe(ctx, 'total', l.monthly, workers, months);
    if (t === null) return fail();
    perProgramme.push({ programme: l.programme, perWorkerPerMonth: l.monthly, total: t });
  }
  const perWorkerTotal = mulSafe(ctx, 'perWorkerTotal', perWorkerPerMonth, months);
  const perMonthTotal = mulSafe(ctx, 'perMonthTotal', perWorkerPerMonth, workers);
  const total = mulSafe(ctx, 'total', perWorkerPerMonth, workers, months);
  if (perWorkerTotal === null || perMonthTotal === null || total === null) return fail();
  return {
    ...ctx.base(), input, programmes, declaredIncome: bpu.incomeUsed, perProgramme, perWorkerPerMonth,
    perWorkerTotal, perMonthTotal, total, bpu,
  };
}
