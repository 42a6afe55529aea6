import { msg } from '../messages.ts';
import { stmt } from '../../db/statements.ts';
import type { AuditRow } from '../api/audit.ts';
import type { GridPage } from '../api/grid.ts';
import { utcOffsetMinutesOf } from '../api/office-profile.ts';
import { notFound } from '../app-error.ts';
import type { ServiceContext } from '../context.ts';
import type { GridSpec } from '../grid/grid-spec.ts';
import { containsPattern } from '../grid/filter-sql.ts';
import { queryGrid, type ParsedGridRequest } from '../grid/query-grid.ts';
import { officeSettings } from '../settings/office-profile-service.ts';

const select = `a.id, a.uid, a.at, a.actor_id AS actorId, a.actor_name AS actorName, a.action, a.entity,
  a.entity_uid AS entityUid, a.changed_fields AS changedFields, a.before, a.after`;

export const auditGridSpec: GridSpec = {
  from: 'audit_log a',
  select,
  primaryKey: 'a.id',
  defaultSort: [{ colId: 'at', sort: 'desc' }],
  columns: {
    at: { sql: 'a.at', type: 'datetime', notNull: true },
    actorName: { sql: 'a.actor_name', type: 'text' },
    action: { sql: 'a.action', type: 'set' },
    entity: { sql: 'a.entity', type: 'set' },
    entityUid: { sql: 'a.entity_uid', type: 'text' },
    changedFields: { sql: 'a.changed_fields', type: 'text' },
  },
  quickSearch: (term) => ({
    sql: `fold(a.actor_name || ' ' || a.action || ' ' || a.entity || ' ' || coalesce(a.changed_fields, '')) LIKE ? ESCAPE '\\'`,
    params: [containsPattern(term)],
  }),
};


export function listAudit(ctx: ServiceContext, request: ParsedGridRequest): GridPage<AuditRow> {
  return queryGrid<AuditRow>(ctx.sqlite, auditGridSpec, request, utcOffsetMinutesOf[officeSettings(ctx).timeZone]);
}

export function getAudit(ctx: ServiceContext, id: number): AuditRow {
  const row = stmt(ctx.sqlite, `SELECT ${select} FROM audit_log a WHERE a.id = ?`).get(id) as AuditRow | undefined;
  if (!row) throw notFound(msg('things.auditEntry'), { id });
  return row;
}
