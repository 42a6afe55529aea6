import type { Message } from '../api/messages/message.ts';
import { msg } from '../messages.ts';
import { dayMonthYear } from '../api/calendar-day.ts';

// Rules of a person's periods that a form save and an import share: an end before its start,
// two periods of one segment at once, a PU period without an employer. Pure: the caller looks
// the employer up.

export interface CheckedPeriod {
  segment: string;
  startDate: string;
  endDate: string | null;
  employerId: number | null;
}

export interface PeriodProblem {
  /** Index in the list given. */
  index: number;
  field: 'endDate' | 'startDate' | 'employerUid';
  said: Message;
}


export function periodProblems(periods: readonly CheckedPeriod[]): PeriodProblem[] {
  const problems: PeriodProblem[] = [];
  periods.forEach((p, index) => {
    if (p.endDate !== null && p.endDate < p.startDate) {
      problems.push({ index, field: 'endDate', said: msg('workers.save.periodEndBeforeStart', { start: dayMonthYear(p.startDate), end: dayMonthYear(p.endDate) }) });
    }
    if (p.segment === 'PU' && p.employerId === null) problems.push({ index, field: 'employerUid', said: msg('workers.save.periodNeedsEmployer', { start: dayMonthYear(p.startDate) }) });
  });
  // Overlap within a segment: sorted by start, each must end before the next starts.
  const bySegment = new Map<string, { p: CheckedPeriod; index: number }[]>();
  periods.forEach((p, index) => bySegment.set(p.segment, [...(bySegment.get(p.segment) ?? []), { p, index }]));
  for (const list of bySegment.values()) {
    list.sort((a, b) => a.p.startDate.localeCompare(b.p.startDate));
    for (let i = 1; i < list.length; i++) {
      const before = list[i - 1]!;
      const after = list[i]!;
      if (before.p.endDate === null || before.p.endDate >= after.p.startDate) {
        problems.push({ index: after.index, field: 'startDate', said: msg('workers.save.periodOverlap', { segment: after.p.segment, start: dayMonthYear(after.p.startDate), other: dayMonthYear(before.p.startDate) }) });
      }
    }
  }
  return problems;
}

/** Completed years from an ISO birth date (YYYY-MM-DD) to an ISO day: "MM-DD" compared as text (a million rows a file). */
export function ageAt(birth: string, date: string): number {
  return Number(date.slice(0, 4)) - Number(birth.slice(0, 4)) - (date.slice(5, 10) < birth.slice(5, 10) ? 1 : 0);
}

/** An age a worker with an active period is unlikely to have (a NIK year "27" read as 1927). */
export const implausibleWorkingAge = (age: number) => age < 15 || age >= 80;
