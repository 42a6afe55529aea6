import type { TimeZoneCode } from '../api/office-profile.ts';
import { stmt } from '../../db/statements.ts';
import type { ServiceContext } from '../context.ts';
import type { FrozenOffice } from './approval.ts';
import type { PackageSource } from './package/package-source.ts';

// The letterhead the award's files carry: live from the office profile for a draft, and as the
// approval froze it (award_frozen key 'office') for an approved cycle, so a later change of the
// profile (a new address, a new logo) does not change a package already approved.

export function officeOfPackage(ctx: ServiceContext): PackageSource['office'] {
  const p = stmt(
    ctx.sqlite,
    `SELECT o.office_name AS name, o.address, o.phone, o.email, o.head_name AS headName, o.head_nip AS headNip, o.logo_mime AS logoMime, o.logo, o.time_zone AS timeZone,
      coalesce((SELECT r.name FROM region r WHERE r.code = o.area_code), '') AS areaName FROM office_profile o WHERE o.id = 1`,
  ).get() as { name: string; address: string; phone: string; email: string; headName: string; headNip: string; logoMime: string | null; logo: Buffer | null; areaName: string; timeZone: TimeZoneCode } | undefined;
  if (!p) return { name: '', address: '', phone: '', email: '', areaName: '', headName: '', headNip: '', logo: null };
  return { name: p.name, address: p.address, phone: p.phone, email: p.email, areaName: p.areaName, headName: p.headName, headNip: p.headNip, timeZone: p.timeZone, logo: p.logo && p.logoMime ? { mime: p.logoMime, bytes: p.logo } : null };
}

/** The letterhead frozen at approval; null for a cycle approved before the letterhead was frozen. */
export function frozenOfficeOf(ctx: ServiceContext, cycleId: number): PackageSource['office'] | null {
  const body = stmt(ctx.sqlite, "SELECT body FROM award_frozen WHERE cycle_id = ? AND key = 'office'").pluck().get(cycleId) as string | undefined;
  if (body === undefined) return null;
  const o = JSON.parse(body) as FrozenOffice;
  return { ...o, logo: o.logo ? { mime: o.logo.mime, bytes: Buffer.from(o.logo.base64, 'base64') } : null };
}

/** The approved cycle's letterhead (frozen, else live), with the head as the approval recorded them. */
export function approvedOffice(ctx: ServiceContext, row: { id: number; approverName: string | null; approverNip: string | null }): PackageSource['office'] {
  const o = frozenOfficeOf(ctx, row.id) ?? officeOfPackage(ctx);
  return { ...o, headName: row.approverName ?? o.headName, headNip: row.approverNip ?? o.headNip };
}
