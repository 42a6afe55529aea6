import type { PeriodTableRow } from '../person-record.ts';
import { overlaps } from '../period-merge.ts';

// The periods of a merge: the same person listed twice usually has the same period twice (two
// desa lists, both "BPU from 1 January"). A merged person's period that overlaps (or else
// continues) exactly one of the kept person's periods of its segment (and, for PU, its employer),
// paid the same way (funding and paying programme), is joined into it: the earlier start, the
// later end (an open one stays open), both programmes, and what the kept period left empty. A
// period the kept one closed is not reopened by a join. Anything else moves as it is; an overlap
// that remains is refused by the caller. The rows as they were go with the merge, so its undo
// restores them exactly.

/** A kept period after the merge, with what it was and the merged periods joined into it. */
export interface JoinedPeriod {
  before: PeriodTableRow;
  columns: Partial<PeriodTableRow>;
  absorbed: PeriodTableRow[];
}

const openEnd = '9999-12-31';
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
/** Overlapping, or one starting the day after the other ends. */
const touches = (a: PeriodTableRow, b: { startDate: string; endDate: string | null }) =>
  a.startDate <= nextDay(b.endDate ?? '9999-12-30') && b.startDate <= nextDay(a.endDate ?? '9999-12-30');
const sameLine = (a: PeriodTableRow, b: PeriodTableRow) => a.segment === b.segment && (a.segment !== 'PU' || a.employerId === b.employerId);
/** Paid the same way: a join must not move months onto another programme's or funding's count. */
const samePayer = (a: PeriodTableRow, b: PeriodTableRow) => (a.funding ?? null) === (b.funding ?? null) && (a.programmeId ?? null) === (b.programmeId ?? null);
/** Filled from the merged period where the kept one has nothing. */
const gapFields = ['kpj', 'wage', 'declaredIncome', 'funding', 'source', 'sourceDate', 'programmeId'] as const;

export function joinPeriods(kept: readonly PeriodTableRow[], merged: readonly PeriodTableRow[]): { joined: JoinedPeriod[]; moved: PeriodTableRow[] } {
  const joined = new Map<number, JoinedPeriod>();
  const moved: PeriodTableRow[] = [];
  for (const m of merged) {
    const current = (k: PeriodTableRow) => ({ ...k, ...joined.get(k.id)?.columns });
    const near = kept.filter((k) => sameLine(k, m) && touches(m, current(k)));
    // Back-to-back kept periods both touch it: the one it overlaps is the one.
    const into = near.length > 1 ? near.filter((k) => overlaps(m, current(k))) : near;
    const target = into.length === 1 ? current(into[0]!) : null;
    if (!target || !samePayer(target, m) || (target.endDate !== null && m.endDate === null)) {
      moved.push(m);
      continue;
    }
    const k = into[0]!;
    const entry = joined.get(k.id) ?? { before: k, columns: {}, absorbed: [] };
    const now = current(k);
    const programmes = [...new Set([...(JSON.parse(now.programmes) as string[]), ...(JSON.parse(m.programmes) as string[])])];
    entry.columns = {
      ...entry.columns,
      startDate: m.startDate < now.startDate ? m.startDate : now.startDate,
      endDate: now.endDate === null || m.endDate === null ? null : now.endDate > m.endDate ? now.endDate : m.endDate,
      programmes: JSON.stringify(programmes),
      ...Object.fromEntries(gapFields.filter((f) => (now[f] === null || now[f] === '') && m[f] !== null && m[f] !== '').map((f) => [f, m[f]])),
    };
    entry.absorbed.push(m);
    joined.set(k.id, entry);
  }
  return { joined: [...joined.values()], moved };
}

/** The kept person's periods as they will be: joined ones changed, moved ones added. */
export function periodsAfter(kept: readonly PeriodTableRow[], plan: ReturnType<typeof joinPeriods>): PeriodTableRow[] {
  const byId = new Map(plan.joined.map((j) => [j.before.id, j]));
  return [...kept.map((k) => ({ ...k, ...byId.get(k.id)?.columns })), ...plan.moved].sort((a, b) => (a.startDate + (a.endDate ?? openEnd)).localeCompare(b.startDate + (b.endDate ?? openEnd)));
}

/** Why a moved period that overlaps a kept one was not joined into it. */
export type ClashReason = 'payer' | 'closed' | 'other';

/**
 * The moved periods that would overlap a kept period of their segment (as joined), each with
 * that period and why it was not joined: the periods a merge is refused for unless the
 * reviewer leaves them out.
 */
export function clashesOf(kept: readonly PeriodTableRow[], plan: ReturnType<typeof joinPeriods>): { period: PeriodTableRow; kept: PeriodTableRow; reason: ClashReason }[] {
  const byId = new Map(plan.joined.map((j) => [j.before.id, j]));
  const keptNow = kept.map((k) => ({ ...k, ...byId.get(k.id)?.columns }));
  return plan.moved.flatMap((m) => {
    const other = keptNow.find((k) => k.segment === m.segment && overlaps(k, m));
    if (!other) return [];
    const reason: ClashReason = !samePayer(other, m) ? 'payer' : other.endDate !== null && m.endDate === null ? 'closed' : 'other';
    return [{ period: m, kept: other, reason }];
  });
}
