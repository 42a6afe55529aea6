import { z } from 'zod';
import { write } from '../channel.ts';
import type { JobState } from '../jobs.ts';

// The demo office: every register and the award cycle filled with sample data in one job, into
// an empty data folder (core/demo). Setting up the office itself stays setup.complete's.

export const demoOfficeInput = z
  .object({
    employers: z.number().int().min(0).max(200_000).optional(),
    workers: z.number().int().min(0).max(1_000_000).optional(),
  })
  .strict();

/** The name the setup gives a demo office when the data folder is empty (`lindung demo`, the first-start button). */
export const demoOfficeSetup = {
  officeName: 'Dinas Tenaga Kerja Kabupaten Jembrana (CONTOH)',
  level: 'kabupaten_kota',
  areaCode: '51.01',
  timeZone: 'WITA',
} as const;

export const demoChannels = {
  'demo.office': write(demoOfficeInput, 'settings.write')<JobState>(),
} as const;
