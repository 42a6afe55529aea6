import { stmt } from '../../db/statements.ts';
import type { ServiceContext } from '../context.ts';

/** The newest audit row: every write of this app adds one, so a change of it means the data changed. */
export const auditMarkSql = 'SELECT coalesce(max(id), 0) FROM audit_log';
export const auditMark = (ctx: Pick<ServiceContext, 'sqlite'>) => stmt(ctx.sqlite, auditMarkSql).pluck().get() as number;
