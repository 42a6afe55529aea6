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
import { findRules, missingRule, msg, selectRulesInForce, selectionWarnings } from './select-rules.ts';
import type { RuleSelection } from './select-rules.ts';

// ---------------------------------------------------------------------------
// Shared helpers and result parts
// ---------------------------------------------------------------------------

const MICRO = 1_000_000n;

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

/** Adds an error when `value` is not a non-negative safe integer. Returns true when valid. */
function checkRupiahOrCount(ctx: Ctx, value: unknown, field: string, labelId: string, labelEn: string, min = 0): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !Number.isInteger(value)) {
    ctx.errors.push(msg('invalid_input',
      `${labelId} harus bilangan bulat (tanpa desimal), diterima: ${String(value)}.`,
      `${labelEn} must be a whole number (no decimals), got: ${String(value)}.`, { field }));
    return false;
  }
  if (value < min) {
    ctx.errors.push(msg('invalid_input',
      min === 0 ? `${labelId} tidak boleh negatif, diterima: ${value}.` : `${labelId} minimal ${min}, diterima: ${value}.`,
      min === 0 ? `${labelEn} must not be negative, got: ${value}.` : `${labelEn} must be at least ${min}, got: ${value}.`,
      { field }));
    return false;
  }
  if (!Number.isSafeInteger(value)) {
    ctx.errors.push(msg('invalid_input',
      `${labelId} terlalu besar untuk dihitung dengan tepat: ${value}.`,
      `${labelEn} is too large to compute exactly: ${value}.`, { field }));
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
    ctx.errors.push(msg('overflow',
      'Hasil terlalu besar untuk dihitung dengan tepat.', 'Result too large to compute exactly.', { field }));
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

  checkRupiahOrCount(ctx, input.wage, 'wage', 'Upah', 'Wage');
  if (!(typeof input.riskClass === 'number' && Number.isInteger(input.riskClass) && input.riskClass >= 1 && input.riskClass <= 5)) {
    ctx.errors.push(msg('invalid_input',
      `Kelas risiko JKK harus 1 sampai 5, diterima: ${String(input.riskClass)}.`,
      `JKK risk class must be 1 to 5, got: ${String(input.riskClass)}.`, { field: 'riskClass' }));
  }
  const sel = select(ctx, rules);
  if (!sel || ctx.errors.length > 0) return fail();
  const { wage, riskClass, date } = input;
  if (wage === 0) ctx.warnings.push(msg('zero_wage', 'Upah 0: semua iuran 0.', 'Wage is 0: all contributions are 0.', { field: 'wage' }));

  const lines: PuProgrammeLine[] = [];
  const notApplicable: Programme[] = [];

  const capFor = (p: Programme): ContributionRule | undefined => findRules(sel.inForce, { kind: 'wage_cap', programme: p })[0];

  for (const programme of PU_PROGRAMMES) {
    const rows = findRules(sel.inForce, { kind: 'pu_rate', programme }).filter(
      (r) => r.payer !== null && (programme !== 'JKK' || r.riskClass === riskClass));
    if (rows.length === 0 && !REQUIRED_PU.includes(programme)) {
      notApplicable.push(programme);
      ctx.warnings.push(msg('programme_not_in_force',
        `Program ${programme} tidak dihitung: tidak ada tarif yang berlaku pada ${date}.`,
        `${programme} not calculated: no rate in force on ${date}.`));
      continue;
    }
    for (const payer of EXPECTED_PAYERS[programme]) {
      if (!rows.some((r) => r.payer === payer)) {
        const cls = programme === 'JKK' ? ` kelas risiko ${riskClass}` : '';
        const clsEn = programme === 'JKK' ? ` risk class ${riskClass}` : '';
        ctx.errors.push(missingRule(`tarif ${programme}${cls} bagian ${payerId(payer)}`, `${programme}${clsEn} rate, ${payer} share`, date));
      }
    }
    const capRule = capFor(programme);
    if (!capRule && CAP_REQUIRED.includes(programme)) {
      ctx.errors.push(missingRule(`batas upah ${programme}`, `${programme} wage cap`, date));
    }
    if (capRule && capRule.effectiveTo === null && programme === 'JP' && date >= plusOneYear(capRule.effectiveFrom)) {
      ctx.warnings.push(msg('cap_may_be_outdated',
        `Batas upah JP (${capRule.uid}, sejak ${capRule.effectiveFrom}) disesuaikan tiap tahun; periksa apakah sudah ada nilai baru untuk ${date}.`,
        `The JP wage cap (${capRule.uid}, since ${capRule.effectiveFrom}) changes yearly; check for a newer value for ${date}.`,
        { ruleUids: [capRule.uid] }));
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
    ctx.warnings.push(msg('recomposition_without_jkp',
      'Ada aturan rekomposisi ke JKP tetapi JKP tidak berlaku pada tanggal ini; rekomposisi diabaikan.',
      'Recomposition rules into JKP exist but JKP is not in force on this date; recomposition ignored.',
      { ruleUids: recompRows.map((r) => r.uid) }));
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
        ctx.warnings.push(msg('recomposition_exceeds_source',
          `Rekomposisi ${from} ke JKP (Rp${source.recomposedToJkp}) melebihi iuran ${from} pengusaha (Rp${source.monthly.employer}); periksa aturan.`,
          `Recomposition from ${from} to JKP (Rp${source.recomposedToJkp}) exceeds the employer's ${from} amount (Rp${source.monthly.employer}); check the rules.`,
          { ruleUids: [r.uid] }));
      }
    }
  }

  if (ctx.errors.length > 0) return fail();
  const zero = split(0, 0, 0);
  const monthlyTotal = lines.reduce((acc, l) => addSplit(acc, l.monthly), zero);
  return { ...ctx.base(), input, lines, notApplicable, totals: { monthly: monthlyTotal, yearly: times12(monthlyTotal) } };
}

function payerId(p: Payer): string {
  return p === 'employer' ? 'pengusaha' : p === 'worker' ? 'pekerja' : p === 'government' ? 'pemerintah' : 'peserta';
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

  checkRupiahOrCount(ctx, input.declaredIncome, 'declaredIncome', 'Penghasilan yang dilaporkan', 'Declared income');
  const programmes = checkBpuProgrammes(ctx, input.programmes);
  const sel = select(ctx, rules);
  if (!sel || ctx.errors.length > 0) return fail();
  const { declaredIncome, date } = input;

  if (!programmes.includes('JKK') || !programmes.includes('JKM')) {
    ctx.warnings.push(msg('bpu_minimum_package',
      'Peserta BPU wajib minimal JKK dan JKM; program yang dipilih kurang dari itu.',
      'BPU participants must take at least JKK and JKM; the selection has fewer.', { field: 'programmes' }));
  }

  let incomeUsed = declaredIncome;
  let clamped = false;
  const range = findRules(sel.inForce, { kind: 'bpu_income_range' })[0];
  if (range && range.tierFrom !== null && range.tierTo !== null) {
    ctx.use(range);
    incomeRange = { min: range.tierFrom, max: range.tierTo, ruleUid: range.uid };
    const unsure = range.certainty === 'confirmed' ? '' : ' (rentang ini belum terkonfirmasi)';
    const unsureEn = range.certainty === 'confirmed' ? '' : ' (this range is not confirmed)';
    if (declaredIncome < range.tierFrom || declaredIncome > range.tierTo) {
      incomeUsed = declaredIncome < range.tierFrom ? range.tierFrom : range.tierTo;
      clamped = true;
      ctx.warnings.push(msg(declaredIncome < range.tierFrom ? 'income_below_min' : 'income_above_max',
        `Penghasilan Rp${declaredIncome} di luar rentang yang diizinkan Rp${range.tierFrom}–Rp${range.tierTo}${unsure}; dihitung dengan Rp${incomeUsed}.`,
        `Declared income Rp${declaredIncome} is outside the allowed range Rp${range.tierFrom}–Rp${range.tierTo}${unsureEn}; calculated with Rp${incomeUsed}.`,
        { field: 'declaredIncome', ruleUids: [range.uid] }));
    }
  } else {
    ctx.warnings.push(msg('missing_income_range',
      `Tidak ada aturan rentang penghasilan BPU yang berlaku pada ${date}; penghasilan tidak diperiksa.`,
      `No BPU income range rule in force on ${date}; declared income not checked.`));
  }

  const lines: BpuLine[] = [];
  for (const programme of programmes) {
    const rateRule = findRules(sel.inForce, { kind: 'bpu_rate', programme })[0];
    const flatRule = findRules(sel.inForce, { kind: 'bpu_flat', programme })[0];
    if (!rateRule && !flatRule) {
      ctx.errors.push(missingRule(`iuran BPU ${programme}`, `BPU ${programme} contribution`, date));
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
    ctx.errors.push(msg('invalid_input', 'Pilih minimal satu program BPU (JKK, JKM, JHT).',
      'Choose at least one BPU programme (JKK, JKM, JHT).', { field: 'programmes' }));
    return [];
  }
  const out: BpuProgramme[] = [];
  for (const p of programmes) {
    const known = BPU_PROGRAMMES.find((b) => b === p);
    if (!known) {
      ctx.errors.push(msg('invalid_input', `Program BPU tidak dikenal: ${String(p)} (hanya JKK, JKM, JHT).`,
        `Unknown BPU programme: ${String(p)} (only JKK, JKM, JHT).`, { field: 'programmes' }));
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
  checkRupiahOrCount(ctx, input.contractValue, 'contractValue', 'Nilai kontrak', 'Contract value');
  const sel = select(ctx, rules);
  if (!sel || ctx.errors.length > 0) return fail();
  const { contractValue, date } = input;

  const tierRules = findRules(sel.inForce, { kind: 'jakon_tier' })
    .filter((r) => r.tierFrom !== null && r.rateMicro !== null)
    .sort((a, b) => (a.tierFrom ?? 0) - (b.tierFrom ?? 0));
  if (tierRules.length === 0) {
    ctx.errors.push(missingRule('tarif JKK jasa konstruksi per nilai kontrak', 'construction (Jakon) JKK contract-value tiers', date));
    return fail();
  }
  // Tiers must start at 0 and be contiguous.
  let expectedFrom: number | null = 0;
  for (const r of tierRules) {
    if (expectedFrom === null || r.tierFrom !== expectedFrom) {
      ctx.errors.push(msg('tier_gap',
        `Tingkatan nilai kontrak jasa konstruksi tidak bersambung di ${r.uid} (mulai ${String(r.tierFrom)}, seharusnya ${String(expectedFrom)}).`,
        `Construction contract-value tiers are not contiguous at ${r.uid} (starts at ${String(r.tierFrom)}, expected ${String(expectedFrom)}).`,
        { ruleUids: [r.uid] }));
      return fail();
    }
    expectedFrom = r.tierTo;
  }
  const last = tierRules[tierRules.length - 1];
  if (last && last.tierTo !== null && contractValue > last.tierTo) {
    ctx.errors.push(missingRule(`tingkatan nilai kontrak di atas Rp${last.tierTo}`, `contract-value tier above Rp${last.tierTo}`, date));
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

  checkRupiahOrCount(ctx, input.workers, 'workers', 'Jumlah pekerja', 'Number of workers', 1);
  checkRupiahOrCount(ctx, input.months, 'months', 'Jumlah bulan', 'Number of months', 1);
  if (programmes.length === 0) {
    ctx.errors.push(msg('invalid_input', `Paket tidak dikenal: ${String(input.package)} (bpu_jkk_jkm atau bpu_jkk_jkm_jht).`,
      `Unknown package: ${String(input.package)} (bpu_jkk_jkm or bpu_jkk_jkm_jht).`, { field: 'package' }));
  }
  if (input.declaredIncome !== undefined) {
    checkRupiahOrCount(ctx, input.declaredIncome, 'declaredIncome', 'Penghasilan yang dilaporkan', 'Declared income');
  }
  const sel = select(ctx, rules);
  if (!sel || ctx.errors.length > 0) return fail();

  let income = input.declaredIncome;
  if (income === undefined) {
    const range = findRules(sel.inForce, { kind: 'bpu_income_range' })[0];
    if (!range || range.tierFrom === null) {
      ctx.errors.push(missingRule('rentang penghasilan BPU (untuk penghasilan minimum bawaan)',
        'BPU income range (for the default minimum income)', input.date));
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
