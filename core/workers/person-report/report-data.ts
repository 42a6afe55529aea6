import { stmt } from '../../../db/statements.ts';
import { utcOffsetMinutesOf } from '../../api/office-profile.ts';
import { formatRupiah } from '../../api/money.ts';
import type { ServiceContext } from '../../context.ts';
import { dayText, officeDateTime } from '../../exports/export-cells.ts';
import { blobHasId } from '../../exports/record-set.ts';
import { maskNik } from '../../exports/mask-nik.ts';
import { actionWordsKey } from '../../audit/audit-words.ts';
import { render } from '../../messages.ts';
import { getOfficeProfile } from '../../settings/office-profile-service.ts';
import { ageAt } from '../period-checks.ts';
import { shownStatusReason } from '../duplicates/merge-mark.ts';
import { getPerson } from '../person-service.ts';
import { identityReviewPart } from './report-identity-review.ts';
import { mergeTable } from './report-merges.ts';
import { fieldLabel, none, r, say, type ReportCell, type ReportEvent, type ReportTable, type ReportWording } from './report-words.ts';

// What the person's data report holds, as tables of words (Indonesian): the same content
// becomes a PDF, an XLSX and plain text (report-pdf.ts, report-xlsx.ts, report-text.ts).
// Everything held: the person's fields (sex and birth date from the NIK beside what was typed),
// domicile, every participation period, the merges of duplicates the record took part in (where
// its data is now, report-merges.ts), the imported rows held for the identity review with what
// their files said (report-identity-review.ts), the record status history. Every processing: the
// person's own audit rows (saves, statuses, merges, earlier reports), the imports and bulk changes
// that wrote the person or a period (import_change) or held a row for the identity review and its
// decision, and the exports whose record set holds the person (export_record_set: exact, see
// core/exports/register-export.ts).

export type { ReportCell, ReportTable } from './report-words.ts';

export interface PersonReport {
  office: string;
  title: string;
  /** Lines under the title: who the report is about, when and by whom it was made. */
  subtitle: string[];
  nik: string;
  personUid: string;
  personName: string;
  tables: ReportTable[];
  /** Landscape A4 for wide tables (the coverage report's 11 columns); portrait otherwise. */
  landscape?: boolean;
}

interface AuditRow {
  id: number;
  at: string;
  actorName: string;
  action: string;
  entityLabel: string | null;
  changedFields: string | null;
  before: string | null;
  after: string | null;
}

interface BatchRow {
  uid: string;
  kind: 'import' | 'bulk';
  fileName: string;
  status: 'committed' | 'undone';
  createdAt: string;
  undoneAt: string | null;
  actorName: string;
  undoneBy: string | null;
  tableName: string;
  action: 'insert' | 'update';
  changes: string | null;
}

export function buildPersonReport(ctx: ServiceContext, uid: string): PersonReport {
  const detail = getPerson(ctx, uid);
  const { person: p, periods } = detail;
  const profile = getOfficeProfile(ctx);
  const offset = utcOffsetMinutesOf[profile.timeZone];
  const moment = (iso: string) => `${officeDateTime(iso, offset)} ${profile.timeZone}`;
  const day = (iso: string | null) => (iso ? dayText(iso) : none());
  const listLabel = (list: string, code: string | null) =>
    code ? ((stmt(ctx.sqlite, 'SELECT label_id FROM lookup_item WHERE list = ? AND code = ?').pluck().get(list, code) as string | undefined) ?? code) : none();
  const sex = (s: string | null) => (s ? say(`workers.sex.${s}`) : none());
  const rupiah = (n: number | null) => (n === null ? null : formatRupiah(n, 'plain'));
  const wording: ReportWording = { moment, day, listLabel };

  const personRows: ReportCell[][] = [
    [say('workers.fields.nik'), p.nik],
    [say('workers.fields.name'), p.name],
    [r('fields.sexFromNik'), sex(p.sex)],
    [r('fields.birthFromNik'), day(p.birthDate)],
    [r('fields.ageToday'), p.birthDate ? String(ageAt(p.birthDate, detail.today)) : none()],
    [say('workers.fields.sexTyped'), sex(p.sexTyped)],
    [say('workers.fields.birthDateTyped'), day(p.birthDateTyped)],
    [say('workers.fields.identityMismatch'), p.identityMismatch ? r('yes') : r('no')],
    [say('workers.fields.address'), p.address || none()],
    [say('workers.fields.kecamatanCode'), p.kecamatanName ? `${p.kecamatanName} (${p.kecamatanCode})` : none()],
    [say('workers.fields.desaCode'), p.desaName ? `${p.desaName} (${p.desaCode})` : none()],
    [say('workers.fields.phone'), p.phone || none()],
    [say('workers.fields.occupation'), p.occupation || none()],
    [say('workers.fields.category'), listLabel('vulnerable_category', p.category)],
    [say('workers.fields.kpj'), p.kpj || none()],
    [say('workers.fields.notes'), p.notes || none()],
    [say('workers.fields.recordStatus'), say(`workers.recordStatus.${p.recordStatus}`)],
    ...(p.recordStatus !== 'aktif' ? [[say('workers.fields.statusReason'), p.statusReason || none()], [say('workers.fields.statusDate'), day(p.statusDate)]] : []),
    [r('fields.participationToday'), detail.mergedInto ? say('workers.mergedInto', { nik: detail.mergedInto.nik }) : say(`workers.participation.${detail.statusToday}`)],
    [r('fields.createdAt'), moment(p.createdAt)],
    [r('fields.updatedAt'), moment(p.updatedAt)],
  ];

  const periodRows = periods.map((q) => [
    say(`workers.segment.${q.segment}`),
    q.employerName ? `${q.employerName}${q.employerNpp ? ` (NPP ${q.employerNpp})` : ''}` : none(),
    q.kpj || none(),
    q.programmes.join(', ') || none(),
    day(q.startDate),
    q.endDate ? day(q.endDate) : r('open'),
    rupiah(q.wage) ?? rupiah(q.declaredIncome) ?? none(),
    // The programme that pays, beside its funding source.
    [listLabel('funding_source', q.funding), q.programmeName].filter(Boolean).join(' — '),
    [q.source, q.sourceDate ? day(q.sourceDate) : ''].filter(Boolean).join(', ') || none(),
  ]);

  // The person's own audit rows, and any about one of its periods (oldest first).
  const periodUids = periods.map((q) => q.uid);
  const own = stmt(
    ctx.sqlite,
    `SELECT id, at, actor_name AS actorName, action, entity_label AS entityLabel, changed_fields AS changedFields, before, after FROM audit_log
     WHERE (entity = 'person' AND entity_uid = ?) OR (entity = 'participation_period' AND entity_uid IN (SELECT value FROM json_each(?))) ORDER BY id`,
  ).all(p.uid, JSON.stringify(periodUids)) as AuditRow[];

  const statusActions = new Set(['create', 'died', 'moved', 'remove', 'restore']);
  const statusOf: Record<string, string> = { create: 'aktif', died: 'meninggal', moved: 'pindah', remove: 'salah_input', restore: 'aktif' };
  // A merge marks the merged record 'salah_input' and its undo puts the status back: said by the rows' own status.
  const mergeActions = new Set(['merge', 'merged', 'undo-merge']);
  // A pair marked as two people: named by the other's masked NIK, as a merge's rows are.
  const differentActions = new Set(['different', 'undo-different']);

  // Imports and bulk changes that wrote the person or one of its periods.
  const batches = stmt(
    ctx.sqlite,
    `SELECT b.uid, b.kind, b.file_name AS fileName, b.status, b.created_at AS createdAt, b.undone_at AS undoneAt, b.actor_name AS actorName,
       (SELECT a.actor_name FROM audit_log a WHERE a.entity = 'import_batch' AND a.entity_uid = b.uid AND a.action = 'undo' ORDER BY a.id DESC LIMIT 1) AS undoneBy,
       c.table_name AS tableName, c.action, c.changes
     FROM import_change c JOIN import_batch b ON b.id = c.batch_id
     WHERE (c.table_name = 'person' AND c.row_id = ?) OR (c.table_name = 'participation_period' AND c.row_id IN (SELECT id FROM participation_period WHERE person_id = ?))
     ORDER BY c.id`,
  ).all(p.id, p.id) as BatchRow[];

  // Exports whose stored record set holds the person (min/max skip most without inflating).
  const exports = (
    stmt(
      ctx.sqlite,
      `SELECT a.id, a.at, a.actor_name AS actorName, a.action, a.entity_label AS entityLabel, a.changed_fields AS changedFields, a.after, s.ids
       FROM audit_log a JOIN export_record_set s ON s.audit_id = a.id
       WHERE a.action = 'export' AND a.entity = 'person' AND s.min_id <= ? AND s.max_id >= ? ORDER BY a.id`,
    ).all(p.id, p.id) as (AuditRow & { ids: Buffer })[]
  ).filter((row) => blobHasId(row.ids, p.id));

  const events: ReportEvent[] = [];
  // Kept with their instant: the record's own rows and the batches' come in two lists, shown as one, oldest first.
  const statuses: { at: string; cells: ReportCell[] }[] = [];
  for (const row of own) {
    const before = row.before ? (JSON.parse(row.before) as Record<string, unknown>) : {};
    const after = row.after ? (JSON.parse(row.after) as Record<string, unknown>) : {};
    const changed = (row.changedFields ?? '').split(', ').filter(Boolean);
    const fields = changed.filter((f) => !mergeActions.has(row.action) || f !== 'mergedWith').map(fieldLabel);
    const words = say(actionWordsKey('person', row.action));
    const activity = row.action === 'report' ? r('activity.report') : `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
    const changedWords = fields.length && row.action !== 'create' ? r('details.changed', { fields: fields.join(', ') }) : '';
    // A merge's rows name the other record by its masked NIK only (it may have been undone: two people); the merges table says more.
    const partnerText = after.mergedWith ?? before.mergedWith ?? after.differentFrom ?? before.differentFrom;
    const partnerNik = typeof partnerText === 'string' ? /\d{16}/.exec(partnerText)?.[0] : undefined;
    const partner = partnerNik ? maskNik(partnerNik) : null;
    const details =
      row.action === 'report'
        ? r('details.report', { formats: ((after.formats as string[] | undefined) ?? []).map((f) => say(`audit.values.formats.${f}`)).join(', ') })
        : mergeActions.has(row.action) && typeof partner === 'string'
          ? [r(`details.${row.action === 'undo-merge' ? 'undoMerge' : row.action}`, { record: partner }), changedWords].filter(Boolean).join('. ')
          : differentActions.has(row.action) && typeof partner === 'string'
            ? r(row.action === 'different' ? 'details.different' : 'details.undoDifferent', { record: partner })
            : changedWords;
    events.push({ at: row.at, order: row.id, cells: [moment(row.at), row.actorName, activity, details, none()] });
    // A merge's reason written by older versions holds the other record's whole NIK: masked.
    const reason = shownStatusReason(String(after.statusReason ?? '')) || none();
    if (statusActions.has(row.action)) {
      const status = statusOf[row.action]!;
      statuses.push({ at: row.at, cells: [moment(row.at), say(`workers.recordStatus.${status}`), reason, day((after.statusDate as string | null) ?? null), row.actorName] });
    } else if (mergeActions.has(row.action) && typeof after.recordStatus === 'string' && after.recordStatus !== before.recordStatus) {
      statuses.push({ at: row.at, cells: [moment(row.at), say(`workers.recordStatus.${after.recordStatus}`), reason, day((after.statusDate as string | null) ?? null), row.actorName] });
    }
  }
  const seenUndo = new Set<string>();
  for (const b of batches) {
    const activity =
      b.kind === 'bulk'
        ? r('activity.bulk')
        : b.tableName === 'person'
          ? r(b.action === 'insert' ? 'activity.importCreate' : 'activity.importUpdate')
          : r(b.action === 'insert' ? 'activity.importPeriodCreate' : 'activity.importPeriodUpdate');
    const changes = b.changes ? (JSON.parse(b.changes) as Record<string, [unknown, unknown]>) : {};
    const changed = Object.keys(changes).filter((f) => f !== 'updatedAt' && f !== 'nameFold');
    const status = say(`audit.values.status.${b.status}`);
    const via = r('details.batch', { file: b.fileName, status });
    events.push({ at: b.createdAt, order: 0, cells: [moment(b.createdAt), b.actorName, activity, changed.length && b.action === 'update' ? r('details.changed', { fields: changed.map(fieldLabel).join(', ') }) : '', via] });
    if (b.kind === 'import' && b.action === 'insert' && b.tableName === 'person') statuses.push({ at: b.createdAt, cells: [moment(b.createdAt), say('workers.recordStatus.aktif'), none(), none(), b.actorName] });
    const statusChange = changes.recordStatus?.[1];
    if (typeof statusChange === 'string') {
      const reason = changes.statusReason?.[1];
      const date = changes.statusDate?.[1];
      statuses.push({ at: b.createdAt, cells: [moment(b.createdAt), say(`workers.recordStatus.${statusChange}`), typeof reason === 'string' && reason ? reason : none(), day(typeof date === 'string' ? date : null), b.actorName] });
    }
    if (b.status === 'undone' && b.undoneAt && !seenUndo.has(b.uid)) {
      seenUndo.add(b.uid);
      events.push({ at: b.undoneAt, order: 0, cells: [moment(b.undoneAt), b.undoneBy ?? b.actorName, r('activity.undone'), '', via] });
    }
  }
  for (const e of exports) {
    const after = e.after ? (JSON.parse(e.after) as { rows?: number; format?: string; filter?: string; nik?: 'masked' | 'shown' }) : {};
    const details = r('details.export', {
      rows: (after.rows ?? 0).toLocaleString('id-ID'),
      format: (after.format ?? '').toUpperCase(),
      filter: after.filter ?? '',
      nik: after.nik ? say(`audit.values.nik.${after.nik}`) : none(),
    });
    events.push({ at: e.at, order: e.id, cells: [moment(e.at), e.actorName, r('activity.export'), details, e.entityLabel ?? none()] });
  }
  const reviews = identityReviewPart(ctx, p.id, wording);
  events.push(...reviews.events);
  const merges = mergeTable(ctx, p.id, wording);
  events.sort((a, b) => a.at.localeCompare(b.at) || a.order - b.order);

  const checks = detail.flags.map((f) => [render(f, 'id')]);
  const now = ctx.now().toISOString();
  const tables: ReportTable[] = [
    { title: r('sections.person'), header: [r('columns.item'), r('columns.value')], rows: personRows, widths: [2, 5] },
    ...(checks.length ? [{ title: r('sections.checks'), header: [r('columns.details')], rows: checks, widths: [1] }] : []),
    {
      title: r('sections.periods'),
      header: ['segment', 'employer', 'kpj', 'programmes', 'start', 'end', 'amount', 'fundingProgramme', 'source'].map((c) => r(`columns.${c}`)),
      rows: periodRows,
      widths: [1.2, 2.4, 1.5, 1.6, 1.55, 1.55, 1.8, 2.4, 1.8],
      dense: true,
    },
    ...(merges ? [merges] : []),
    ...(reviews.table ? [reviews.table] : []),
    { title: r('sections.statuses'), header: ['at', 'status', 'reason', 'date', 'actor'].map((c) => r(`columns.${c}`)), rows: statuses.sort((a, b) => a.at.localeCompare(b.at)).map((s) => s.cells), widths: [2, 1.5, 3, 1.4, 2] },
    { title: r('sections.events'), header: ['at', 'actor', 'activity', 'details', 'via'].map((c) => r(`columns.${c}`)), rows: events.map((e) => e.cells), widths: [1.8, 1.6, 2.2, 4, 2.6] },
  ];
  return {
    office: profile.officeName || 'Lindung',
    title: r('title'),
    subtitle: [`${p.name} — NIK ${p.nik}`, r('madeBy', { at: moment(now), actor: ctx.actor.name }), r('lawNote')],
    nik: p.nik,
    personUid: p.uid,
    personName: p.name,
    tables,
  };
}

/** The NIK as a report's file name carries it: masked (x, as * is no file name's), so a folder listing does not show it whole. */
export const reportFileBase = (nik: string) => r('fileName', { nik: maskNik(nik).replaceAll('*', 'x') });
