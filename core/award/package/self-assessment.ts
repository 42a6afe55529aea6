import type { PackageAspect, PackageIndicator, PackageSource } from './package-source.ts';

// The penilaian awal as the rubric lays it out: per indicator its weight, highest score, the
// office's own score and note, and how much evidence backs it; per aspect its totals. The
// weighted value of an indicator is score ÷ max score × weight (only when all three exist); an
// aspect's attainment is the sum of its weighted values over the sum of its weights, and when the
// aspect itself is weighted its contribution is that attainment × the aspect's weight. Without
// weights the scores are simply added up. One computation for the PDF and the XLSX.

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

export interface AspectRows {
  code: string;
  title: string;
  weight: number | null;
  indicators: IndicatorRow[];
  /** Σ score and Σ max score of the scored indicators. */
  score: number;
  maxScore: number;
  /** Σ weighted and Σ weights of the weighted indicators (null when none is weighted). */
  weighted: number | null;
  weights: number | null;
  /** weighted ÷ weights × 100. */
  attainment: number | null;
  /** attainment × the aspect's weight ÷ 100, when the aspect is weighted. */
  contribution: number | null;
  evidence: number;
  ready: number;
}

export interface SelfAssessment {
  aspects: AspectRows[];
  /** Σ contributions out of Σ aspect weights when aspects are weighted; else Σ weighted out of Σ weights; else Σ scores out of Σ max scores. */
  total: { value: number; outOf: number; basis: 'aspect_weights' | 'indicator_weights' | 'scores' } | null;
}

const round = (n: number) => Math.round(n * 100) / 100;
const ready = (i: PackageIndicator) => i.items.filter((x) => x.state === 'siap' || x.state === 'disetujui').length;

function indicatorRow(aspect: PackageAspect, i: PackageIndicator): IndicatorRow {
  const weighted = i.weight !== null && i.maxScore && i.selfScore !== null ? round((i.selfScore / i.maxScore) * i.weight) : null;
  const code = i.code.startsWith(`${aspect.code}.`) ? i.code : `${aspect.code}.${i.code}`;
  return { code, title: i.title, weight: i.weight, maxScore: i.maxScore, score: i.selfScore, weighted, evidence: i.items.length, ready: ready(i), note: i.selfNote };
}

export function selfAssessment(source: PackageSource): SelfAssessment {
  const aspects = source.aspects.map((aspect): AspectRows => {
    const indicators = aspect.indicators.map((i) => indicatorRow(aspect, i));
    const scored = indicators.filter((r) => r.score !== null && r.maxScore !== null);
    const weightedRows = indicators.filter((r) => r.weight !== null && r.weight > 0);
    const weights = weightedRows.length ? weightedRows.reduce((a, r) => a + r.weight!, 0) : null;
    const weighted = weightedRows.length ? round(weightedRows.reduce((a, r) => a + (r.weighted ?? 0), 0)) : null;
    const attainment = weights ? round(((weighted ?? 0) / weights) * 100) : null;
    return {
      code: aspect.code,
      title: aspect.title,
      weight: aspect.weight,
      indicators,
      score: round(scored.reduce((a, r) => a + r.score!, 0)),
      maxScore: round(scored.reduce((a, r) => a + r.maxScore!, 0)),
      weighted,
      weights,
      attainment,
      contribution: aspect.weight !== null && attainment !== null ? round((attainment / 100) * aspect.weight) : null,
      evidence: indicators.reduce((a, r) => a + r.evidence, 0),
      ready: indicators.reduce((a, r) => a + r.ready, 0),
    };
  });
  let total: SelfAssessment['total'] = null;
  const weightedAspects = aspects.filter((a) => a.weight !== null && a.weight > 0);
  if (weightedAspects.length) total = { value: round(weightedAspects.reduce((s, a) => s + (a.contribution ?? 0), 0)), outOf: round(weightedAspects.reduce((s, a) => s + a.weight!, 0)), basis: 'aspect_weights' };
  else if (aspects.some((a) => a.weights)) total = { value: round(aspects.reduce((s, a) => s + (a.weighted ?? 0), 0)), outOf: round(aspects.reduce((s, a) => s + (a.weights ?? 0), 0)), basis: 'indicator_weights' };
  else if (aspects.some((a) => a.maxScore > 0)) total = { value: round(aspects.reduce((s, a) => s + a.score, 0)), outOf: round(aspects.reduce((s, a) => s + a.maxScore, 0)), basis: 'scores' };
  return { aspects, total };
}

export const totalBasisWords: Record<NonNullable<SelfAssessment['total']>['basis'], string> = {
  aspect_weights: 'jumlah kontribusi aspek (capaian aspek × bobot aspek)',
  indicator_weights: 'jumlah nilai tertimbang indikator (skor ÷ skor maksimum × bobot)',
  scores: 'jumlah skor (tanpa bobot)',
};
