import { newUid } from '../../db/ids.ts';
import { insertRow } from '../../db/fast-write.ts';
import { coverageAggregate, coverageDenominator, coverageTarget } from '../../db/schema/index.ts';
import { writeAudited } from '../audit/write.ts';
import type { CoreContext } from '../context.ts';

// A denominator, an aggregate input or a target entered through core, audited: what the engine's
// fixtures (the published figures) and the CLI use until the inputs' own screens and channels
// (wp-covinputs) are merged; those replace these for the office's work.

type Denominator = Omit<typeof coverageDenominator.$inferInsert, 'id' | 'uid' | 'createdAt' | 'updatedAt'>;
type Aggregate = Omit<typeof coverageAggregate.$inferInsert, 'id' | 'uid' | 'createdAt' | 'updatedAt'>;
type Target = Omit<typeof coverageTarget.$inferInsert, 'id' | 'uid' | 'createdAt' | 'updatedAt'>;

function add<T extends Record<string, unknown>>(ctx: CoreContext, table: typeof coverageDenominator | typeof coverageAggregate | typeof coverageTarget, entity: string, label: string, values: T): { id: number; uid: string } {
  return writeAudited(ctx, ({ audit }) => {
    const now = ctx.now().toISOString();
    const row = insertRow(ctx.sqlite, table, { uid: newUid(), ...values, createdAt: now, updatedAt: now } as never) as { id: number; uid: string };
    audit({ action: 'create', entity, entityUid: row.uid, label, before: null, after: { ...values } });
    return { id: row.id, uid: row.uid };
  });
}

export const addDenominator = (ctx: CoreContext, values: Denominator) => add(ctx, coverageDenominator, 'coverage_denominator', values.name, values);
export const addAggregate = (ctx: CoreContext, values: Aggregate) => add(ctx, coverageAggregate, 'coverage_aggregate', `${values.areaCode} ${values.asOfDate}`, values);
export const addTarget = (ctx: CoreContext, values: Target) => add(ctx, coverageTarget, 'coverage_target', `${values.areaCode} ${values.year}`, values);
