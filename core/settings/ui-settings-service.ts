import { eq } from 'drizzle-orm';
import { userSetting } from '../../db/schema/index.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';

// Small UI choices kept with the data (grid column choice and order), so they survive a
// new `lindung serve` port or another browser profile.
export function getUiSetting(ctx: ServiceContext, key: string): string | null {
  return ctx.db.select().from(userSetting).where(eq(userSetting.key, key)).get()?.value ?? null;
}

export function setUiSetting(ctx: ServiceContext, key: string, value: string): null {
  writeAudited(ctx, ({ db, audit }) => {
    const before = db.select().from(userSetting).where(eq(userSetting.key, key)).get();
    const values = { key, value, updatedAt: ctx.now().toISOString() };
    db.insert(userSetting).values(values).onConflictDoUpdate({ target: userSetting.key, set: values }).run();
    audit({ action: before ? 'update' : 'create', entity: 'user_setting', entityUid: key, before: before ? { value: before.value } : null, after: { value } });
  });
  return null;
}
