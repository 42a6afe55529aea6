import { stmt } from '../../db/statements.ts';
import type { PrivacySettings } from '../api/privacy.ts';
import { invalidInput } from '../app-error.ts';
import { entrySummary } from '../audit/entry-summary.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { msg } from '../messages.ts';

// The office's privacy settings, kept on the office profile's row. Hiding the NIK column by
// default is on at the start (UU PDP data minimisation: a register shown on a screen in a busy
// office shows names, not identity numbers); anyone who reads the register may still show the
// column, since telling two people of one name apart needs it.

export function getPrivacySettings(ctx: Pick<ServiceContext, 'sqlite'>): PrivacySettings {
  const hide = stmt(ctx.sqlite, 'SELECT hide_nik_by_default FROM office_profile WHERE id = 1').pluck().get() as number | undefined;
  return { hideNikByDefault: hide === undefined ? true : hide === 1 };
}

export function savePrivacySettings(ctx: ServiceContext, input: PrivacySettings): PrivacySettings {
  const row = stmt(ctx.sqlite, 'SELECT uid, hide_nik_by_default AS hide FROM office_profile WHERE id = 1').get() as { uid: string; hide: number } | undefined;
  if (!row) throw invalidInput(msg('personReport.setupFirst'));
  if (Boolean(row.hide) === input.hideNikByDefault) return input;
  writeAudited(ctx, ({ audit }) => {
    stmt(ctx.sqlite, 'UPDATE office_profile SET hide_nik_by_default = ? WHERE id = 1').run(input.hideNikByDefault ? 1 : 0);
    const entry = { action: 'update', entity: 'office_profile', entityUid: row.uid, before: { hideNikByDefault: Boolean(row.hide) }, after: { hideNikByDefault: input.hideNikByDefault } };
    audit({ ...entry, summary: entrySummary(ctx, entry) });
  });
  return getPrivacySettings(ctx);
}
