import type { DueItem } from '../api/channels/regulations.ts';
import type { ServiceContext } from '../context.ts';
import { followUpsDue } from '../employers/follow-up-service.ts';
import { officeToday } from '../reference/nik/nik-service.ts';
import { dutiesDue } from './commitment-service.ts';

// The one due list: the employers' open follow-ups (as their own list gives them) and the
// regulations' open duties, within the same window, earliest first.
export function dueList(ctx: ServiceContext, input: { withinDays: number; includeOverdue: boolean }): DueItem[] {
  const today = officeToday(ctx);
  const until = new Date(today.getTime() + input.withinDays * 86_400_000).toISOString().slice(0, 10);
  const employers: DueItem[] = followUpsDue(ctx, input).map((f) => ({ ...f, source: 'employer' as const }));
  const duties: DueItem[] = dutiesDue(ctx, { today: today.toISOString().slice(0, 10), until, includeOverdue: input.includeOverdue });
  return [...employers, ...duties].sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
}
