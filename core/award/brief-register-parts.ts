import type { ServiceContext } from '../context.ts';
import { listProgrammes } from '../programmes/programme-queries.ts';
import { regulationLabel } from '../regulations/regulation-label.ts';
import { officeSettings } from '../settings/office-profile-service.ts';
import type { CycleRow } from './award-rows.ts';
import { regulationsForBrief, regulationsInForce } from './freeze-tables.ts';
import type { BriefSource } from './package/package-source.ts';

// What the head of region's brief reads from other registers: the regulations in force at the
// period's end and the programmes' budget against enrolled. A draft cycle's brief reads them as
// they are today; an approval freezes them beside the cycle (award_frozen 'brief'), so a rule
// entered or a programme changed afterwards does not reach the brief of the approved data.

export const frozenBriefKey = 'brief';

export type BriefRegisterParts = Pick<BriefSource, 'regulations' | 'budget'>;

export function briefRegisterParts(ctx: ServiceContext, cycle: Pick<CycleRow, 'periodStart' | 'periodEnd' | 'year'>): BriefRegisterParts {
  const years = [Number(cycle.periodStart.slice(0, 4)), Number(cycle.periodEnd.slice(0, 4)), cycle.year];
  const budget = listProgrammes(ctx)
    .filter((p) => p.year >= Math.min(...years) && p.year <= Math.max(...years))
    .sort((a, b) => a.year - b.year || a.name.localeCompare(b.name, 'id') || a.uid.localeCompare(b.uid))
    .map((p) => ({ label: `${p.name} (${p.year})`, amount: p.budget, enrolled: p.enrolled, target: p.target }));
  const regulations = regulationsForBrief(regulationsInForce(ctx, cycle.periodEnd), officeSettings(ctx).areaCode).map((r) => ({ label: regulationLabel(r), judul: r.judul, effectiveDate: r.effective }));
  return { regulations, budget };
}
