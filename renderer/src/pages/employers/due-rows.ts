import type { DueItem } from '../../../../core/api/channels/regulations.ts';

/** What the due list shows unless asked for closed firms: every regulation duty, and the follow-ups of live employers. */
export const shownByDefault = (item: DueItem) => item.source !== 'employer' || item.employerStatus === 'aktif';
