import { stmt } from '../../../db/statements.ts';
import { maskNik } from '../../exports/mask-nik.ts';
import type { ServiceContext } from '../../context.ts';
import type { PeriodTableRow, PersonTableRow } from '../person-record.ts';
import { fieldLabel, none, periodSpan, r, type ReportTable, type ReportWording } from './report-words.ts';

// Merges of duplicates (person_merge, core/workers/duplicates/merge-service.ts) the person's record
// took part in, so the report of either NIK says where the data is now: kept, the record merged
// into it (NIK, name), when, by whom, the periods that came from it (now this person's, listed
// with the others) and the fields filled from it; merged away ('salah_input'), the record its
// data and periods moved to, and where that record's data is now when it was merged on in turn.
// An undone merge stays listed, saying when it was undone and by whom.

interface MergeRow {
  keptPersonId: number;
  mergedPersonId: number;
  before: string;
  after: string;
  movedPeriodIds: string;
  mergedAt: string;
  mergedBy: string;
  undoneAt: string | null;
  undoneBy: string | null;
}

/** The rows a merge keeps (`joined`: periods joined into the kept person's; merges before it have none). */
type StoredBefore = { kept: PersonTableRow; joined?: { before: PeriodTableRow; absorbed: PeriodTableRow[] }[] };
type StoredAfter = { kept: PersonTableRow; joined?: PeriodTableRow[] };

/** The person's columns a merge fills from the merged record (merge-service.ts, filledColumns). */
const fillable = ['name', 'address', 'kecamatanCode', 'desaCode', 'phone', 'occupation', 'category', 'kpj', 'notes'] as const;

export function mergeTable(ctx: ServiceContext, personId: number, wording: ReportWording): ReportTable | null {
  const merges = stmt(
    ctx.sqlite,
    `SELECT kept_person_id AS keptPersonId, merged_person_id AS mergedPersonId, before, after, moved_period_ids AS movedPeriodIds,
       merged_at AS mergedAt, merged_by AS mergedBy, undone_at AS undoneAt, undone_by AS undoneBy
     FROM person_merge WHERE kept_person_id = ? OR merged_person_id = ? ORDER BY id`,
  ).all(personId, personId) as MergeRow[];
  if (!merges.length) return null;

  const personOf = stmt(ctx.sqlite, 'SELECT nik, name FROM person WHERE id = ?');
  // An undone merge most often means two people: the other's NIK masked, their name left out.
  const record = (id: number, undone = false) => {
    const p = personOf.get(id) as { nik: string; name: string } | undefined;
    return p ? (undone ? maskNik(p.nik) : r('merge.record', p)) : none();
  };
  const mergedOnto = stmt(ctx.sqlite, 'SELECT kept_person_id FROM person_merge WHERE merged_person_id = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1').pluck();
  /** Where a record's data is now: the record it was merged into in turn, and so on. */
  const finalHolder = (id: number): number => {
    const seen = new Set([id, personId]);
    let at = id;
    for (let next = mergedOnto.get(at) as number | undefined; next !== undefined && !seen.has(next); next = mergedOnto.get(at) as number | undefined) {
      seen.add(next);
      at = next;
    }
    return at;
  };
  const periodOf = stmt(ctx.sqlite, 'SELECT segment, start_date AS startDate, end_date AS endDate FROM participation_period WHERE id = ?');

  const rows = merges.map((m) => {
    const intoOther = m.mergedPersonId === personId;
    const other = intoOther ? m.keptPersonId : m.mergedPersonId;
    const holder = intoOther && !m.undoneAt ? finalHolder(other) : other;
    const otherCell = m.undoneAt ? record(other, true) : holder === other ? record(other) : r('merge.nowIn', { record: record(other), holder: record(holder) });

    const before = JSON.parse(m.before) as StoredBefore;
    const after = JSON.parse(m.after) as StoredAfter;
    // The periods that moved as they are now (a period deleted since is no longer held), and those joined into one of the kept person's.
    const moved = (JSON.parse(m.movedPeriodIds) as number[])
      .map((id) => periodOf.get(id) as Pick<PeriodTableRow, 'segment' | 'startDate' | 'endDate'> | undefined)
      .filter((p) => p !== undefined)
      .map((p) => periodSpan(wording, p));
    const joined = (before.joined ?? []).flatMap((j) =>
      j.absorbed.map((a) => r('merge.joined', { period: periodSpan(wording, a), into: periodSpan(wording, after.joined?.find((x) => x.id === j.before.id) ?? j.before) })),
    );
    const filled = fillable.filter((f) => JSON.stringify(before.kept[f] ?? null) !== JSON.stringify(after.kept[f] ?? null));

    return [
      wording.moment(m.mergedAt),
      m.mergedBy,
      r(intoOther ? 'merge.into' : 'merge.from'),
      otherCell,
      [...moved, ...joined].join('; ') || none(),
      filled.map(fieldLabel).join(', ') || none(),
      m.undoneAt ? r('merge.undone', { at: wording.moment(m.undoneAt), actor: m.undoneBy ?? none() }) : r('merge.inForce'),
    ];
  });
  return {
    title: r('sections.merges'),
    header: ['at', 'actor', 'merge', 'otherRecord', 'movedPeriods', 'filledFields', 'mergeState'].map((c) => r(`columns.${c}`)),
    rows,
    widths: [1.6, 1.4, 2.6, 2.4, 2.6, 1.6, 1.8],
    dense: true,
  };
}
