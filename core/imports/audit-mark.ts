import { stmt } from '../../db/statements.ts';
import type { ServiceContext } from '../context.ts';

/**
 * Audit rows of acts that change no record: a copy or a read of them (an export, a person's
 * report, a backup, a sign-in, a duplicate scan's candidates). A colleague's export or the
 * daily backup between a check and its commit must not make a million-row commit check the
 * whole file again.
 */
export const readOnlyAuditActions = ['export', 'report', 'backup', 'sign_in', 'scan'] as const;

/**
 * The newest audit row of a write: every write of this app adds one, so a change of it means
 * the data changed. Read backwards along the log's key, stopping at the first such row.
 */
export const auditMarkSql = `SELECT coalesce((SELECT id FROM audit_log WHERE action NOT IN (${readOnlyAuditActions.map((a) => `'${a}'`).join(', ')}) ORDER BY id DESC LIMIT 1), 0)`;
export const auditMark = (ctx: Pick<ServiceContext, 'sqlite'>) => stmt(ctx.sqlite, auditMarkSql).pluck().get() as number;
