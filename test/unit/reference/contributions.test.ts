import { describe, expect, it } from 'vitest';
import {
  SEED_CONTRIBUTION_RULES,
  applyRateMicro,
  calculateApbdBudget,
  calculateBpu,
  calculateJakon,
  calculatePu,
  formatRateMicro,
  isValidIsoDate,
  seedContributionRules,
  selectRulesInForce,
  validateRule,
} from '../../../core/reference/contributions/index.ts';
import type { ContributionRule, PuResult } from '../../../core/reference/contributions/index.ts';

const rules = SEED_CONTRIBUTION_RULES;

function rule(over: Partial<ContributionRule> & Pick<ContributionRule, 'uid' | 'kind'>): ContributionRule {
  return {
    programme: null, riskClass: null, payer: null, rateMicro: null, amount: null, tierFrom: null, tierTo: null,
    effectiveFrom: '2015-07-01', effectiveTo: null, sourceNote: 'test', certainty: 'confirmed', ...over,
  };
}

function line(r: PuResult, p: string) {
  const l = r.lines.find((x) => x.programme === p);
  if (!l) throw new Error(`no line ${p}`);
  return l;
}

describe('seed rules', () => {
  it('are all valid, with unique uids and a source note', () => {
    for (const r of rules) {
      expect(validateRule(r), r.uid).toEqual([]);
      expect(r.sourceNote.length, r.uid).toBeGreaterThan(3);
    }
    expect(new Set(rules.map((r) => r.uid)).size).toBe(rules.length);
  });

  it('note their source in Indonesian only: no "/ English" half on the Indonesian screens', () => {
    expect(rules.filter((r) => /\s\/\s*[a-z]/i.test(r.sourceNote)).map((r) => r.sourceNote)).toEqual([]);
  });

  it('keep the certainty marks of the brief', () => {
    const byUid = new Map(rules.map((r) => [r.uid, r]));
    expect(byUid.get('bpu-income-range-2015')?.certainty).toBe('unconfirmed');
    expect(byUid.get('pu-jkk-class1-2015')?.certainty).toBe('confirmed');
    expect(byUid.get('cap-jp-2024')?.certainty).toBe('secondary');
    expect(byUid.get('jakon-jkk-tier1-2015')?.certainty).toBe('secondary');
    expect(byUid.get('pmi-package-2018')?.amount).toBe(370_000);
    expect(byUid.get('cap-jkp-2021')?.amount).toBe(5_000_000);
  });

  it('seedContributionRules returns independent copies', () => {
    const a = seedContributionRules();
    const first = a[0];
    if (!first) throw new Error('empty seed');
    first.amount = 123;
    expect(SEED_CONTRIBUTION_RULES[0]?.amount).not.toBe(123);
  });
});

describe('selectRulesInForce', () => {
  const a = rule({ uid: 'cap-a', kind: 'wage_cap', programme: 'JP', amount: 100, effectiveFrom: '2024-01-01' });
  const b = rule({ uid: 'cap-b', kind: 'wage_cap', programme: 'JP', amount: 200, effectiveFrom: '2024-06-01' });

  it('later effectiveFrom wins when rows of one key overlap', () => {
    const before = selectRulesInForce([a, b], '2024-05-31');
    expect(before.inForce.map((r) => r.uid)).toEqual(['cap-a']);
    const after = selectRulesInForce([b, a], '2024-06-01');
    expect(after.inForce.map((r) => r.uid)).toEqual(['cap-b']);
    expect(after.superseded.map((s) => [s.rule.uid, s.by])).toEqual([['cap-a', 'cap-b']]);
  });

  it('treats effectiveTo as inclusive', () => {
    const c = { ...a, effectiveTo: '2024-03-31' };
    expect(selectRulesInForce([c], '2024-03-31').inForce).toHaveLength(1);
    expect(selectRulesInForce([c], '2024-04-01').inForce).toHaveLength(0);
    expect(selectRulesInForce([c], '2023-12-31').inForce).toHaveLength(0);
  });

  it('reports a same-start conflict and picks deterministically', () => {
    const a2 = { ...a, uid: 'cap-a2', amount: 300 };
    const s1 = selectRulesInForce([a, a2], '2024-02-01');
    const s2 = selectRulesInForce([a2, a], '2024-02-01');
    expect(s1.conflicts).toEqual([{ key: 'wage_cap|JP|-|-|-', uids: ['cap-a2', 'cap-a'], used: 'cap-a2' }]);
    expect(s2.inForce.map((r) => r.uid)).toEqual(['cap-a2']);
  });

  it('ignores and reports invalid rows and rejects invalid dates', () => {
    const bad = rule({ uid: 'bad', kind: 'pu_rate', programme: 'JKM', payer: 'employer', rateMicro: 1.5 });
    const s = selectRulesInForce([bad, a], '2024-02-01');
    expect(s.invalid.map((i) => i.uid)).toEqual(['bad']);
    expect(s.inForce.map((r) => r.uid)).toEqual(['cap-a']);
    expect(selectRulesInForce([a], '2024-02-30').errors[0]?.code).toBe('invalid_date');
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('2024-2-1')).toBe(false);
  });
});

describe('applyRateMicro (round half up, exact)', () => {
  it('rounds half up', () => {
    expect(applyRateMicro(1_500_500, 3000)).toBe(4502); // 4501.5
    expect(applyRateMicro(1_500_499, 3000)).toBe(4501); // 4501.497
    expect(applyRateMicro(250, 2100)).toBe(1); // 0.525
    expect(applyRateMicro(0, 2100)).toBe(0);
  });
  it('stays exact beyond float precision', () => {
    // 8,999,995,000,000,000 x 0.09 % = 8,099,995,500,000 exactly
    expect(applyRateMicro(8_999_995_000_000_000, 900)).toBe(8_099_995_500_000);
  });
  it('formats rates', () => {
    expect(formatRateMicro(2400)).toBe('0.24%');
    expect(formatRateMicro(37000)).toBe('3.7%');
    expect(formatRateMicro(10000)).toBe('1%');
  });
});

describe('calculatePu', () => {
  it('warns of a wage too small to be one ("5,000,000" typed as Rp 5; walk 31), and not of a real one', () => {
    const slip = calculatePu(rules, { wage: 5, riskClass: 1, date: '2025-06-01' });
    const said = slip.warnings.find((w) => w.code === 'wage_implausibly_low');
    expect(said?.message).toBe('Upah Rp\u00a05 sebulan terlalu kecil untuk upah; periksa angkanya. Ribuan ditulis dengan titik (5.000.000), bukan koma: koma memotong angkanya.');
    expect(said?.field).toBe('wage');
    expect(calculatePu(rules, { wage: 5_000_000, riskClass: 1, date: '2025-06-01' }).warnings.map((w) => w.code)).not.toContain('wage_implausibly_low');
    expect(calculatePu(rules, { wage: 0, riskClass: 1, date: '2025-06-01' }).warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['zero_wage']));
  });

  it('wage 5,000,000, class 1, 2025-06-01 (PP 6/2025 JKP, JP cap 2025)', () => {
    const r = calculatePu(rules, { wage: 5_000_000, riskClass: 1, date: '2025-06-01' });
    expect(r.ok).toBe(true);
    expect(line(r, 'JKK').monthly).toEqual({ employer: 12_000, worker: 0, government: 0, total: 12_000 });
    expect(line(r, 'JKM').monthly.employer).toBe(15_000);
    expect(line(r, 'JHT').monthly).toEqual({ employer: 185_000, worker: 100_000, government: 0, total: 285_000 });
    expect(line(r, 'JP').monthly).toEqual({ employer: 100_000, worker: 50_000, government: 0, total: 150_000 });
    const jkp = line(r, 'JKP');
    expect(jkp.monthly).toEqual({ employer: 0, worker: 0, government: 11_000, total: 11_000 });
    expect(jkp.rateMicro).toBe(2200);
    expect(jkp.nominalRateMicro).toBe(3600);
    expect(jkp.recomposition).toEqual([
      { fromProgramme: 'JKK', rateMicro: 1400, base: 5_000_000, monthly: 7_000, ruleUid: 'pu-jkk-recomp-jkp-2025' },
    ]);
    expect(line(r, 'JKK').recomposedToJkp).toBe(7_000);
    expect(r.totals?.monthly).toEqual({ employer: 312_000, worker: 150_000, government: 11_000, total: 473_000 });
    expect(r.totals?.yearly).toEqual({ employer: 3_744_000, worker: 1_800_000, government: 132_000, total: 5_676_000 });
    expect(line(r, 'JHT').yearly.total).toBe(285_000 * 12);
    expect(r.appliedRules).toEqual(expect.arrayContaining([
      'pu-jkk-class1-2015', 'pu-jkm-employer-2015', 'pu-jht-employer-2015', 'pu-jht-worker-2015',
      'pu-jp-employer-2015', 'pu-jp-worker-2015', 'cap-jp-2025', 'pu-jkp-government-2025', 'cap-jkp-2021',
      'pu-jkk-recomp-jkp-2025',
    ]));
    expect(r.appliedRules).not.toContain('pu-jkk-class2-2015');
    expect(r.appliedRules).not.toContain('cap-jp-2024');
    expect(r.certainty).toBe('unconfirmed'); // cap-jp-2025 is unconfirmed
    expect(r.uncertainRules.map((u) => u.uid)).toContain('cap-jp-2025');
  });

  it('wage 12,000,000, class 3, 2024-06-01: caps for JP and JKP, PP 37/2021 recomposition', () => {
    const r = calculatePu(rules, { wage: 12_000_000, riskClass: 3, date: '2024-06-01' });
    expect(r.ok).toBe(true);
    expect(line(r, 'JKK').monthly.employer).toBe(106_800); // 0.89 %
    expect(line(r, 'JKM').monthly.employer).toBe(36_000);
    expect(line(r, 'JHT').monthly).toMatchObject({ employer: 444_000, worker: 240_000 });
    const jp = line(r, 'JP');
    expect(jp).toMatchObject({ base: 10_042_300, cap: 10_042_300, capped: true });
    expect(jp.monthly).toMatchObject({ employer: 200_846, worker: 100_423 });
    const jkp = line(r, 'JKP');
    expect(jkp).toMatchObject({ base: 5_000_000, capped: true, nominalRateMicro: 4600 });
    expect(jkp.monthly.government).toBe(11_000);
    expect(jkp.recomposition.map((x) => [x.fromProgramme, x.monthly])).toEqual([['JKK', 7_000], ['JKM', 5_000]]);
    expect(r.totals?.monthly).toEqual({ employer: 787_646, worker: 340_423, government: 11_000, total: 1_139_069 });
  });

  it('switches JKP recomposition on 2025-02-07 without changing the employer total', () => {
    const before = calculatePu(rules, { wage: 4_000_000, riskClass: 2, date: '2025-02-06' });
    const after = calculatePu(rules, { wage: 4_000_000, riskClass: 2, date: '2025-02-07' });
    expect(line(before, 'JKP').recomposition.map((x) => x.fromProgramme)).toEqual(['JKK', 'JKM']);
    expect(line(after, 'JKP').recomposition.map((x) => x.fromProgramme)).toEqual(['JKK']);
    expect(after.totals?.monthly.employer).toBe(before.totals?.monthly.employer);
    // 0.54 % + 0.30 % + 3.7 % + 2 % of 4,000,000
    expect(after.totals?.monthly.employer).toBe(21_600 + 12_000 + 148_000 + 80_000);
  });

  it('rounds each share half up', () => {
    // JKM 0.30 % of 1,500,500 = 4,501.5 -> 4,502; JP worker 1 % = 15,005; JHT worker 2 % = 30,010
    const r = calculatePu(rules, { wage: 1_500_500, riskClass: 2, date: '2025-06-01' });
    expect(line(r, 'JKM').monthly.employer).toBe(4_502);
    // JKK 0.54 % of 1,500,500 = 8,102.7 -> 8,103
    expect(line(r, 'JKK').monthly.employer).toBe(8_103);
    // JKP 0.22 % of 1,500,500 = 3,301.1 -> 3,301
    expect(line(r, 'JKP').monthly.government).toBe(3_301);
  });

  it('warns that the JP cap may be outdated a year after it started', () => {
    const r = calculatePu(rules, { wage: 5_000_000, riskClass: 1, date: '2026-03-01' });
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.code)).toContain('cap_may_be_outdated');
    // The rule is named in words; its id (cap-jp-2025) is for the database, not for people.
    const warning = r.warnings.find((w) => w.code === 'cap_may_be_outdated');
    expect(warning?.message).toContain('Batas upah JP (sejak 01/03/2025) disesuaikan tiap tahun');
    expect(warning?.messageEn).toContain('Wage cap JP (since 01/03/2025)');
    expect(warning?.message).not.toContain('cap-jp-');
    const fresh = calculatePu(rules, { wage: 5_000_000, riskClass: 1, date: '2025-06-01' });
    expect(fresh.warnings.map((w) => w.code)).not.toContain('cap_may_be_outdated');
  });

  it('reports a missing JP cap clearly', () => {
    const r = calculatePu(rules, { wage: 5_000_000, riskClass: 1, date: '2022-06-01' });
    expect(r.ok).toBe(false);
    expect(r.totals).toBeNull();
    expect(r.errors.map((e) => e.code)).toEqual(['missing_rule']);
    expect(r.errors[0]?.messageEn).toContain('JP wage cap');
    expect(r.errors[0]?.message).toContain('batas upah JP');
  });

  it('reports missing core rates before PP 44/2015', () => {
    const r = calculatePu(rules, { wage: 5_000_000, riskClass: 1, date: '2015-06-30' });
    expect(r.ok).toBe(false);
    expect(r.errors.length).toBeGreaterThanOrEqual(4); // JKK, JKM, JHT employer, JHT worker
  });

  it('skips JKP (with a warning) where no JKP rate is in force', () => {
    const noJkp = rules.filter((r) => !r.uid.includes('jkp'));
    const r = calculatePu(noJkp, { wage: 5_000_000, riskClass: 1, date: '2025-06-01' });
    expect(r.ok).toBe(true);
    expect(r.notApplicable).toEqual(['JKP']);
    expect(r.lines.map((l) => l.programme)).toEqual(['JKK', 'JKM', 'JHT', 'JP']);
    expect(r.warnings.map((w) => w.code)).toContain('programme_not_in_force');
  });

  it('rejects negative, fractional and out-of-range inputs without throwing', () => {
    const neg = calculatePu(rules, { wage: -1, riskClass: 1, date: '2025-06-01' });
    expect(neg.ok).toBe(false);
    expect(neg.errors[0]).toMatchObject({ code: 'invalid_input', field: 'wage' });
    expect(neg.errors[0]?.message).toContain('negatif');
    expect(neg.errors[0]?.messageEn).toContain('negative');
    const frac = calculatePu(rules, { wage: 1000.5, riskClass: 6, date: '2025-06-01' });
    expect(frac.errors.map((e) => e.field)).toEqual(['wage', 'riskClass']);
    const badDate = calculatePu(rules, { wage: 1000, riskClass: 1, date: '01-06-2025' });
    expect(badDate.errors.map((e) => e.code)).toEqual(['invalid_date']);
  });
});

describe('calculateBpu', () => {
  it('cheapest package JKK + JKM at Rp1,000,000 = Rp16,800', () => {
    const r = calculateBpu(rules, { declaredIncome: 1_000_000, programmes: ['JKK', 'JKM'], date: '2025-06-01' });
    expect(r.ok).toBe(true);
    expect(r.lines.map((l) => [l.programme, l.monthly])).toEqual([['JKK', 10_000], ['JKM', 6_800]]);
    expect(r.totals).toEqual({ monthly: 16_800, yearly: 201_600 });
    expect(r.clamped).toBe(false);
    expect(r.appliedRules).toEqual(['bpu-income-range-2015', 'bpu-jkk-2015', 'bpu-jkm-2015']);
    expect(r.certainty).toBe('unconfirmed');
  });

  it('adds optional JHT 2 % and rounds half up', () => {
    // 3,333,350: JKK 1 % = 33,333.5 -> 33,334; JHT 2 % = 66,667; JKM 6,800
    const r = calculateBpu(rules, { declaredIncome: 3_333_350, programmes: ['JHT', 'JKM', 'JKK', 'JKK'], date: '2025-06-01' });
    expect(r.lines.map((l) => [l.programme, l.monthly])).toEqual([['JKK', 33_334], ['JKM', 6_800], ['JHT', 66_667]]);
    expect(r.totals?.monthly).toBe(106_801);
  });

  it('clamps income below the minimum and says so', () => {
    const r = calculateBpu(rules, { declaredIncome: 500_000, programmes: ['JKK', 'JKM'], date: '2025-06-01' });
    expect(r.ok).toBe(true);
    expect(r.clamped).toBe(true);
    expect(r.incomeUsed).toBe(1_000_000);
    expect(r.totals?.monthly).toBe(16_800);
    const w = r.warnings.find((x) => x.code === 'income_below_min');
    expect(w?.messageEn).toContain('not confirmed');
  });

  it('clamps income above the maximum: JKK Rp207,000', () => {
    const r = calculateBpu(rules, { declaredIncome: 25_000_000, programmes: ['JKK', 'JKM'], date: '2025-06-01' });
    expect(r.incomeUsed).toBe(20_700_000);
    expect(r.lines[0]?.monthly).toBe(207_000);
    expect(r.warnings.map((w) => w.code)).toContain('income_above_max');
  });

  it('warns when the mandatory minimum is not taken, errors on unknown programmes', () => {
    const r = calculateBpu(rules, { declaredIncome: 1_000_000, programmes: ['JHT'], date: '2025-06-01' });
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.code)).toContain('bpu_minimum_package');
    const bad = calculateBpu(rules, { declaredIncome: 1_000_000, programmes: ['JP' as 'JKK'], date: '2025-06-01' });
    expect(bad.ok).toBe(false);
    const none = calculateBpu(rules, { declaredIncome: 1_000_000, programmes: [], date: '2025-06-01' });
    expect(none.errors[0]?.field).toBe('programmes');
  });

  it('rejects non-integer income', () => {
    const r = calculateBpu(rules, { declaredIncome: 1_000_000.25, programmes: ['JKK', 'JKM'], date: '2025-06-01' });
    expect(r.ok).toBe(false);
    expect(r.totals).toBeNull();
    expect(r.errors[0]?.message).toContain('bilangan bulat');
  });
});

describe('calculateJakon', () => {
  it('Rp1,000,000,000 -> 210,000 + 680,000 + 650,000 = 1,540,000', () => {
    const r = calculateJakon(rules, { contractValue: 1_000_000_000, date: '2025-06-01' });
    expect(r.ok).toBe(true);
    expect(r.total).toBe(1_540_000);
    expect(r.tiers.map((t) => [t.portion, t.amount])).toEqual([
      [100_000_000, 210_000], [400_000_000, 680_000], [500_000_000, 650_000], [0, 0], [0, 0],
    ]);
    expect(r.appliedRules).toEqual(['jakon-jkk-tier1-2015', 'jakon-jkk-tier2-2015', 'jakon-jkk-tier3-2015']);
  });

  it('Rp7,000,000,000 reaches the open top tier', () => {
    // 210,000 + 680,000 + 650,000 + 0.11 % x 4 M = 4,400,000 + 0.09 % x 2 M = 1,800,000
    const r = calculateJakon(rules, { contractValue: 7_000_000_000, date: '2025-06-01' });
    expect(r.total).toBe(7_740_000);
  });

  it('small values and rounding per tier', () => {
    expect(calculateJakon(rules, { contractValue: 50_000_000, date: '2025-06-01' }).total).toBe(105_000);
    // tier 2 portion 1 -> 0.0017 -> 0
    expect(calculateJakon(rules, { contractValue: 100_000_001, date: '2025-06-01' }).total).toBe(210_000);
    expect(calculateJakon(rules, { contractValue: 0, date: '2025-06-01' }).total).toBe(0);
  });

  it('stays exact for huge contract values', () => {
    const r = calculateJakon(rules, { contractValue: 9_000_000_000_000_000, date: '2025-06-01' });
    expect(r.total).toBe(8_100_001_440_000);
  });

  it('rejects bad input and reports tier gaps', () => {
    expect(calculateJakon(rules, { contractValue: -5, date: '2025-06-01' }).ok).toBe(false);
    expect(calculateJakon(rules, { contractValue: 2 ** 60, date: '2025-06-01' }).errors[0]?.code).toBe('invalid_input');
    const gap = rules.filter((r) => r.uid !== 'jakon-jkk-tier2-2015');
    const g = calculateJakon(gap, { contractValue: 1_000_000_000, date: '2025-06-01' });
    expect(g.ok).toBe(false);
    expect(g.errors[0]?.code).toBe('tier_gap');
    expect(calculateJakon(rules, { contractValue: 1, date: '2010-01-01' }).errors[0]?.code).toBe('missing_rule');
  });
});

describe('calculateApbdBudget', () => {
  it('100 workers x Rp16,800 x 12 months = Rp20,160,000', () => {
    const r = calculateApbdBudget(rules, { workers: 100, months: 12, package: 'bpu_jkk_jkm', date: '2025-06-01' });
    expect(r.ok).toBe(true);
    expect(r.declaredIncome).toBe(1_000_000);
    expect(r.perWorkerPerMonth).toBe(16_800);
    expect(r.perWorkerTotal).toBe(201_600);
    expect(r.perMonthTotal).toBe(1_680_000);
    expect(r.total).toBe(20_160_000);
    expect(r.perProgramme).toEqual([
      { programme: 'JKK', perWorkerPerMonth: 10_000, total: 12_000_000 },
      { programme: 'JKM', perWorkerPerMonth: 6_800, total: 8_160_000 },
    ]);
    expect(r.appliedRules).toEqual(['bpu-income-range-2015', 'bpu-jkk-2015', 'bpu-jkm-2015']);
  });

  it('with JHT and an explicit income', () => {
    const r = calculateApbdBudget(rules, { workers: 100, months: 12, package: 'bpu_jkk_jkm_jht', date: '2025-06-01' });
    expect(r.perWorkerPerMonth).toBe(36_800);
    expect(r.total).toBe(44_160_000);
    const r2 = calculateApbdBudget(rules, {
      workers: 3, months: 6, package: 'bpu_jkk_jkm', declaredIncome: 2_000_000, date: '2025-06-01',
    });
    expect(r2.perWorkerPerMonth).toBe(26_800);
    expect(r2.total).toBe(482_400);
  });

  it('rejects zero, negative or fractional counts with bilingual errors', () => {
    const r = calculateApbdBudget(rules, { workers: 0, months: 1.5, package: 'bpu_jkk_jkm', date: '2025-06-01' });
    expect(r.ok).toBe(false);
    expect(r.total).toBeNull();
    expect(r.errors.map((e) => e.field)).toEqual(['workers', 'months']);
    expect(r.errors[0]?.message).toContain('minimal 1');
    expect(r.errors[1]?.messageEn).toContain('whole number');
  });

  it('needs the income range rule for the default income', () => {
    const noRange = rules.filter((r) => r.kind !== 'bpu_income_range');
    const r = calculateApbdBudget(noRange, { workers: 1, months: 1, package: 'bpu_jkk_jkm', date: '2025-06-01' });
    expect(r.ok).toBe(false);
    expect(r.errors[0]?.code).toBe('missing_rule');
  });
});
