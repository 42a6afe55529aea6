import { newUid } from '../../../db/ids.ts';
import { and, asc, eq } from 'drizzle-orm';
import type { ListItem, ListItemInput, ListName } from '../../api/reference.ts';
import { AppError, invalidInput } from '../../app-error.ts';
import { writeAudited } from '../../audit/write.ts';
import { msg } from '../../messages.ts';
import type { ServiceContext } from '../../context.ts';
import { lookupItem } from '../../../db/schema/index.ts';

export function getList(ctx: ServiceContext, list: ListName, includeInactive: boolean): ListItem[] {
  const where = includeInactive ? eq(lookupItem.list, list) : and(eq(lookupItem.list, list), eq(lookupItem.active, true));
  return ctx.db.select().from(lookupItem).where(where).orderBy(asc(lookupItem.sortOrder), asc(lookupItem.code)).all();
}

/** Adds or changes one item; codes are unique within a list and items are deactivated, not deleted. */
export function saveListItem(ctx: ServiceContext, input: Required<Omit<ListItemInput, 'uid'>> & { uid?: string | undefined }): ListItem {
  return writeAudited(ctx, ({ db, audit }) => {
    const before = input.uid ? db.select().from(lookupItem).where(eq(lookupItem.uid, input.uid)).get() : undefined;
    if (input.uid && !before) throw invalidInput(msg('lists.itemNotFound'));
    if (before && before.list !== input.list) throw invalidInput(msg('lists.otherList'));
    const clash = db.select().from(lookupItem).where(and(eq(lookupItem.list, input.list), eq(lookupItem.code, input.code))).get();
    if (clash && clash.uid !== before?.uid) {
      throw new AppError(
        'CONFLICT',
        // The labels are the office's own words (stored, editable), not code text.
        msg('lists.codeInUse', { code: input.code, label: { userWords: { id: clash.labelId, en: clash.labelEn || clash.labelId } } }),
        { issues: [{ path: 'code', messageKey: 'validation.duplicate' }], existingUid: clash.uid },
      );
    }
    const values = { list: input.list, code: input.code, labelId: input.labelId, labelEn: input.labelEn, description: input.description, sortOrder: input.sortOrder, active: input.active };
    const after = before
      ? db.update(lookupItem).set(values).where(eq(lookupItem.uid, before.uid)).returning().get()
      : db.insert(lookupItem).values({ uid: newUid(), ...values }).returning().get();
    audit({ action: before ? 'update' : 'create', entity: 'lookup_item', entityUid: after.uid, before: before ?? null, after });
    return after;
  });
}
