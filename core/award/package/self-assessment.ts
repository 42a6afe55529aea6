import { aspectScore, indicatorWeighted, totalScore, type AspectScore, type TotalBasis } from '../../api/award-scores.ts';
import type { PackageAspect, PackageIndicator, PackageSource } from './package-source.ts';

// The penilaian awal as the rubric lays it out: per indicator its weight, highest score, the
// office's own score and note, and how much evidence backs it; per aspect its totals. The
// arithmetic (which weights count, how an aspect's weight is shared) is core/api/award-scores.ts,
// the same the form shows; this adds the rows the PDF and the XLSX print.

export interface IndicatorRow {
  code: string;
  title: string;
  weight: number | null;
  maxScore: number | null;
  score: number | null;
  weighted: number | null;
  evidence: number;
  ready: number;
  note: string;
}

export interface AspectRows extends AspectScore {
  code: string;
  title: string;
  weight: number | null;
  indicators: IndicatorRow[];
  evidence: number;
  ready: number;
}

export interface SelfAssessment {
  aspects: AspectRows[];
  total: { value: number; outOf: number; basis: TotalBasis } | null;
}

const ready = (i: PackageIndicator) => i.items.filter((x) => x.state === 'siap' || x.state === 'disetujui').length;

function indicatorRow(aspect: PackageAspect, i: PackageIndicator): IndicatorRow {
  const code = i.code.startsWith(`${aspect.code}.`) ? i.code : `${aspect.code}.${i.code}`;
  return { code, title: i.title, weight: i.weight, maxScore: i.maxScore, score: i.selfScore, weighted: indicatorWeighted(i), evidence: i.items.length, ready: ready(i), note: i.selfNote };
}

export function selfAssessment(source: PackageSource): SelfAssessment {
  const aspects = source.aspects.map((aspect): AspectRows => {
    const indicators = aspect.indicators.map((i) => indicatorRow(aspect, i));
    return {
      code: aspect.code,
      title: aspect.title,
      weight: aspect.weight,
      indicators,
      ...aspectScore(aspect),
      evidence: indicators.reduce((a, r) => a + r.evidence, 0),
      ready: indicators.reduce((a, r) => a + r.ready, 0),
    };
  });
  return { aspects, total: totalScore(source.aspects) };
}

/**
 * An aspect's total row in the columns Bobot and Nilai tertimbang, as its total counts: with
 * aspect weights, the aspect's weight and its contribution (what the form shows as "tertimbang");
 * else its indicators' weights and weighted sum. The exports printed "—" where the form said
 * "tertimbang: 4,67 dari 20" (walk 32).
 */
export function aspectSumCells(aspect: AspectRows, basis: TotalBasis | undefined): { weight: number | null; weighted: number | null } {
  return basis === 'aspect_weights' ? { weight: aspect.weight, weighted: aspect.contribution } : { weight: aspect.weights, weighted: aspect.weighted };
}

/** The total row in the columns Bobot, Skor maksimum, Skor and Nilai tertimbang: a weighted total under the weights, a sum of scores under the scores. */
export function totalCells(total: SelfAssessment['total']): { weight: number | null; maxScore: number | null; score: number | null; weighted: number | null } {
  if (!total) return { weight: null, maxScore: null, score: null, weighted: null };
  return total.basis === 'scores' ? { weight: null, maxScore: total.outOf, score: total.value, weighted: null } : { weight: total.outOf, maxScore: null, score: null, weighted: total.value };
}

/** How the indicators' weighted values are computed, for the note under the table (the basis's words say the aspects'). */
export const weightedRuleWords: Record<TotalBasis, string | null> = {
  aspect_weights: null,
  indicator_weights: 'Nilai tertimbang indikator = skor ÷ skor maksimum × bobot.',
  scores: null,
};

export const totalBasisWords: Record<NonNullable<SelfAssessment['total']>['basis'], string> = {
  aspect_weights: 'jumlah kontribusi aspek (capaian aspek × bobot aspek; tanpa bobot indikator, bobot aspek dibagi rata ke indikatornya)',
  indicator_weights: 'jumlah nilai tertimbang indikator (skor ÷ skor maksimum × bobot)',
  scores: 'jumlah skor (tanpa bobot)',
};
