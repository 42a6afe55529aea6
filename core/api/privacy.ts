import { z } from 'zod';
import type { DownloadToken } from './imports.ts';
import { v } from './messages.ts';

// UU PDP: the person's own data report (Laporan data pribadi) and the office's privacy settings.

export const reportFormats = ['pdf', 'xlsx', 'text'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export const personReportInput = z
  .object({
    /** The person: by the record's uid (the person's page) or by NIK (the CLI). */
    uid: z.string().min(1).max(80).optional(),
    nik: z.string().trim().max(40).optional(),
    formats: z.array(z.enum(reportFormats)).min(1).max(3),
  })
  .strict()
  .refine((i) => Boolean(i.uid) !== Boolean(i.nik), { message: v.invalid, path: ['nik'] });

export interface PersonReportResult {
  person: { uid: string; name: string };
  /** One download per file format asked for. */
  files: (DownloadToken & { format: 'pdf' | 'xlsx' })[];
  /** The report as plain text, when asked for. */
  text: string | null;
}

export interface PrivacySettings {
  /** The worker register opens with its NIK column hidden (a user may still show it). */
  hideNikByDefault: boolean;
}

export const privacySettingsInput = z.object({ hideNikByDefault: z.boolean() }).strict();
