import { newUid } from '../../db/ids.ts';
import { eq } from 'drizzle-orm';
import type { OfficeProfile, OfficeProfileInput } from '../api/office-profile.ts';
import { officeProfile } from '../../db/schema/index.ts';
import { writeAudited } from '../audit/write.ts';
import { stmt } from '../../db/statements.ts';
import type { ServiceContext } from '../context.ts';
import { decodeLogo, logoFingerprint } from './logo-image.ts';

type Row = typeof officeProfile.$inferSelect;

const emptyProfile: OfficeProfile = {
  uid: '',
  officeName: '',
  address: '',
  headName: '',
  headNip: '',
  phone: '',
  email: '',
  timeZone: 'WITA',
  logo: null,
  updatedAt: null,
  level: null,
  areaCode: null,
};

function toProfile(row: Row): OfficeProfile {
  return {
    uid: row.uid,
    officeName: row.officeName,
    address: row.address,
    headName: row.headName,
    headNip: row.headNip,
    phone: row.phone,
    email: row.email,
    timeZone: row.timeZone,
    logo: row.logo && row.logoMime ? { mimeType: row.logoMime as 'image/png', base64: row.logo.toString('base64') } : null,
    updatedAt: row.updatedAt,
    level: row.level,
    areaCode: row.areaCode,
  };
}

/** The audit view of a row: every field, the logo as a fingerprint (the audit row has its own time). */
function auditView(row: Row | undefined): Record<string, unknown> | null {
  if (!row) return null;
  const { logo, logoMime, id: _id, updatedAt: _updatedAt, ...rest } = row;
  return { ...rest, logo: logoFingerprint(logoMime, logo) };
}

export function getOfficeProfile(ctx: ServiceContext): OfficeProfile {
  const row = ctx.db.select().from(officeProfile).where(eq(officeProfile.id, 1)).get();
  return row ? toProfile(row) : emptyProfile;
}

export function saveOfficeProfile(ctx: ServiceContext, input: OfficeProfileInput): OfficeProfile {
  const logo = input.logo ? decodeLogo(input.logo) : null;
  return writeAudited(ctx, ({ db, audit }) => {
    const before = db.select().from(officeProfile).where(eq(officeProfile.id, 1)).get();
    const values = {
      officeName: input.officeName,
      address: input.address,
      headName: input.headName,
      headNip: input.headNip,
      phone: input.phone,
      email: input.email,
      timeZone: input.timeZone,
      logoMime: input.logo?.mimeType ?? null,
      logo,
      updatedAt: ctx.now().toISOString(),
    };
    const after = before
      ? db.update(officeProfile).set(values).where(eq(officeProfile.id, 1)).returning().get()
      : db.insert(officeProfile).values({ id: 1, uid: newUid(), ...values }).returning().get();
    audit({ action: before ? 'update' : 'create', entity: 'office_profile', entityUid: after.uid, before: auditView(before), after: auditView(after) });
    return toProfile(after);
  });
}

/** The office's zone and area, without reading the logo: asked on every grid page and import. */
export function officeSettings(ctx: Pick<ServiceContext, 'sqlite'>): { timeZone: OfficeProfile['timeZone']; areaCode: string | null } {
  const row = stmt(ctx.sqlite, 'SELECT time_zone AS timeZone, area_code AS areaCode FROM office_profile WHERE id = 1').get() as
    | { timeZone: OfficeProfile['timeZone']; areaCode: string | null }
    | undefined;
  return row ?? { timeZone: emptyProfile.timeZone, areaCode: null };
}
