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

export const totalBasisWords: Record<NonNullable<SelfAssessment['total']>['basis'], string> = {
  aspect_weights: 'jumlah kontribusi aspek (capaian aspek × bobot aspek; tanpa bobot indikator, bobot aspek dibagi rata ke indikatornya)',
  indicator_weights: 'jumlah nilai tertimbang indikator (skor ÷ skor maksimum × bobot)',
  scores: 'jumlah skor (tanpa bobot)',
};
