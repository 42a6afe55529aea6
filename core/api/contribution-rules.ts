// Row type of the effective-dated, editable BPJS Ketenagakerjaan contribution rule table.
// The lead stores it in SQLite in exactly this shape, so it stays flat and serialisable:
// strings, integers and nulls only.
//
// Conventions per `kind` (which columns are used; all others are null):
//
// - 'pu_rate'    Penerima Upah (wage earner) rate. `programme`, `payer`, `rateMicro`.
//                `riskClass` 1..5 only for programme 'JKK' (null otherwise).
//                payer 'employer' | 'worker' | 'government' = a charged share of the wage base.
//                payer null = RECOMPOSITION: that share of `programme`'s (JKK/JKM) employer
//                contribution is redirected to JKP. It is informational, never an extra
//                charge; it is computed on the JKP base (after the JKP cap).
// - 'wage_cap'   Upper limit of the wage used as base for `programme` (`amount`, Rupiah).
// - 'bpu_rate'   Bukan Penerima Upah (informal worker) rate of declared income:
//                `programme`, payer 'participant', `rateMicro`.
// - 'bpu_flat'   BPU flat monthly amount: `programme`, payer 'participant', `amount`.
// - 'bpu_income_range' Allowed declared income for BPU: `tierFrom` = minimum,
//                `tierTo` = maximum (Rupiah, both inclusive). One row; `amount` unused.
// - 'jakon_tier' Construction-service (jasa konstruksi) JKK on contract value, marginal
//                tiers: programme 'JKK', payer 'employer', `rateMicro`, `tierFrom` (exclusive
//                lower bound, 0 for the first tier), `tierTo` (inclusive upper bound, null = open).
// - 'pmi_package' Pekerja Migran Indonesia flat package: `amount`, payer 'participant'.
//
// Rates are integers in millionths of the base ("rateMicro"): 0.24 % = 2400, 3.7 % = 37000.
// Dates are 'YYYY-MM-DD'; `effectiveTo` is inclusive, null = still in force.

import type { Message } from './messages/message.ts';

export type RuleKind =
  | 'pu_rate'
  | 'wage_cap'
  | 'bpu_rate'
  | 'bpu_flat'
  | 'bpu_income_range'
  | 'jakon_tier'
  | 'pmi_package';

export type Programme = 'JKK' | 'JKM' | 'JHT' | 'JP' | 'JKP';

export type Payer = 'employer' | 'worker' | 'government' | 'participant';

export type Certainty = 'confirmed' | 'secondary' | 'unconfirmed';

export interface ContributionRule {
  /** Stable id, e.g. 'pu-jkk-class1-2015'. */
  uid: string;
  kind: RuleKind;
  programme: Programme | null;
  /** JKK risk class 1..5 for pu_rate JKK; null otherwise. */
  riskClass: number | null;
  payer: Payer | null;
  /** Rate in millionths of the base (0.24 % = 2400) so integer maths stays exact. */
  rateMicro: number | null;
  /** Integer Rupiah (flat amounts, caps, package prices). */
  amount: number | null;
  /** Jakon contract-value tiers / BPU income range (Rupiah); null = open. */
  tierFrom: number | null;
  tierTo: number | null;
  /** 'YYYY-MM-DD' */
  effectiveFrom: string;
  /** Inclusive end, null = still in force. */
  effectiveTo: string | null;
  /** Regulation / source and certainty, e.g. 'PP 44/2015 Lamp. I [c]' or '[s] news 2024, verify'. */
  sourceNote: string;
  certainty: Certainty;
}

/** A calculator's message: coded (`said`), with its words beside it (`message` Indonesian, `messageEn` English) for hosts without the catalogues. */
export interface CalcMessage {
  code: string;
  said: Message;
  message: string;
  messageEn: string;
  /** Input field concerned, when the message is about an input. */
  field?: string;
  /** Rule uids concerned, when the message is about rules. */
  ruleUids?: string[];
}
