import { stmt } from '../../db/statements.ts';
import { invalidInput } from '../app-error.ts';
import type { ServiceContext } from '../context.ts';
import { msg } from '../messages.ts';
import { checkListCode } from '../workers/person-service.ts';

// The checks of a coverage input that need the data: the area is a known region, a programme
// uid names a programme, a category or funding code is in its editable list. Each throws an
// invalid-input error naming its field, so the form (and an import row) shows it in place.

/** The region's name; the code must be in the region table. */
export function checkedAreaName(ctx: ServiceContext, code: string): string {
  const name = stmt(ctx.sqlite, 'SELECT name FROM region WHERE code = ?').pluck().get(code) as string | undefined;
  if (name === undefined) throw invalidInput(msg('coverageInputs.check.unknownArea', { code }), { issues: [{ path: 'areaCode' }] });
  return name;
}

/** The programme's row id, or null for none. */
export function checkedProgrammeId(ctx: ServiceContext, uid: string | null): number | null {
  if (!uid) return null;
  const id = stmt(ctx.sqlite, 'SELECT id FROM worker_programme WHERE uid = ?').pluck().get(uid) as number | undefined;
  if (id === undefined) throw invalidInput(msg('coverageInputs.check.unknownProgramme'), { issues: [{ path: 'programmeUid' }] });
  return id;
}

/** A code of an editable list (a code kept from before stays allowed on its record). */
export function checkListField(ctx: ServiceContext, list: 'vulnerable_category' | 'funding_source', field: string, code: string | null, kept: string | null | undefined): void {
  if (checkListCode(ctx, list, code, kept)) return;
  const key = list === 'vulnerable_category' ? 'coverageInputs.check.unknownCategory' : 'coverageInputs.check.unknownFunding';
  throw invalidInput(msg(key, { code: code ?? '' }), { issues: [{ path: field }] });
}

/** A uid's programme name (lists show it). */
export const programmeNameSql = (column: string) => `(SELECT p.name FROM worker_programme p WHERE p.id = ${column})`;
export const programmeUidSql = (column: string) => `(SELECT p.uid FROM worker_programme p WHERE p.id = ${column})`;
