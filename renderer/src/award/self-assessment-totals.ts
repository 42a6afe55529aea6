import type { Aspect } from '../../../core/api/award.ts';

// The self-assessment's totals as the form shows them. An aspect's plain total is its scores
// over its maximum scores. Its share (0..1) weighs each scored indicator by its weight when the
// aspect's indicators have weights, else equally by their maximum. The overall weighted score
// is each weighted aspect's weight × its share, out of the sum of the aspects' weights.

export interface AspectTotal {
  score: number;
  max: number;
  /** 0..1; null when nothing of the aspect is scored. */
  share: number | null;
  /** weight × share; null without an aspect weight or share. */
  weighted: number | null;
}

export function aspectTotal(aspect: Aspect): AspectTotal {
  const scored = aspect.indicators.filter((i) => i.maxScore !== null && i.maxScore > 0);
  const score = scored.reduce((s, i) => s + (i.selfScore ?? 0), 0);
  const max = scored.reduce((s, i) => s + (i.maxScore ?? 0), 0);
  const weighted = scored.filter((i) => i.weight !== null && i.weight > 0);
  let share: number | null = null;
  if (weighted.length > 0) {
    const sum = weighted.reduce((s, i) => s + (i.weight ?? 0), 0);
    share = weighted.reduce((s, i) => s + (i.weight ?? 0) * ((i.selfScore ?? 0) / (i.maxScore ?? 1)), 0) / sum;
  } else if (max > 0) {
    share = score / max;
  }
  return { score, max, share, weighted: aspect.weight !== null && share !== null ? aspect.weight * share : null };
}

export function overallTotal(aspects: readonly Aspect[]) {
  const totals = aspects.map(aspectTotal);
  const score = totals.reduce((s, a) => s + a.score, 0);
  const max = totals.reduce((s, a) => s + a.max, 0);
  const weightedAspects = aspects.filter((a) => a.weight !== null && a.weight > 0);
  const weight = weightedAspects.reduce((s, a) => s + (a.weight ?? 0), 0);
  const value = totals.reduce((s, a) => s + (a.weighted ?? 0), 0);
  return { score, max, weighted: weight > 0 ? { value, weight } : null };
}
