import { asc, eq } from 'drizzle-orm';
import { newUid } from '../../db/ids.ts';
import { insertRow, updateRowById } from '../../db/fast-write.ts';
import { foldText } from '../../db/fold.ts';
import { stmt } from '../../db/statements.ts';
import { participationPeriod, person } from '../../db/schema/index.ts';
import type { PersonDetail, PersonRecordStatus, PersonValues } from '../api/workers.ts';
import type { Message } from '../api/messages/message.ts';
import { AppError, invalidInput, notFound } from '../app-error.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { checkRegions } from '../employers/employer-checks.ts';
import { msg } from '../messages.ts';
import { analyzeNikValue, officeTodayIso } from '../reference/nik/nik-service.ts';
import { officeSettings } from '../settings/office-profile-service.ts';
import { programmeFlags, resolvePeriodProgramme } from '../programmes/period-programme.ts';
import { countedSpans, covers, participationAt } from './participation-status.ts';
import { ageAt, earliestBirth, implausibleWorkingAge, periodProblems } from './period-checks.ts';
import { birthAfterToday, identityDisagreements, readNik } from './person-nik.ts';
import { auditView, keptPeriods, toPeriod, toPerson, type PeriodTableRow, type PersonTableRow } from './person-record.ts';
import { dayMonthYear } from '../api/calendar-day.ts';
import { mergedInto, shownStatusReason } from './duplicates/merge-mark.ts';

// The worker register's form path: a person with their periods saved in one transaction with
// one audit row (the periods are summed up in it, so the person's history shows them), and
// record statuses (died, moved away, entered in error) with a reason and a date.

export const personNotFound = (uid: string) => notFound(msg('workers.noun'), { uid });

export function findPersonRow(ctx: ServiceContext, uid: string): PersonTableRow | undefined {
  return ctx.db.select().from(person).where(eq(person.uid, uid)).get();
}

export function periodRows(ctx: ServiceContext, personId: number): PeriodTableRow[] {
  return ctx.db.select().from(participationPeriod).where(eq(participationPeriod.personId, personId)).orderBy(asc(participationPeriod.startDate), asc(participationPeriod.id)).all();
}

export const withPeriods = (ctx: ServiceContext, row: PersonTableRow | undefined, periods: PeriodTableRow[]) => {
  const view = auditView(row);
  return view ? { ...view, periods: keptPeriods(ctx.sqlite, periods) } : null;
};

/** NIK warnings and typed values that differ from the NIK: shown on the person's page. */
function flagsOf(ctx: ServiceContext, row: PersonTableRow): Message[] {
  const reading = readNik(analyzeNikValue(ctx, { value: row.nik }));
  const warnings = reading.ok ? reading.warnings : [reading.said];
  return [...identityDisagreements(row, row), ...warnings];
}

export function getPerson(ctx: ServiceContext, uid: string): PersonDetail {
  const row = findPersonRow(ctx, uid);
  if (!row) throw personNotFound(uid);
  const periods = periodRows(ctx, row.id);
  const today = officeTodayIso(ctx);
  const merged = mergedInto(ctx.sqlite, row);
  // Entered in error: its periods count nowhere, though they stay listed (not "never registered").
  const statusToday = merged ? 'digabung' : row.recordStatus === 'salah_input' ? 'tidak_dihitung' : participationAt(countedSpans(periods, row), today);
  // An age confirmed at the save (or saved by an import's warning) stays flagged on the page.
  const age = row.birthDate && statusToday === 'aktif' ? ageAt(row.birthDate, today) : null;
  const ageFlag = age !== null && implausibleWorkingAge(age) ? [msg('workers.flags.ageImplausible', { age, birth: dayMonthYear(row.birthDate) })] : [];
  const flags = [...flagsOf(ctx, row), ...ageFlag, ...programmeFlags(ctx, periods)];
  const shown = { ...toPerson(ctx.sqlite, row), statusReason: shownStatusReason(row.statusReason) };
  return { person: shown, periods: periods.map((p) => toPeriod(ctx.sqlite, p)), statusToday, mergedInto: merged, today, flags };
}

/** A code of an editable list, active (a record may keep an item deactivated since). */
export function checkListCode(ctx: ServiceContext, list: 'vulnerable_category' | 'funding_source', code: string | null, kept: string | null | undefined): boolean {
  if (!code || code === kept) return true;
  return Boolean(stmt(ctx.sqlite, 'SELECT 1 FROM lookup_item WHERE list = ? AND code = ? AND active = 1').get(list, code));
}

function resolveEmployer(ctx: ServiceContext, uid: string | null): number | null {
  if (!uid) return null;
  return (stmt(ctx.sqlite, "SELECT id FROM employer WHERE uid = ? AND record_status <> 'dihapus'").pluck().get(uid) as number | undefined) ?? null;
}

export function savePerson(ctx: ServiceContext, values: PersonValues): PersonDetail {
  const before = values.uid ? findPersonRow(ctx, values.uid) : undefined;
  if (values.uid && !before) throw personNotFound(values.uid);
  if (before && before.recordStatus !== 'aktif') throw invalidInput(msg('workers.save.notActiveRestoreFirst', { status: msg(`workers.recordStatus.${before.recordStatus}`) }));

  const reading = readNik(analyzeNikValue(ctx, { value: values.nik, fromNumericCell: false }));
  if (!reading.ok) throw invalidInput(reading.said, { issues: [{ path: 'nik' }] });
  if (reading.repaired && !values.confirmNikRepair) throw new AppError('CONFLICT', reading.repaired, { kind: 'nik_repair', nik: reading.nik, issues: [{ path: 'nik' }] });
  const other = stmt(ctx.sqlite, 'SELECT uid, name FROM person WHERE nik = ? AND id IS NOT ?').get(reading.nik, before?.id ?? null) as { uid: string; name: string } | undefined;
  if (other) throw new AppError('CONFLICT', msg('workers.save.nikInUse', { nik: reading.nik, name: other.name }), { kind: 'nik_in_use', existingUid: other.uid, issues: [{ path: 'nik' }] });

  const today = officeTodayIso(ctx);
  const futureBirth = birthAfterToday(values.birthDateTyped, today);
  if (futureBirth) throw invalidInput(futureBirth, { issues: [{ path: 'birthDateTyped' }] });
  checkRegions(ctx.sqlite, values, officeSettings(ctx).areaCode);
  if (!checkListCode(ctx, 'vulnerable_category', values.category, before?.category)) {
    throw invalidInput(msg('workers.save.unknownCategory', { code: values.category ?? '' }), { issues: [{ path: 'category' }] });
  }

  // Periods: their employers found, the list's own rules checked.
  const oldPeriods = before ? periodRows(ctx, before.id) : [];
  const periods = values.periods.map((p, index) => {
    const old = p.uid ? oldPeriods.find((o) => o.uid === p.uid) : undefined;
    if (p.uid && !old) throw invalidInput(msg('workers.save.periodNotFound'), { issues: [{ path: `periods.${index}` }] });
    const employerId = resolveEmployer(ctx, p.employerUid);
    if (p.employerUid && employerId === null) throw invalidInput(msg('workers.save.periodEmployerNotFound', { start: p.startDate }), { issues: [{ path: `periods.${index}.employerUid` }] });
    if (!checkListCode(ctx, 'funding_source', p.funding, old?.funding)) throw invalidInput(msg('workers.save.unknownFunding', { code: p.funding ?? '' }), { issues: [{ path: `periods.${index}.funding` }] });
    const programmeId = resolvePeriodProgramme(ctx, p.programmeUid, index, p.startDate);
    return { old, columns: periodColumns(p, employerId, programmeId) };
  });
  const problems = periodProblems(periods.map((p) => p.columns), earliestBirth(reading.birthDate, values.birthDateTyped));
  // The first problem at its own field: the form shows one message per refusal, and put on every
  // field it landed on another period's (an overlap's start said "needs an employer"; walk 30).
  if (problems.length) throw invalidInput(problems[0]!.said, { issues: [{ path: `periods.${problems[0]!.index}.${problems[0]!.field}` }] });

  if (!values.confirmAge && reading.birthDate && periods.some((p) => covers(p.columns, today))) {
    const age = ageAt(reading.birthDate, today);
    if (implausibleWorkingAge(age)) {
      throw new AppError('CONFLICT', msg('workers.save.ageImplausible', { age, birth: dayMonthYear(reading.birthDate) }), { kind: 'implausible_age', age });
    }
  }

  const columns = personColumns(values, reading);
  const uid = writeAudited(ctx, (scope) => {
    const now = ctx.now().toISOString();
    const after = before
      ? updateRowById(ctx.sqlite, person, before.id, { ...columns, updatedAt: now })
      : insertRow(ctx.sqlite, person, { uid: newUid(), ...columns, createdAt: now, updatedAt: now });
    const kept = new Set<number>();
    for (const p of periods) {
      if (p.old) {
        kept.add(p.old.id);
        updateRowById(ctx.sqlite, participationPeriod, p.old.id, { ...p.columns, updatedAt: now });
      } else {
        insertRow(ctx.sqlite, participationPeriod, { uid: newUid(), personId: after.id, ...p.columns, createdAt: now, updatedAt: now });
      }
    }
    // A period left out of the form was entered in error: it goes, and the audit row keeps it.
    for (const old of oldPeriods) if (!kept.has(old.id)) stmt(ctx.sqlite, 'DELETE FROM participation_period WHERE id = ?').run(old.id);
    scope.audit({ action: before ? 'update' : 'create', entity: 'person', entityUid: after.uid, label: after.name, before: withPeriods(ctx, before, oldPeriods), after: withPeriods(ctx, after, periodRows(ctx, after.id)) });
    return after.uid;
  });
  return getPerson(ctx, uid);
}

export function personColumns(values: Omit<PersonValues, 'periods' | 'uid' | 'nik' | 'confirmNikRepair' | 'confirmAge'>, nik: { nik: string; sex: 'L' | 'P' | null; birthDate: string | null }) {
  return {
    nik: nik.nik,
    name: values.name,
    nameFold: foldText(values.name) ?? '',
    sex: nik.sex,
    birthDate: nik.birthDate,
    sexTyped: values.sexTyped,
    birthDateTyped: values.birthDateTyped,
    identityMismatch: identityDisagreements(nik, values).length > 0,
    address: values.address,
    kecamatanCode: values.kecamatanCode,
    desaCode: values.desaCode,
    phone: values.phone,
    occupation: values.occupation,
    category: values.category,
    kpj: values.kpj || null,
    notes: values.notes,
  };
}

export function periodColumns(p: Omit<PersonValues['periods'][number], 'uid' | 'employerUid' | 'programmeUid'>, employerId: number | null, programmeId: number | null) {
  return {
    segment: p.segment,
    employerId,
    kpj: p.kpj || null,
    programmes: JSON.stringify(p.programmes),
    startDate: p.startDate,
    endDate: p.endDate,
    wage: p.wage,
    declaredIncome: p.declaredIncome,
    funding: p.funding,
    programmeId,
    source: p.source,
    sourceDate: p.sourceDate,
  };
}

/** Died, moved away, entered in error, or back to active: the record stays, with the reason and date. */
export function setPersonStatus(ctx: ServiceContext, input: { uid: string; recordStatus: PersonRecordStatus; reason: string; date: string | null }): PersonDetail {
  const before = findPersonRow(ctx, input.uid);
  if (!before) throw personNotFound(input.uid);
  if (before.recordStatus === input.recordStatus) return getPerson(ctx, input.uid);
  // Set back to active by hand, a record merged away would stand beside the person its periods
  // went to, and the merge could no longer be undone: only its undo gives the record back.
  const kept = mergedInto(ctx.sqlite, before);
  if (kept) throw new AppError('CONFLICT', msg('workers.save.mergedAway', { nik: kept.nik }), { kind: 'merged_away', keptUid: kept.uid });
  // The day it happened, as the office reports it: not after today, and not before the person was
  // born. The birth is the earlier of the NIK's and the one typed: the NIK's two-digit year may be
  // a century late, and a typed birth date then lets the real day be saved.
  const today = officeTodayIso(ctx);
  if (input.recordStatus !== 'aktif' && input.date !== null && input.date > today) {
    throw invalidInput(msg('workers.save.statusDateAfterToday', { date: dayMonthYear(input.date), today: dayMonthYear(today) }), { issues: [{ path: 'date' }] });
  }
  const born = earliestBirth(before.birthDate, before.birthDateTyped);
  if (input.recordStatus !== 'aktif' && input.date !== null && born && input.date < born) {
    throw invalidInput(msg('workers.save.statusDateBeforeBirth', { date: dayMonthYear(input.date), birth: dayMonthYear(born) }), { issues: [{ path: 'date' }] });
  }
  writeAudited(ctx, ({ audit }) => {
    const now = ctx.now().toISOString();
    const after = updateRowById(ctx.sqlite, person, before.id, {
      recordStatus: input.recordStatus,
      statusReason: input.reason,
      statusDate: input.recordStatus === 'aktif' ? null : (input.date ?? today),
      updatedAt: now,
    });
    const action = { aktif: 'restore', meninggal: 'died', pindah: 'moved', salah_input: 'remove' }[input.recordStatus];
    audit({ action, entity: 'person', entityUid: after.uid, label: after.name, before: auditView(before), after: auditView(after) });
  });
  return getPerson(ctx, input.uid);
}
