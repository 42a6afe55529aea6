import { stmt } from '../../../db/statements.ts';
import { formatRupiah } from '../../api/money.ts';
import type { ServiceContext } from '../../context.ts';
import type { ReviewedRow } from '../../imports/workers/worker-person.ts';
import { periodProgramme } from '../../programmes/period-programme.ts';
import { regionName } from '../../registers/record-fields.ts';
import { fieldLabel, none, r, say, type ReportEvent, type ReportTable, type ReportWording } from './report-words.ts';

// The person's rows in the identity review (identity_review): rows of imported lists held because
// the person's NIK came with another name or birth date. What each file said about the person is
// data the office holds, whatever was decided: the report lists each row with its file, the
// values the file gave, the decision and who made it when; the processing history gets the
// import that held the row and the decision (its audit row).

interface ReviewRow {
  uid: string;
  fileName: string;
  fileBirthDate: string | null;
  fileValues: string;
  fileRow: number;
  state: 'open' | 'applied' | 'dismissed';
  resolvedBy: string | null;
  resolvedAt: string | null;
  createdAt: string;
  batchFile: string | null;
  batchStatus: 'committed' | 'undone' | null;
  batchActor: string | null;
}

interface DecisionRow {
  id: number;
  at: string;
  actorName: string;
  action: string;
  entityUid: string;
}

/** The file's values as "label: value" pairs: only the fields the file filled, then its period. */
function fileValues(ctx: ServiceContext, row: ReviewRow, wording: ReportWording): string {
  const { values, provided } = JSON.parse(row.fileValues) as ReviewedRow;
  const filled = new Set(provided);
  const pair = (label: string, value: string | null | undefined) => (value ? `${label}: ${value}` : null);
  const region = (code: string | null) => {
    const name = regionName(ctx.sqlite, code);
    return code ? (name ? `${name} (${code})` : code) : null;
  };
  const q = values.period;
  const employer = q.employerId ? (stmt(ctx.sqlite, 'SELECT name, npp FROM employer WHERE id = ?').get(q.employerId) as { name: string; npp: string | null } | undefined) : undefined;
  const sourceDate = q.sourceDate ?? null;
  const amount = q.income === null ? null : formatRupiah(q.income, 'plain');
  const period = [
    say(`workers.segment.${q.segment}`),
    pair(r('columns.start'), wording.day(q.startDate)),
    pair(r('columns.end'), q.endDate ? wording.day(q.endDate) : null),
    pair(r('columns.programmes'), q.programmes.join(', ')),
    pair(r('columns.employer'), employer ? `${employer.name}${employer.npp ? ` (NPP ${employer.npp})` : ''}` : null),
    pair(r('columns.amount'), amount),
    pair(r('columns.funding'), q.funding ? wording.listLabel('funding_source', q.funding) : null),
    pair(fieldLabel('payingProgramme'), periodProgramme(ctx.sqlite, q.programmeId)?.name),
    // The source's date: rows held before the import read it have none.
    pair(r('columns.source'), [q.source, sourceDate ? wording.day(sourceDate) : ''].filter(Boolean).join(', ')),
  ].filter(Boolean);
  return [
    pair(fieldLabel('name'), row.fileName),
    pair(fieldLabel('birthDateTyped'), row.fileBirthDate ? wording.day(row.fileBirthDate) : null),
    pair(fieldLabel('sexTyped'), filled.has('sex') && values.sexTyped ? say(`workers.sex.${values.sexTyped}`) : null),
    pair(fieldLabel('address'), filled.has('address') ? values.address : null),
    pair(fieldLabel('kecamatanCode'), filled.has('kecamatan') || filled.has('desa') ? region(values.kecamatanCode) : null),
    pair(fieldLabel('desaCode'), filled.has('desa') ? region(values.desaCode) : null),
    pair(fieldLabel('phone'), filled.has('phone') ? values.phone : null),
    pair(fieldLabel('occupation'), filled.has('occupation') ? values.occupation : null),
    pair(fieldLabel('category'), filled.has('category') && values.category ? wording.listLabel('vulnerable_category', values.category) : null),
    pair(fieldLabel('kpj'), filled.has('kpj') ? values.kpj : null),
    pair(say('workers.periodNoun'), period.join(', ')),
  ]
    .filter(Boolean)
    .join('; ');
}

export function identityReviewPart(ctx: ServiceContext, personId: number, wording: ReportWording): { table: ReportTable | null; events: ReportEvent[] } {
  const rows = stmt(
    ctx.sqlite,
    `SELECT r.uid, r.file_name AS fileName, r.file_birth_date AS fileBirthDate, r.file_values AS fileValues, r.file_row AS fileRow, r.state,
       r.resolved_by AS resolvedBy, r.resolved_at AS resolvedAt, r.created_at AS createdAt,
       b.file_name AS batchFile, b.status AS batchStatus, b.actor_name AS batchActor
     FROM identity_review r LEFT JOIN import_batch b ON b.id = r.import_batch_id WHERE r.person_id = ? ORDER BY r.id`,
  ).all(personId) as ReviewRow[];
  if (!rows.length) return { table: null, events: [] };

  const fileOf = (row: ReviewRow) => r('review.file', { file: row.batchFile ?? none(), row: row.fileRow });
  const tableRows = rows.map((row) => [
    wording.moment(row.createdAt),
    fileOf(row),
    // What a file said under this NIK is another person's data until it is taken as this person's.
    row.state === 'applied' ? fileValues(ctx, row, wording) : r('review.withheld'),
    r(`review.state.${row.state}`),
    row.resolvedAt ? r('review.resolved', { at: wording.moment(row.resolvedAt), actor: row.resolvedBy ?? none() }) : none(),
  ]);

  // The import that held each row, and each decision (audited on the review row).
  const events: ReportEvent[] = rows.map((row) => ({
    at: row.createdAt,
    order: 0,
    cells: [
      wording.moment(row.createdAt),
      row.batchActor ?? none(),
      r('activity.reviewHeld'),
      row.state === 'applied'
        ? r('details.reviewHeld', { row: row.fileRow, name: row.fileName, birth: row.fileBirthDate ? wording.day(row.fileBirthDate) : none() })
        : r('details.reviewHeldOther', { row: row.fileRow }),
      row.batchFile ? r('details.batch', { file: row.batchFile, status: say(`audit.values.status.${row.batchStatus ?? 'committed'}`) }) : none(),
    ],
  }));
  const decisions = stmt(
    ctx.sqlite,
    `SELECT id, at, actor_name AS actorName, action, entity_uid AS entityUid FROM audit_log
     WHERE entity = 'identity_review' AND entity_uid IN (SELECT value FROM json_each(?)) ORDER BY id`,
  ).all(JSON.stringify(rows.map((row) => row.uid))) as DecisionRow[];
  for (const d of decisions) {
    const row = rows.find((x) => x.uid === d.entityUid)!;
    events.push({
      at: d.at,
      order: d.id,
      cells: [wording.moment(d.at), d.actorName, r('activity.review', { decision: say(`audit.actions.${d.action}`) }), '', fileOf(row)],
    });
  }
  return {
    table: {
      title: r('sections.identityReview'),
      header: ['heldAt', 'file', 'fileValues', 'decision', 'resolved'].map((c) => r(`columns.${c}`)),
      rows: tableRows,
      widths: [1.6, 1.9, 5, 1.8, 1.9],
    },
    events,
  };
}
