import type { Aspect, Indicator } from '../../../core/api/award.ts';
import { useCycleWrite } from './queries.ts';
import { useSayRefusal } from './use-refusal.ts';

// Moving an aspect or an indicator one place up or down: the two neighbours take each other's
// place in the list (positions are the list's order, written again for both).

const swapped = <T>(list: readonly T[], index: number, by: -1 | 1): T[] | null => {
  const other = index + by;
  if (other < 0 || other >= list.length) return null;
  const copy = [...list];
  [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  return copy;
};

export function useMoveAspect(cycleUid: string) {
  const save = useCycleWrite('award.rubric.saveAspect');
  const say = useSayRefusal();
  const move = async (aspects: readonly Aspect[], index: number, by: -1 | 1) => {
    const order = swapped(aspects, index, by);
    if (!order) return;
    for (const [position, a] of order.entries()) {
      if (a.position === position) continue;
      await save.mutateAsync({ uid: a.uid, cycleUid, code: a.code, title: a.title, description: a.description, weight: a.weight, position });
    }
  };
  return { move: (aspects: readonly Aspect[], index: number, by: -1 | 1) => void move(aspects, index, by).catch(say), pending: save.isPending };
}

export function useMoveIndicator(aspectUid: string) {
  const save = useCycleWrite('award.rubric.saveIndicator');
  const say = useSayRefusal();
  const move = async (indicators: readonly Indicator[], index: number, by: -1 | 1) => {
    const order = swapped(indicators, index, by);
    if (!order) return;
    for (const [position, i] of order.entries()) {
      if (i.position === position) continue;
      await save.mutateAsync({ uid: i.uid, aspectUid, code: i.code, title: i.title, evidenceAsked: i.evidenceAsked, weight: i.weight, maxScore: i.maxScore, position });
    }
  };
  return { move: (indicators: readonly Indicator[], index: number, by: -1 | 1) => void move(indicators, index, by).catch(say), pending: save.isPending };
}
