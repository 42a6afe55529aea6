import type { AwardCategory, AwardLevel, EvidenceKind, EvidenceState } from '../../api/award.ts';
import { formatRupiah } from '../../api/money.ts';
import { utcOffsetMinutesOf, type TimeZoneCode } from '../../api/office-profile.ts';

// The words printed inside the package, the brief and the self-assessment. These documents are
// handed to the provincial and national juries in Bahasa Indonesia only, so they are written in
// Indonesian, whatever the app's language; the formats (numbers, dates) are Indonesian too.

export const levelWords: Record<AwardLevel, string> = { provinsi: 'Provinsi', nasional: 'Nasional' };
export const categoryWords: Record<AwardCategory, string> = {
  pemerintah_kabupaten_kota: 'Pemerintah Kabupaten/Kota',
  pemerintah_provinsi: 'Pemerintah Provinsi',
  desa: 'Desa',
};
export const kindWords: Record<EvidenceKind, string> = {
  regulation: 'Regulasi',
  document: 'Dokumen',
  coverage: 'Data cakupan',
  register_extract: 'Petikan register',
  narrative: 'Naratif',
};
export const stateWords: Record<EvidenceState, string> = { belum: 'Belum', draf: 'Draf', siap: 'Siap', disetujui: 'Disetujui' };

const months = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** "2025-08-31" → "31 Agustus 2025"; "2025-08" → "Agustus 2025"; an ISO timestamp → its date in UTC (tanggalDi: in the office's zone). */
export function tanggal(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const month = months[Number(m[2]) - 1] ?? m[2];
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** UTC only where the office's zone is not known (a package checked on another computer). */
export type PrintedZone = TimeZoneCode | 'UTC';

/** The office's zone when its profile does not say (the loader fills it from office_profile.time_zone). */
export const defaultZone: TimeZoneCode = 'WITA';

/** An ISO timestamp's wall clock in the office's zone, as UTC fields of a shifted Date. */
const inZone = (iso: string, zone: PrintedZone) => {
  const t = new Date(iso);
  return Number.isNaN(t.getTime()) ? null : new Date(t.getTime() + (zone === 'UTC' ? 0 : utcOffsetMinutesOf[zone]) * 60_000);
};

/** An ISO timestamp's date in the office's zone: "14 Oktober 2025". */
export function tanggalDi(iso: string, zone: PrintedZone = defaultZone): string {
  const t = inZone(iso, zone);
  return t ? tanggal(t.toISOString()) : iso;
}

/** An ISO timestamp with its time in the office's zone: "14 Oktober 2025 pukul 10.30 WITA". */
export function tanggalJam(iso: string, zone: PrintedZone = defaultZone): string {
  const t = inZone(iso, zone);
  if (!t) return iso;
  const hh = String(t.getUTCHours()).padStart(2, '0');
  const mm = String(t.getUTCMinutes()).padStart(2, '0');
  return `${tanggal(t.toISOString())} pukul ${hh}.${mm} ${zone}`;
}

const grouped = (n: number, digits = 0) => {
  const fixed = Math.abs(n).toFixed(digits);
  const [whole, frac] = fixed.split('.');
  const body = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}${body}${frac ? `,${frac}` : ''}`;
};

/** 12345 → "12.345" (written here, not by Intl, so every machine prints the same bytes). */
export const angka = (n: number | null | undefined) => (n === null || n === undefined ? '—' : Number.isInteger(n) ? grouped(n) : grouped(n, 2).replace(/,?0+$/, ''));
export const persen = (n: number | null | undefined, digits = 1) => (n === null || n === undefined ? '—' : `${grouped(n, digits)} %`);
export const rupiah = (n: number | null | undefined) => (n === null || n === undefined ? '—' : formatRupiah(n, 'plain'));

/** 1536000 → "1,5 MB". */
export function ukuran(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${grouped(bytes / 1024, 1)} KB`;
  return `${grouped(bytes / 1024 / 1024, 1)} MB`;
}

/** "dan 3 lainnya" under a list cut short. */
export const lainnya = (n: number) => `dan ${n} lainnya`;
