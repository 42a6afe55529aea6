import type { BackupSettings } from '../api/backups.ts';

// Which backups to keep. The day/week/month rule applies to the scheduled backups only: the
// newest of each of the last N days, N weeks and N months that have one (restic's
// keep-daily/weekly/monthly). Backups someone asked for (manual, before a restore, before a
// migration) are never thinned by it, so a manual backup does not push out that day's
// scheduled one; of those, the newest `keepOthers` stay. The newest backup always stays.
// Days, weeks and months are the office's (its UTC offset: WIB, WITA or WIT), UTC without one.

interface Dated {
  file: string;
  createdAt: string;
  kind: string;
}

/** The scheduled backups' kind (core/backups/schedule.ts). */
const scheduled = 'daily';
/** How many backups of the other kinds (manual, before-restore, …) are kept. */
export const keepOthers = 10;

const day = (d: Date) => d.toISOString().slice(0, 10);
const month = (d: Date) => d.toISOString().slice(0, 7);
/** ISO week (Monday first), as yyyy-Www. */
function week(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const dayNumber = (t.getUTCDay() + 6) % 7;
  t.setUTCDate(t.getUTCDate() - dayNumber + 3); // the week's Thursday decides its year
  const firstThursday = new Date(Date.UTC(t.getUTCFullYear(), 0, 4));
  const n = 1 + Math.round(((t.getTime() - firstThursday.getTime()) / 86_400_000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${t.getUTCFullYear()}-W${String(n).padStart(2, '0')}`;
}

/** The files to remove, given every complete backup of one folder. */
export function backupsToRemove(backups: readonly Dated[], settings: Pick<BackupSettings, 'keepDaily' | 'keepWeekly' | 'keepMonthly'>, utcOffsetMinutes = 0): string[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set<string>();
  if (newestFirst[0]) keep.add(newestFirst[0].file);
  const bucket = (of: (d: Date) => string, count: number) => {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      if (backup.kind !== scheduled) continue;
      const key = of(new Date(Date.parse(backup.createdAt) + utcOffsetMinutes * 60_000)); // office time, read with UTC getters
      if (seen.has(key)) continue;
      if (seen.size >= count) break;
      seen.add(key);
      keep.add(backup.file);
    }
    return seen;
  };
  bucket(day, settings.keepDaily);
  bucket(week, settings.keepWeekly);
  bucket(month, settings.keepMonthly);
  for (const backup of newestFirst.filter((b) => b.kind !== scheduled).slice(0, keepOthers)) keep.add(backup.file);
  return newestFirst.filter((b) => !keep.has(b.file)).map((b) => b.file);
}
