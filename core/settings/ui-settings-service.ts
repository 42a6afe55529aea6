import { eq } from 'drizzle-orm';
import { userSetting } from '../../db/schema/index.ts';
import { writeAudited } from '../audit/write.ts';
import { entrySummary } from '../audit/entry-summary.ts';
import type { ServiceContext } from '../context.ts';
import { layoutRegister, layoutSnapshot } from './column-layout.ts';

// Small UI choices kept with the data (grid column choice and order), so they survive a
// new `lindung serve` port or another browser profile.
export function getUiSetting(ctx: ServiceContext, key: string): string | null {
  return ctx.db.select().from(userSetting).where(eq(userSetting.key, key)).get()?.value ?? null;
}

/**
 * How a setting that is not a screen's layout is logged: under its own entity, its JSON value as
 * fields (so the change log names each one: "Folder kedua: … → …", not a blob under "Display setting").
 */
export interface AuditedSetting {
  entity: string;
  fields: (value: string) => Record<string, unknown>;
}

export function setUiSetting(ctx: ServiceContext, key: string, value: string, audited?: AuditedSetting): null {
  writeAudited(ctx, ({ db, audit }) => {
    const before = db.select().from(userSetting).where(eq(userSetting.key, key)).get();
    const values = { key, value, updatedAt: ctx.now().toISOString() };
    db.insert(userSetting).values(values).onConflictDoUpdate({ target: userSetting.key, set: values }).run();
    // A register's column layout reads as its columns shown (column-layout.ts), not the grid's JSON.
    const register = audited ? null : layoutRegister(ctx, key);
    const view = audited?.fields ?? ((v: string): Record<string, unknown> => (register && layoutSnapshot(register, v)) ?? { value: v });
    // A display setting saved the first time changes the screen's default (a column shown), it
    // creates no record: its entry is an update ("ubah"), never "buat" (older rows read so too:
    // audit.entityActions.user_setting.create).
    const entity = audited?.entity ?? 'user_setting';
    const action = before || entity === 'user_setting' ? 'update' : 'create';
    const entry = { action, entity, entityUid: key, before: before ? view(before.value) : null, after: view(value) };
    audit({ ...entry, summary: entrySummary(ctx, entry) });
  });
  return null;
}
