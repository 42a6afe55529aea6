// Which values of a register's count bar are badges and which go into its "Lainnya" menu.

/** Beyond this many values, the smaller ones go into the menu. */
const shownAtMost = 7;

/** The values shown as badges (in the list's own order: its largest, and the one filtered on) and the ones in the menu. */
export function splitValues(values: readonly string[], counts: Record<string, number> | undefined, active: string | null): { shown: string[]; more: string[] } {
  if (values.length <= shownAtMost + 1) return { shown: [...values], more: [] };
  const largest = [...values].sort((a, b) => (counts?.[b] ?? 0) - (counts?.[a] ?? 0)).slice(0, shownAtMost);
  const keep = new Set([...largest, ...(active === null ? [] : [active])]);
  return { shown: values.filter((v) => keep.has(v)), more: values.filter((v) => !keep.has(v)) };
}
