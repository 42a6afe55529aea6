import { stmt } from '../../db/statements.ts';
import { dayInZone } from '../api/office-profile.ts';
import type { ServiceContext } from '../context.ts';
import { officeSettings } from '../settings/office-profile-service.ts';

// The day an employer's workforce figure (workers_total) was last given. The register keeps no
// date beside the figure, so it is read from the record's own changes: the newest audit row
// that created the record or changed workersTotal (a form save), and the newest committed
// import or bulk change that inserted the record or changed workersTotal (import_change; an
// undone batch's figure is gone again). Neither: the day the record was created. Instants are
// turned into the office's calendar day. Read for a page of rows, along audit_log_entity_idx
// and import_change_row_idx.

const newestChangeSql = `SELECT max(d) FROM (
  SELECT max(a.at) AS d FROM audit_log a
   WHERE a.entity = 'employer' AND a.entity_uid = @uid AND (a.action = 'create' OR a.changed_fields LIKE '%workersTotal%')
  UNION ALL
  SELECT max(b.created_at) FROM import_change c JOIN import_batch b ON b.id = c.batch_id
   WHERE c.table_name = 'employer' AND c.row_id = @id AND b.status = 'committed'
     AND (c.action = 'insert' OR json_extract(c.changes, '$.workersTotal') IS NOT NULL))`;

/** An instant (ISO, UTC) as the office's calendar day. */
export function officeDayOf(ctx: Pick<ServiceContext, 'sqlite'>, instant: string): string {
  return dayInZone(officeSettings(ctx).timeZone, new Date(instant));
}

export function reportedWorkforceDate(ctx: Pick<ServiceContext, 'sqlite'>, record: { id: number; uid: string; createdAt: string }): string {
  const newest = stmt(ctx.sqlite, newestChangeSql).pluck().get({ id: record.id, uid: record.uid }) as string | null;
  return officeDayOf(ctx, newest ?? record.createdAt);
}
