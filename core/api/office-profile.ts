import { z } from 'zod';
import { v } from './messages.ts';

export const timeZones = ['WIB', 'WITA', 'WIT'] as const;
export type TimeZoneCode = (typeof timeZones)[number];
export const ianaZoneOf: Record<TimeZoneCode, string> = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
};

/** Indonesian zones keep no daylight saving, so a fixed offset is exact. */
export const utcOffsetMinutesOf: Record<TimeZoneCode, number> = { WIB: 420, WITA: 480, WIT: 540 };

/** The calendar date in the zone at `at`, 'YYYY-MM-DD': the office's day, whatever zone the computer is set to. */
export function dayInZone(zone: TimeZoneCode, at: Date = new Date()): string {
  return new Date(at.getTime() + utcOffsetMinutesOf[zone] * 60_000).toISOString().slice(0, 10);
}

// Indonesia's three zones by province code (Kemendagri). WIT: Maluku and Papua;
// WITA: Bali, Nusa Tenggara, Kalimantan Selatan/Timur/Utara, Sulawesi; WIB: the rest.
const wita = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);
const wit = new Set(['81', '82', '91', '92', '93', '94', '95', '96']);

/** The zone to suggest for an office in this province or kabupaten/kota (the user may change it). */
export function suggestedTimeZone(regionCode: string): TimeZoneCode {
  const province = regionCode.slice(0, 2);
  if (wit.has(province)) return 'WIT';
  if (wita.has(province)) return 'WITA';
  return 'WIB';
}

export const logoMimeTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;
/** 512 KiB of image, as base64 text about 700 KB. */
export const maxLogoBytes = 512 * 1024;

const text = (max: number) => z.string().trim().max(max, v.tooLong);

export const officeProfileInputSchema = z.object({
  officeName: text(200).min(3, v.tooShort),
  address: text(500),
  headName: text(120),
  // NIP (civil-servant number) has 18 digits; empty while unknown. Typed as printed on
  // decrees ("19700512 199803 1 007": birth date, appointment month, sex, serial) or run
  // together: stored as digits.
  headNip: z
    .string()
    .trim()
    .transform((s) => s.replace(/\s+/g, ''))
    .refine((s) => /^(\d{18})?$/.test(s), v.nip),
  phone: z.string().trim().regex(/^(\+?[0-9 ()-]{6,20})?$/, v.phone),
  email: z.union([z.literal(''), z.string().trim().max(200, v.tooLong).email(v.email)]),
  timeZone: z.enum(timeZones),
  logo: z
    .object({
      mimeType: z.enum(logoMimeTypes, v.imageType),
      base64: z.string().max(Math.ceil((maxLogoBytes * 4) / 3) + 4, v.imageTooLarge),
    })
    .nullable(),
});
export type OfficeProfileInput = z.infer<typeof officeProfileInputSchema>;

export interface OfficeProfile extends OfficeProfileInput {
  uid: string;
  updatedAt: string | null;
  /** Set once by the first-start setup: the office's province or kabupaten/kota. */
  level: 'provinsi' | 'kabupaten_kota' | null;
  areaCode: string | null;
}
