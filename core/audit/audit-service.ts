import { inBoth, msg } from '../messages.ts';
import { stmt } from '../../db/statements.ts';
import type { AuditDetail, AuditRow } from '../api/audit.ts';
import type { GridPage } from '../api/grid.ts';
import type { LocalizedText } from '../api/localized-text.ts';
import { utcOffsetMinutesOf } from '../api/office-profile.ts';
import { notFound } from '../app-error.ts';
import type { ServiceContext } from '../context.ts';
import type { GridSpec } from '../grid/grid-spec.ts';
import { ftsMatchQuery } from '../grid/fts-query.ts';
import { dataVersion } from '../grid/ordered-ids.ts';
import { whereOf, type ParsedGridRequest } from '../grid/query-grid.ts';
import { batchInfo, findBatchByUid } from '../imports/import-batches.ts';
import { officeSettings } from '../settings/office-profile-service.ts';
import { layoutRegister, readableSettingSnapshot } from '../settings/column-layout.ts';
import { changeDescriber, snapshotChanges } from './describe-changes.ts';
import { entrySummary, summarised } from './entry-summary.ts';

// The change log as a grid that stays quick at millions of rows: pages walk the time index
// (ORDER BY at, id on audit_log_at_idx, no sort), and the search is the words index
// (audit_fts: what each entry shows, in Indonesian and English).

const select = `a.id, a.uid, a.at, a.actor_id AS actorId, a.actor_name AS actorName, a.action, a.entity,
  a.entity_uid AS entityUid, a.entity_label AS entityLabel, a.changed_fields AS changedFields, a.before, a.after`;

export const auditGridSpec: GridSpec = {
  from: 'audit_log a',
  select,
  primaryKey: 'a.id',
  defaultSort: [{ colId: 'at', sort: 'desc' }],
  // Only the time sorts: any other order would sort millions of rows for each page.
  columns: {
    at: { sql: 'a.at', type: 'datetime', notNull: true },
    actorName: { sql: 'a.actor_name', type: 'text', sortable: false },
    action: { sql: 'a.action', type: 'set', sortable: false },
    entity: { sql: 'a.entity', type: 'set', sortable: false },
    entityLabel: { sql: 'a.entity_label', type: 'text', sortable: false },
    entityUid: { sql: 'a.entity_uid', type: 'text', sortable: false },
    changedFields: { sql: 'a.changed_fields', type: 'text', sortable: false },
  },
  quickSearch: (term) => {
    const match = ftsMatchQuery(term);
    return match ? { sql: 'a.id IN (SELECT rowid FROM audit_fts WHERE audit_fts MATCH ?)', params: [match] } : null;
  },
};

/** The SQL of one page's ids and of the count, for a request (tests read their query plans). */
export function auditPageSql(ctx: Pick<ServiceContext, 'sqlite'>, request: ParsedGridRequest) {
  const where = whereOf(auditGridSpec, request, utcOffsetMinutesOf[officeSettings(ctx).timeZone]);
  const dir = request.sortModel[0]?.colId === 'at' && request.sortModel[0].sort === 'asc' ? 'ASC' : 'DESC';
  return {
    page: { sql: `SELECT a.id FROM audit_log a ${where.sql} ORDER BY a.at ${dir}, a.id ${dir} LIMIT ? OFFSET ?`, params: [...where.params, request.endRow - request.startRow, request.startRow] },
    count: { sql: `SELECT count(*) FROM audit_log a ${where.sql}`, params: where.params },
  };
}

// A count per query and data version: scrolling asks for one page after another.
const counts = new Map<string, number>();

export function listAudit(ctx: ServiceContext, request: ParsedGridRequest): GridPage<AuditRow> {
  const sql = auditPageSql(ctx, request);
  const ids = stmt(ctx.sqlite, sql.page.sql).pluck().all(...sql.page.params) as number[];
  const key = `${dataVersion(ctx.sqlite)}\u0000${sql.count.sql}\u0000${JSON.stringify(sql.count.params)}`;
  let rowCount = counts.get(key);
  if (rowCount === undefined) {
    rowCount = stmt(ctx.sqlite, sql.count.sql).pluck().get(...sql.count.params) as number;
    if (counts.size > 20) counts.clear();
    counts.set(key, rowCount);
  }
  if (ids.length === 0) return { rows: [], rowCount };
  const found = stmt(ctx.sqlite, `SELECT ${select} FROM audit_log a WHERE a.id IN (${ids.map(() => '?').join(', ')})`).all(...ids) as RawRow[];
  const byId = new Map(found.map((r) => [r.id, r]));
  const words = fieldWordsOf(ctx);
  return { rows: ids.map((id) => byId.get(id)).filter((r): r is RawRow => r !== undefined).map((r) => ({ ...r, fieldWords: words(r), summary: summaryOf(ctx, r) })), rowCount };
}

type RawRow = Omit<AuditRow, 'fieldWords' | 'summary'>;

/**
 * A row's snapshots as the log reads them, and the describer for them: a register's column
 * layout (a display setting) as that register's columns shown, by its labels, never its JSON.
 */
function readable(ctx: ServiceContext, row: RawRow) {
  const [before, after] = [parse(row.before), parse(row.after)];
  if (row.entity !== 'user_setting') return { before, after, register: null };
  return { before: readableSettingSnapshot(ctx, row.entityUid, before), after: readableSettingSnapshot(ctx, row.entityUid, after), register: layoutRegister(ctx, row.entityUid) };
}

const summaryOf = (ctx: ServiceContext, row: RawRow) => {
  if (!summarised.has(row.entity)) return null;
  const { before, after } = readable(ctx, row);
  return entrySummary(ctx, { entity: row.entity, entityUid: row.entityUid, before, after });
};

/** The changed fields' labels of a row, each entity's labels looked up once per page. */
function fieldWordsOf(ctx: ServiceContext) {
  const describers = new Map<string, ReturnType<typeof changeDescriber>>();
  return (row: RawRow): LocalizedText | null => {
    // A new record, an import, an export: every field is new, none "changed".
    if (!row.changedFields || row.before === null) return null;
    const { before, after, register } = readable(ctx, row);
    const key = `${row.entity}\u0000${register?.key ?? ''}`;
    const describer = describers.get(key) ?? describers.set(key, changeDescriber(ctx, row.entity, { register })).get(key)!;
    const shown = describer.describe(snapshotChanges(before, after));
    if (shown.length === 0) return null;
    return inBoth((language) => shown.map((c) => c.label[language]).join(', '));
  };
}

const parse = (json: string | null): Record<string, unknown> | null => (json ? (JSON.parse(json) as Record<string, unknown>) : null);

function rawRow(ctx: ServiceContext, id: number): RawRow {
  const row = stmt(ctx.sqlite, `SELECT ${select} FROM audit_log a WHERE a.id = ?`).get(id) as RawRow | undefined;
  if (!row) throw notFound(msg('things.auditEntry'), { id });
  return row;
}

/** One entry with only its changed fields in words; an import's, undo's or bulk change's batch. */
export function getAudit(ctx: ServiceContext, id: number): AuditDetail {
  const row = rawRow(ctx, id);
  const { before, after, register } = readable(ctx, row);
  const changes = changeDescriber(ctx, row.entity, { register }).describe(snapshotChanges(before, after));
  const batchRow = row.entity === 'import_batch' && row.entityUid ? findBatchByUid(ctx, row.entityUid) : undefined;
  return { row: { ...row, fieldWords: fieldWordsOf(ctx)(row), summary: summaryOf(ctx, row) }, changes, batch: batchRow ? batchInfo(batchRow) : null };
}
