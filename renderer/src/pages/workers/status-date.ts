import type { PersonRecordStatus } from '../../../../core/api/workers.ts';
import { isIsoDate } from '../../typed-date.ts';

// The date of the "Status data" dialog (PersonPage): when a person died, moved away, or was
// found entered in error. A date of death or of moving away is a fact the office reports on, so
// it starts empty and must be typed: a date filled in for the clerk (today) would be saved
// unread. Entered in error is a correction made now: it starts at today. Set back to active
// asks no date (the service clears it).

/** What the date field holds when the dialog opens. */
export function statusDateStart(status: PersonRecordStatus, today: string): string | null {
  return status === 'salah_input' ? today : null;
}

/** Whether the dialog shows (and requires) a date. */
export function statusAsksDate(status: PersonRecordStatus): boolean {
  return status !== 'aktif';
}

/**
 * Why the date cannot be saved: 'required' when it is empty, 'notADate' when it holds typed
 * text that is no day (the field keeps it on screen and says why); null when it can be saved.
 * The service takes any real day (core/api/workers.ts, setPersonStatusInput).
 */
export function statusDateProblem(status: PersonRecordStatus, value: string | null): 'required' | 'notADate' | null {
  if (!statusAsksDate(status)) return null;
  if (value === null || value.trim() === '') return 'required';
  return isIsoDate(value) ? null : 'notADate';
}
