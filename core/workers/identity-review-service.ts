import { eq } from 'drizzle-orm';
import { insertRow, updateRowById } from '../../db/fast-write.ts';
import { newUid } from '../../db/ids.ts';
import { stmt } from '../../db/statements.ts';
import { identityReview, participationPeriod, person } from '../../db/schema/index.ts';
import type { ProgrammeCode } from '../api/employers.ts';
import { identityReviewPageSize, type IdentityReviewItem, type IdentityReviewList, type IdentitySide } from '../api/identity-review.ts';
import type { PersonRecordStatus, Segment } from '../api/workers.ts';
import { AppError, invalidInput } from '../app-error.ts';
import { writeAudited, type WriteScope } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { personColumnsFromRow, type ReviewedRow } from '../imports/workers/worker-person.ts';
import { msg } from '../messages.ts';
import { regionName } from '../registers/record-fields.ts';
import { mergePeriod } from './period-merge.ts';
import { periodProblems } from './period-checks.ts';
import { periodRows, withPeriods } from './person-service.ts';
import type { PersonTableRow } from './person-record.ts';

// The identity review: rows of imported lists whose NIK is a person of the register under
// another name or birth date. A reviewer takes the file's data (the person gets the row's name,
// birth date and other values, and its period is added or extends one, with the period rules of
// every save) or keeps the register's (the row is dismissed; a later list with the same name
// and birth date is skipped, see worker-importer.ts). One transaction with audit rows each.

type ReviewRow = typeof identityReview.$inferSelect;
const whereOf = { open: "state = 'open'", resolved: "state <> 'open'" } as const;

export function listIdentityReviews(ctx: ServiceContext, show: 'open' | 'resolved', page = 0): IdentityReviewList {
  const ids = stmt(ctx.sqlite, `SELECT id FROM identity_review WHERE ${whereOf[show]} ORDER BY id DESC LIMIT ? OFFSET ?`).pluck().all(identityReviewPageSize, page * identityReviewPageSize) as number[];
  const count = (where: string) => stmt(ctx.sqlite, `SELECT count(*) FROM identity_review WHERE ${where}`).pluck().get() as number;
  const open = count(whereOf.open);
  return { items: ids.map((id) => itemOf(ctx, ctx.db.select().from(identityReview).where(eq(identityReview.id, id)).get()!)), open, total: show === 'open' ? open : count(whereOf.resolved) };
}

function sideOf(ctx: ServiceContext, v: { name: string; birthDateTyped: string | null; sexTyped: 'L' | 'P' | null; address: string; kecamatanCode: string | null; desaCode: string | null; kpj: string | null }): IdentitySide {
  return {
    name: v.name,
    birthDateTyped: v.birthDateTyped,
    sexTyped: v.sexTyped,
    address: v.address,
    kecamatanName: regionName(ctx.sqlite, v.kecamatanCode),
    desaName: regionName(ctx.sqlite, v.desaCode),
    kpj: v.kpj ?? '',
  };
}

function itemOf(ctx: ServiceContext, row: ReviewRow): IdentityReviewItem {
  const p = ctx.db.select().from(person).where(eq(person.id, row.personId)).get()!;
  const { values } = JSON.parse(row.fileValues) as ReviewedRow;
  const employer = values.period.employerId
    ? (stmt(ctx.sqlite, 'SELECT name, npp FROM employer WHERE id = ?').get(values.period.employerId) as { name: string; npp: string | null } | undefined)
    : undefined;
  const batch = row.importBatchId
    ? (stmt(ctx.sqlite, 'SELECT uid, file_name AS fileName, created_at AS createdAt FROM import_batch WHERE id = ?').get(row.importBatchId) as IdentityReviewItem['batch'] | undefined)
    : undefined;
  return {
    uid: row.uid,
    state: row.state,
    nik: row.nik,
    nikBirthDate: p.birthDate,
    nikSex: p.sex,
    personUid: p.uid,
    personStatus: p.recordStatus as PersonRecordStatus,
    register: {
      ...sideOf(ctx, p),
      periods: periodRows(ctx, p.id).map((r) => ({
        segment: r.segment,
        startDate: r.startDate,
        endDate: r.endDate,
        employerName: r.employerId ? ((stmt(ctx.sqlite, 'SELECT name FROM employer WHERE id = ?').pluck().get(r.employerId) as string | undefined) ?? null) : null,
      })),
    },
    file: {
      ...sideOf(ctx, { ...values, kpj: values.kpj || null }),
      period: {
        segment: values.period.segment as Segment,
        startDate: values.period.startDate,
        endDate: values.period.endDate,
        programmes: values.period.programmes as ProgrammeCode[],
        employerName: employer?.name ?? null,
        employerNpp: employer?.npp ?? null,
        funding: values.period.funding,
      },
    },
    fileRow: row.fileRow,
    batch: batch ?? null,
    resolvedBy: row.resolvedBy,
    resolvedAt: row.resolvedAt,
    createdAt: row.createdAt,
  };
}

/** The open review, or why it cannot be resolved. */
function openReview(ctx: ServiceContext, uid: string): ReviewRow {
  const row = ctx.db.select().from(identityReview).where(eq(identityReview.uid, uid)).get();
  if (!row) throw new AppError('NOT_FOUND', msg('workerReview.review.notFound'), { uid });
  if (row.state !== 'open') {
    throw new AppError('CONFLICT', msg('workerReview.review.alreadyResolved', { state: msg(`workerReview.review.state.${row.state}`), who: row.resolvedBy ?? '—' }), { uid });
  }
  return row;
}

export function resolveIdentityReview(ctx: ServiceContext, input: { uid: string; action: 'useFile' | 'keepRegister' }): IdentityReviewItem {
  const review = openReview(ctx, input.uid);
  const before = ctx.db.select().from(person).where(eq(person.id, review.personId)).get()!;
  const state = input.action === 'useFile' ? 'applied' : 'dismissed';
  const resolve = (scope: WriteScope, now: string) => {
    const after = updateRowById(ctx.sqlite, identityReview, review.id, { state, resolvedBy: ctx.actor.name, resolvedAt: now, updatedAt: now });
    scope.audit({
      action: input.action === 'useFile' ? 'apply' : 'dismiss',
      entity: 'identity_review',
      entityUid: review.uid,
      label: review.fileName,
      before: { state: review.state, person: before.uid },
      after: { state: after.state, person: before.uid, resolvedBy: after.resolvedBy },
    });
  };

  if (input.action === 'keepRegister') {
    writeAudited(ctx, (scope) => resolve(scope, ctx.now().toISOString()));
  } else {
    useFileData(ctx, review, before, resolve);
  }
  return itemOf(ctx, ctx.db.select().from(identityReview).where(eq(identityReview.id, review.id)).get()!);
}

/** The person takes what the file said; the row's period is added or extends one, as an import would. */
function useFileData(ctx: ServiceContext, review: ReviewRow, before: PersonTableRow, resolve: (scope: WriteScope, now: string) => void) {
  if (before.recordStatus !== 'aktif') throw invalidInput(msg('workerReview.review.personNotActive', { status: msg(`workers.recordStatus.${before.recordStatus}`) }));
  const { values, provided } = JSON.parse(review.fileValues) as ReviewedRow;
  const filled = new Set(provided);
  // The employer the row named may have been removed since the import.
  if (values.period.employerId !== null && !stmt(ctx.sqlite, "SELECT 1 FROM employer WHERE id = ? AND record_status <> 'dihapus'").get(values.period.employerId)) {
    throw invalidInput(msg('workers.save.periodEmployerNotFound', { start: values.period.startDate }));
  }
  const columns = personColumnsFromRow(values, filled, before);
  const known = periodRows(ctx, before.id);
  const merged = mergePeriod(known, values.period, values.kpj, (field) => filled.has(field), new Set());
  // The person's periods as they would be: the rules of every save (overlap, end before start, PU without employer).
  const changed = 'extends' in merged ? { id: merged.extends.id, columns: merged.columns } : merged.splits?.columns ? { id: merged.splits.period.id, columns: merged.splits.columns } : null;
  const spans = known.map((k) => (changed?.id === k.id ? { ...k, ...(changed.columns as Partial<typeof k>) } : k));
  if ('adds' in merged) spans.push({ ...(merged.adds as Omit<typeof known[number], 'id'>), id: 0 } as (typeof known)[number]);
  const problems = periodProblems(spans.map((s) => ({ segment: s.segment, startDate: s.startDate, endDate: s.endDate, employerId: s.employerId })));
  if (problems.length) throw invalidInput(problems[0]!.said);

  writeAudited(ctx, (scope) => {
    const now = ctx.now().toISOString();
    const after = updateRowById(ctx.sqlite, person, before.id, { ...(columns as Partial<PersonTableRow>), identityMismatch: Boolean(columns.identityMismatch), updatedAt: now });
    if (changed) updateRowById(ctx.sqlite, participationPeriod, changed.id, { ...(changed.columns as object), updatedAt: now });
    if ('adds' in merged) insertRow(ctx.sqlite, participationPeriod, { ...(merged.adds as typeof participationPeriod.$inferInsert), uid: newUid(), personId: before.id, createdAt: now, updatedAt: now });
    scope.audit({ action: 'update', entity: 'person', entityUid: after.uid, label: after.name, before: withPeriods(ctx, before, known), after: withPeriods(ctx, after, periodRows(ctx, after.id)) });
    resolve(scope, now);
  });
}
