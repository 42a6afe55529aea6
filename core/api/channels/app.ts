import { z } from 'zod';
import { control, read, write } from '../channel.ts';
import type { DownloadToken } from '../imports.ts';
import { jobIdInput, type JobState } from '../jobs.ts';

// The app itself: its version and folders, long jobs, the files it hands out, and small UI
// choices kept with the data.

export interface AppInfo {
  version: string;
  schemaVersion: number;
  dataDir: string;
  host: 'electron' | 'serve' | 'cli';
}

const noInput = z.object({}).strict();
const uiKey = z.string().regex(/^[a-z][a-zA-Z0-9.]{0,63}$/);

export const appChannels = {
  'app.info': control(noInput, 'public')<AppInfo>(),
  /** "Kirim laporan masalah": a ZIP of the application log and versions for IT (never the database). */
  'app.problemReport': control(noInput, 'app')<DownloadToken>(),
  'jobs.get': control(jobIdInput, 'app')<JobState>(),
  'jobs.cancel': control(jobIdInput, 'app')<JobState>(),
  /**
   * Writes the audit row of a file written unasked (a commit's error file) as it is taken, once;
   * nothing for other files. A write: the row waits at the gate.
   */
  'files.release': write(z.object({ token: z.string().regex(/^[a-f0-9]{32}$/) }).strict(), 'app')<null>(),
  'settings.ui.get': read(z.object({ key: uiKey }).strict(), 'app')<string | null>(),
  'settings.ui.set': write(z.object({ key: uiKey, value: z.string().max(20_000) }).strict(), 'app')<null>(),
} as const;
