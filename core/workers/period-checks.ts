import type { Message } from '../api/messages/message.ts';
import { msg } from '../messages.ts';
import { dayMonthYear } from '../api/calendar-day.ts';

// Rules of a person's periods that a form save and an import share: a start before the person
// was born, an end before its start, two periods of one segment at once, a PU period without an
// employer. Pure: the caller looks the employer up.

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


/**
 * The day a person was born as far as the record says: the earlier of the NIK's and the one
 * typed (a NIK's two-digit year may be a century late; a typed birth date lets the real day count).
 */
export function earliestBirth(...dates: readonly (string | null | undefined)[]): string | null {
  return dates.filter((d): d is string => Boolean(d)).sort()[0] ?? null;
}

/** A period that starts before the person was born: a date typed wrong (walk 33 saved 1950–1960 for a person born in 2007). */
export function startBeforeBirth(startDate: string, birth: string | null): Message | null {
  return birth && startDate < birth ? msg('workers.save.periodBeforeBirth', { start: dayMonthYear(startDate), birth: dayMonthYear(birth) }) : null;
}

export function periodProblems(periods: readonly CheckedPeriod[], birth: string | null = null): PeriodProblem[] {
  const problems: PeriodProblem[] = [];
  periods.forEach((p, index) => {
    const beforeBirth = startBeforeBirth(p.startDate, birth);
    if (beforeBirth) problems.push({ index, field: 'startDate', said: beforeBirth });
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
