import { officeTodayIso } from '../reference/nik/nik-service.ts';
import { msg } from '../messages.ts';
import { stmt } from '../../db/statements.ts';
import { newUid } from '../../db/ids.ts';
import { eq } from 'drizzle-orm';
import { derivedWorkersTotal, type Employer, type EmployerDetail, type EmployerValues, type RecordStatus } from '../api/employers.ts';
import { AppError, invalidInput, notFound } from '../app-error.ts';
import { writeAudited, type WriteScope } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { employer } from '../../db/schema/index.ts';
import { insertRow, updateRowById } from '../../db/fast-write.ts';
import { officeSettings } from '../settings/office-profile-service.ts';
import { checkEmployerDates, checkKbli, checkRegions, checkUniqueIds, newRegistrationFindings, registrationFindingSaid, similarInDesa } from './employer-checks.ts';
import { auditView, toColumns, toEmployer, type EmployerTableRow } from './employer-record.ts';
import { listFollowUps } from './follow-up-service.ts';
import { checkWorkforce, sentences } from './workforce-check.ts';

export const employerNotFound = (uid: string) => notFound(msg('things.employer'), { uid });

export function findEmployerRow(ctx: Pick<ServiceContext, 'db'>, uid: string): EmployerTableRow | undefined {
  return ctx.db.select().from(employer).where(eq(employer.uid, uid)).get();
}

export function getEmployer(ctx: ServiceContext, uid: string): EmployerDetail {
  const row = findEmployerRow(ctx, uid);
  if (!row) throw employerNotFound(uid);
  const branches = stmt(ctx.sqlite, "SELECT uid, name, record_status AS recordStatus FROM employer WHERE head_office_id = ? AND record_status <> 'dihapus' ORDER BY name_fold").all(row.id) as EmployerDetail['branches'];
  return { employer: toEmployer(ctx.sqlite, row), followUps: listFollowUps(ctx, row.id), branches };
}

function headOfficeId(ctx: ServiceContext, values: EmployerValues, selfId: number | null): number | null {
  if (values.officeType !== 'cabang') return null;
  const head = values.headOfficeUid ? findEmployerRow(ctx, values.headOfficeUid) : undefined;
  if (!head || head.id === selfId || head.officeType !== 'pusat' || head.recordStatus === 'dihapus') {
    throw invalidInput(
      msg('employerSave.branchNeedsHead'),
      { issues: [{ path: 'headOfficeUid', messageKey: 'validation.headOffice' }] },
    );
  }
  return head.id;
}

/** Validation every employer write shares (form save and import). Returns the derived columns. */
export function prepareEmployerWrite(
  ctx: ServiceContext,
  values: EmployerValues,
  selfId: number | null,
  officeArea: string | null,
  options: { idsKnownUnique?: boolean; levelOf?: (code: string) => number | undefined; today?: string } = {},
) {
  const kbliSection = checkKbli(values.kbliCodes);
  checkEmployerDates(values, options.today ?? officeTodayIso(ctx));
  checkRegions(ctx.sqlite, values, officeArea, options.levelOf);
  if (!options.idsKnownUnique) checkUniqueIds(ctx.sqlite, values, selfId);
  // Splits without a total: the total is their sum when the split by sex is complete.
  const counted = { ...values, workersTotal: derivedWorkersTotal(values) };
  checkWorkforce(counted);
  return toColumns(counted, { kbliSection, headOfficeId: headOfficeId(ctx, values, selfId) });
}

/** Inserts or updates one row inside an open write scope and records its audit row. */
export function writeEmployer(
  ctx: ServiceContext,
  scope: WriteScope,
  columns: ReturnType<typeof toColumns>,
  before: EmployerTableRow | undefined,
  extra: { action?: string } = {},
): EmployerTableRow {
  const now = ctx.now().toISOString();
  const after = before
    ? updateRowById(ctx.sqlite, employer, before.id, { ...columns, updatedAt: now })
    : insertRow(ctx.sqlite, employer, { uid: newUid(), ...columns, createdAt: now, updatedAt: now });
  scope.audit({ action: extra.action ?? (before ? 'update' : 'create'), entity: 'employer', entityUid: after.uid, label: after.name, before: auditView(before), after: auditView(after) });
  return after;
}

export function saveEmployer(ctx: ServiceContext, values: EmployerValues): Employer {
  const before = values.uid ? findEmployerRow(ctx, values.uid) : undefined;
  if (values.uid && !before) throw employerNotFound(values.uid);
  if (before?.recordStatus === 'dihapus') {
    throw invalidInput(msg('employerSave.removedRestoreFirst'));
  }
  const columns = prepareEmployerWrite(ctx, values, before?.id ?? null, officeSettings(ctx).areaCode);
  const nameOrPlaceChanged = !before || before.nameFold !== columns.nameFold || before.desaCode !== columns.desaCode;
  if (nameOrPlaceChanged && !values.confirmSimilarName) {
    const similar = similarInDesa(ctx.sqlite, values.name, values.desaCode, before?.id ?? null);
    if (similar.length > 0) {
      throw new AppError(
        'CONFLICT',
        msg('employerSave.similarName', { names: similar.map((s) => `"${s.name}"`).join(', ') }),
        { kind: 'similar_name', similar },
      );
    }
  }
  if (!values.confirmRegistrationGaps) {
    // Only what this save introduces: an old record's known gap does not ask again on every edit.
    const findings = newRegistrationFindings(values, before ? toEmployer(ctx.sqlite, before) : null);
    if (findings.length > 0) {
      throw new AppError(
        'CONFLICT',
        sentences(findings.map(registrationFindingSaid)),
        { kind: 'registration_gaps', findings },
      );
    }
  }
  const row = writeAudited(ctx, (scope) => writeEmployer(ctx, scope, columns, before));
  return toEmployer(ctx.sqlite, row);
}

/** Close (tutup), remove (dihapus) or restore (aktif) a record: it stays, with the reason. */
export function setEmployerStatus(ctx: ServiceContext, input: { uid: string; recordStatus: RecordStatus; reason: string }): Employer {
  const before = findEmployerRow(ctx, input.uid);
  if (!before) throw employerNotFound(input.uid);
  if (before.recordStatus === input.recordStatus) return toEmployer(ctx.sqlite, before);
  if (input.recordStatus === 'aktif') {
    // Restoring must not create a duplicate identity number.
    checkUniqueIds(ctx.sqlite, { nib: before.nib ?? '', npwp: before.npwp ?? '', npp: before.npp ?? '' }, before.id);
  }
  const row = writeAudited(ctx, ({ db, audit }) => {
    const after = db
      .update(employer)
      .set({ recordStatus: input.recordStatus, statusReason: input.reason, statusDate: officeTodayIso(ctx), updatedAt: ctx.now().toISOString() })
      .where(eq(employer.id, before.id))
      .returning()
      .get();
    const action = { aktif: 'restore', tutup: 'close', dihapus: 'remove' }[input.recordStatus];
    audit({ action, entity: 'employer', entityUid: after.uid, label: after.name, before: auditView(before), after: auditView(after) });
    return after;
  });
  return toEmployer(ctx.sqlite, row);
}
