import type { Completeness, EvidenceItem } from '../api/award.ts';

// How far a cycle's evidence is: items ready (siap or disetujui) out of all items, where an
// indicator without any item counts as one item not ready (it asks for evidence, so an empty
// rubric line lowers the percentage instead of vanishing from it). Summed upwards: indicator →
// aspect → cycle, the percentage recomputed from the sums, never averaged.

const percentOf = (ready: number, wanted: number) => (wanted === 0 ? 0 : Math.round((ready / wanted) * 100));

export function completenessOf(items: readonly Pick<EvidenceItem, 'state' | 'overdue'>[]): Completeness {
  const ready = items.filter((i) => i.state === 'siap' || i.state === 'disetujui').length;
  const indicatorsWithout = items.length === 0 ? 1 : 0;
  return { items: items.length, ready, percent: percentOf(ready, items.length + indicatorsWithout), indicatorsWithout, overdue: items.filter((i) => i.overdue).length };
}

export function sumCompleteness(parts: readonly Completeness[]): Completeness {
  const sum = (k: 'items' | 'ready' | 'indicatorsWithout' | 'overdue') => parts.reduce((n, p) => n + p[k], 0);
  const items = sum('items');
  const ready = sum('ready');
  const indicatorsWithout = sum('indicatorsWithout');
  return { items, ready, percent: percentOf(ready, items + indicatorsWithout), indicatorsWithout, overdue: sum('overdue') };
}
