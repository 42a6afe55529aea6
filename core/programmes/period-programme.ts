import type { Sqlite } from '../../db/open.ts';
import { stmt } from '../../db/statements.ts';
import type { BpuProgramme } from '../api/contribution-results.ts';
import type { Message } from '../api/messages/message.ts';
import { invalidInput } from '../app-error.ts';
import type { ServiceContext } from '../context.ts';
import { msg } from '../messages.ts';
import { jsonList } from '../registers/record-fields.ts';
import { dayMonthYear } from '../api/calendar-day.ts';

// A participation period and the programme that pays it. The programme is found by its uid
// (an unknown one is refused); a period whose segment, funding, programmes or dates disagree
// with its programme is saved and flagged on the person's page, never refused: the list the
// office received may be right and the programme's record behind.


interface ProgrammeFacts {
  id: number;
  uid: string;
  name: string;
  year: number;
  funding: string;
  package: string;
}

const byUid = 'SELECT id, uid, name, year, funding, package FROM worker_programme WHERE uid = ?';
const byId = 'SELECT id, uid, name, year, funding, package FROM worker_programme WHERE id = ?';

/** The programme's row id for a period of the form (index: its place in the form). */
export function resolvePeriodProgramme(ctx: ServiceContext, uid: string | null, index: number, start: string): number | null {
  if (!uid) return null;
  const found = stmt(ctx.sqlite, byUid).get(uid) as ProgrammeFacts | undefined;
  if (!found) throw invalidInput(msg('programmes.period.notFound', { start: dayMonthYear(start) }), { issues: [{ path: `periods.${index}.programmeUid` }] });
  return found.id;
}

/** The programme's uid and name for a period's row. */
export function periodProgramme(sqlite: Sqlite, programmeId: number | null): { uid: string; name: string } | null {
  if (programmeId === null) return null;
  return (stmt(sqlite, 'SELECT uid, name FROM worker_programme WHERE id = ?').get(programmeId) as { uid: string; name: string } | undefined) ?? null;
}

interface PeriodFacts {
  segment: string;
  startDate: string;
  endDate: string | null;
  funding: string | null;
  programmes: string;
  programmeId: number | null;
}

/** What to check on a person's periods that name a programme: warnings, never refusals. */
export function programmeFlags(ctx: ServiceContext, periods: readonly PeriodFacts[]): Message[] {
  const flags: Message[] = [];
  const label = stmt(ctx.sqlite, "SELECT label_id FROM lookup_item WHERE list = 'funding_source' AND code = ?").pluck();
  const fundingName = (code: string | null) => (code ? ((label.get(code) as string | undefined) ?? code) : '—');
  for (const p of periods) {
    if (p.programmeId === null) continue;
    const programme = stmt(ctx.sqlite, byId).get(p.programmeId) as ProgrammeFacts | undefined;
    if (!programme) continue;
    const start = dayMonthYear(p.startDate);
    const named = { start, programme: programme.name };
    if (p.segment !== 'BPU') flags.push(msg('programmes.period.notBpu', { ...named, segment: p.segment === 'JAKON' ? 'Jakon' : p.segment }));
    if (p.funding !== programme.funding) flags.push(msg('programmes.period.fundingDiffers', { ...named, programmeFunding: fundingName(programme.funding), funding: fundingName(p.funding) }));
    const pays = jsonList<BpuProgramme>(programme.package);
    const has = jsonList<string>(p.programmes);
    if (pays.some((c) => !has.includes(c))) flags.push(msg('programmes.period.packageDiffers', { ...named, package: pays.join(' + '), programmes: has.length ? has.join(', ') : '—' }));
    if (p.startDate > `${programme.year}-12-31` || (p.endDate !== null && p.endDate < `${programme.year}-01-01`)) flags.push(msg('programmes.period.outsideYear', { ...named, year: programme.year }));
  }
  return flags;
}
