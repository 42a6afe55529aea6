// The penilaian awal's arithmetic, once, for the form (renderer) and the exports (PDF, XLSX).
//
// The rule:
// - An indicator counts when it has a maximum score (> 0). Its attainment is score ÷ maximum;
//   an indicator not yet scored counts as 0 (no points until the office gives itself some).
// - An aspect's attainment (0..100 %): when any of its counted indicators has a weight, the
//   weighted indicators' attainments weighed by their weights (indicators without a weight in such
//   an aspect do not count); otherwise every counted indicator has an equal share (the aspect's
//   weight shared equally by its indicators, as in the starter rubric, which weighs aspects only).
// - An aspect's contribution is its attainment × its own weight, when it has one.
// - The total, in this order: aspects weighted → Σ contributions out of Σ aspect weights;
//   else indicators weighted → Σ (score ÷ maximum × weight) out of Σ indicator weights;
//   else Σ scores out of Σ maximums; null when nothing can be counted.
// Values are rounded to two decimals for printing and comparing.

export interface ScoredIndicator {
  weight: number | null;
  maxScore: number | null;
  selfScore: number | null;
}

export interface ScoredAspect {
  weight: number | null;
  indicators: readonly ScoredIndicator[];
}

export interface AspectScore {
  /** Σ scores and Σ maximums of the counted indicators (unscored as 0). */
  score: number;
  max: number;
  /** Σ weights and Σ (score ÷ maximum × weight) of the counted weighted indicators; null when none is weighted. */
  weights: number | null;
  weighted: number | null;
  /** How the aspect's indicators share it. */
  sharing: 'indicator_weights' | 'equal';
  /** 0..100; null when no indicator counts. */
  attainment: number | null;
  /** attainment × the aspect's weight ÷ 100; null without an aspect weight or attainment. */
  contribution: number | null;
}

export type TotalBasis = 'aspect_weights' | 'indicator_weights' | 'scores';
export interface TotalScore {
  value: number;
  outOf: number;
  basis: TotalBasis;
}

const round = (n: number) => Math.round(n * 100) / 100;
const counts = (i: ScoredIndicator) => i.maxScore !== null && i.maxScore > 0;
const weighs = (w: number | null): w is number => w !== null && w > 0;
const attainmentOf = (i: ScoredIndicator) => (i.selfScore ?? 0) / i.maxScore!;

/** score ÷ maximum × weight, when the indicator has all three. */
export function indicatorWeighted(i: ScoredIndicator): number | null {
  return weighs(i.weight) && counts(i) && i.selfScore !== null ? round(attainmentOf(i) * i.weight) : null;
}

export function aspectScore(aspect: ScoredAspect): AspectScore {
  const counted = aspect.indicators.filter(counts);
  const weightedRows = counted.filter((i) => weighs(i.weight));
  const weights = weightedRows.length ? round(weightedRows.reduce((s, i) => s + i.weight!, 0)) : null;
  const weighted = weightedRows.length ? round(weightedRows.reduce((s, i) => s + attainmentOf(i) * i.weight!, 0)) : null;
  let share: number | null = null;
  if (weights) share = weightedRows.reduce((s, i) => s + attainmentOf(i) * i.weight!, 0) / weights;
  else if (counted.length) share = counted.reduce((s, i) => s + attainmentOf(i), 0) / counted.length;
  return {
    score: round(counted.reduce((s, i) => s + (i.selfScore ?? 0), 0)),
    max: round(counted.reduce((s, i) => s + i.maxScore!, 0)),
    weights,
    weighted,
    sharing: weights ? 'indicator_weights' : 'equal',
    attainment: share === null ? null : round(share * 100),
    contribution: share !== null && weighs(aspect.weight) ? round(share * aspect.weight) : null,
  };
}

export function totalScore(aspects: readonly ScoredAspect[]): TotalScore | null {
  const scores = aspects.map(aspectScore);
  const sum = (f: (a: AspectScore, i: number) => number) => round(scores.reduce((s, a, i) => s + f(a, i), 0));
  if (aspects.some((a) => weighs(a.weight))) {
    return { value: sum((a) => a.contribution ?? 0), outOf: sum((_, i) => (weighs(aspects[i]!.weight) ? aspects[i]!.weight! : 0)), basis: 'aspect_weights' };
  }
  if (scores.some((a) => a.weights)) return { value: sum((a) => a.weighted ?? 0), outOf: sum((a) => a.weights ?? 0), basis: 'indicator_weights' };
  if (scores.some((a) => a.max > 0)) return { value: sum((a) => a.score), outOf: sum((a) => a.max), basis: 'scores' };
  return null;
}
