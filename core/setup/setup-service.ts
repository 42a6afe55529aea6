import { newUid } from '../../db/ids.ts';
import { eq } from 'drizzle-orm';
import type { OfficeProfile } from '../api/office-profile.ts';
import type { SetupInput, SetupStatus } from '../api/reference.ts';
import { invalidInput } from '../app-error.ts';
import { writeAudited } from '../audit/write.ts';
import { msg } from '../messages.ts';
import type { ServiceContext } from '../context.ts';
import { officeProfile } from '../../db/schema/index.ts';
import { getRegion } from '../reference/regions/region-service.ts';
import { getOfficeProfile } from '../settings/office-profile-service.ts';

// First start: the app cannot be used until the office says who it is and which area it
// serves; that area scopes region pickers and reports.

export function getSetupStatus(ctx: ServiceContext): SetupStatus {
  const profile = getOfficeProfile(ctx);
  const area = profile.areaCode ? getRegion(ctx, profile.areaCode) : null;
  return { needsSetup: !profile.uid || !profile.areaCode || !profile.level, officeName: profile.officeName, level: profile.level, area };
}

export function completeSetup(ctx: ServiceContext, input: SetupInput): OfficeProfile {
  const area = getRegion(ctx, input.areaCode);
  const expectedLevel = input.level === 'provinsi' ? 1 : 2;
  if (area.level !== expectedLevel) {
    throw invalidInput(
      msg('setup.wrongLevel', { name: area.name, level: msg(input.level === 'provinsi' ? 'setup.levels.provinsi' : 'setup.levels.kabupatenKota') }),
      { issues: [{ path: 'areaCode', messageKey: 'validation.invalid' }] },
    );
  }
  writeAudited(ctx, ({ db, audit }) => {
    const before = db.select().from(officeProfile).where(eq(officeProfile.id, 1)).get();
    const values = { officeName: input.officeName, level: input.level, areaCode: input.areaCode, timeZone: input.timeZone, updatedAt: ctx.now().toISOString() };
    const after = before
      ? db.update(officeProfile).set(values).where(eq(officeProfile.id, 1)).returning().get()
      : db.insert(officeProfile).values({ id: 1, uid: newUid(), ...values }).returning().get();
    const view = (r: typeof after | undefined) => (r ? { officeName: r.officeName, level: r.level, areaCode: r.areaCode, timeZone: r.timeZone } : null);
    audit({ action: before ? 'update' : 'create', entity: 'office_profile', entityUid: after.uid, before: view(before), after: view(after) });
  });
  return getOfficeProfile(ctx);
}
