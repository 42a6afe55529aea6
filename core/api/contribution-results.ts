// Results of the contribution calculators (core/reference/contributions/calculate.ts):
// types only, here so the renderer can show them.
import type { CalcMessage, Certainty, Programme } from './contribution-rules.ts';

export interface PayerSplit {
  employer: number;
  worker: number;
  government: number;
  /** employer + worker + government. */
  total: number;
}

export interface UncertainRule {
  uid: string;
  certainty: Certainty;
  sourceNote: string;
}

export interface CalcResultBase {
  ok: boolean;
  date: string;
  errors: CalcMessage[];
  warnings: CalcMessage[];
  /** Uids of every rule used, in order of use, without duplicates. */
  appliedRules: string[];
  /** Weakest certainty among the applied rules ('confirmed' when none). */
  certainty: Certainty;
  /** Applied rules that are not 'confirmed'; show them to the user. */
  uncertainRules: UncertainRule[];
}

export interface PuInput {
  /** Monthly wage (upah sebulan), integer Rupiah. */
  wage: number;
  /** JKK risk class 1 (sangat rendah) .. 5 (sangat tinggi). */
  riskClass: number;
  date: string;
}

export interface RecompositionInfo {
  /** Programme whose employer contribution is partly redirected to JKP. */
  fromProgramme: Programme;
  rateMicro: number;
  /** JKP base (after the JKP cap). */
  base: number;
  /** Monthly Rupiah; already inside `fromProgramme`'s employer amount, NOT an extra charge. */
  monthly: number;
  ruleUid: string;
}

export interface PuProgrammeLine {
  programme: Programme;
  wage: number;
  /** Wage base used, after the cap. */
  base: number;
  cap: number | null;
  capped: boolean;
  /** Charged rate per payer (rateMicro) and their sum. */
  rates: { employer: number; worker: number; government: number };
  rateMicro: number;
  /** Charged rate plus recomposed shares (JKP: 0.22 % + 0.14 % = 0.36 %). */
  nominalRateMicro: number;
  monthly: PayerSplit;
  yearly: PayerSplit;
  /** JKP only: shares recomposed from other programmes (informational). */
  recomposition: RecompositionInfo[];
  /** Monthly Rupiah of this programme's employer amount that goes to JKP (informational). */
  recomposedToJkp: number;
  appliedRules: string[];
}

export interface PuResult extends CalcResultBase {
  input: PuInput;
  lines: PuProgrammeLine[];
  /** Programmes with no rule in force on the date (e.g. JKP before 2021). */
  notApplicable: Programme[];
  /** null when `ok` is false. */
  totals: { monthly: PayerSplit; yearly: PayerSplit } | null;
}

export type BpuProgramme = 'JKK' | 'JKM' | 'JHT';

export interface BpuInput {
  /** Declared monthly income, integer Rupiah. */
  declaredIncome: number;
  /** JKK and JKM are the mandatory minimum; JHT is optional. */
  programmes: readonly BpuProgramme[];
  date: string;
}

export interface BpuLine {
  programme: BpuProgramme;
  /** Income the rate is applied to (after clamping); null for a flat amount only. */
  base: number | null;
  rateMicro: number | null;
  flatAmount: number | null;
  /** Paid by the participant (or by whoever sponsors them, e.g. APBD). */
  monthly: number;
  yearly: number;
  appliedRules: string[];
}

export interface BpuResult extends CalcResultBase {
  input: BpuInput;
  /** Allowed declared income range, null when no range rule is in force. */
  incomeRange: { min: number; max: number; ruleUid: string } | null;
  /** Income actually used (clamped into the range); null when `ok` is false. */
  incomeUsed: number | null;
  clamped: boolean;
  lines: BpuLine[];
  /** null when `ok` is false. */
  totals: { monthly: number; yearly: number } | null;
}

export interface JakonInput {
  /** Contract value (nilai kontrak), integer Rupiah. */
  contractValue: number;
  date: string;
}

export interface JakonTierLine {
  /** Exclusive lower bound (0 for the first tier). */
  tierFrom: number;
  /** Inclusive upper bound; null = open. */
  tierTo: number | null;
  rateMicro: number;
  /** Part of the contract value falling in this tier. */
  portion: number;
  /** round_half_up(portion x rate). */
  amount: number;
  ruleUid: string;
}

export interface JakonResult extends CalcResultBase {
  input: JakonInput;
  /** All tiers in force, in order; tiers above the contract value have portion 0. */
  tiers: JakonTierLine[];
  /** One-off JKK contribution for the project (sum of tier amounts); null when `ok` is false. */
  total: number | null;
}

export type ApbdPackage = 'bpu_jkk_jkm' | 'bpu_jkk_jkm_jht';

export interface ApbdInput {
  workers: number;
  months: number;
  package: ApbdPackage;
  /** Declared income per worker; default the minimum of the BPU income range. */
  declaredIncome?: number;
  date: string;
}

export interface ApbdProgrammeLine {
  programme: BpuProgramme;
  perWorkerPerMonth: number;
  /** perWorkerPerMonth x workers x months. */
  total: number;
}

export interface ApbdResult extends CalcResultBase {
  input: ApbdInput;
  programmes: BpuProgramme[];
  /** Income used per worker (after clamping); null when `ok` is false. */
  declaredIncome: number | null;
  perProgramme: ApbdProgrammeLine[];
  perWorkerPerMonth: number | null;
  /** perWorkerPerMonth x months. */
  perWorkerTotal: number | null;
  /** perWorkerPerMonth x workers. */
  perMonthTotal: number | null;
  /** perWorkerPerMonth x workers x months. */
  total: number | null;
  /** The per-worker BPU calculation behind the budget, null when it was not reached. */
  bpu: BpuResult | null;
}
