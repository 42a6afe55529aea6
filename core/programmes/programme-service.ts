import { eq } from 'drizzle-orm';
import { newUid } from '../../db/ids.ts';
import { insertRow, updateRowById } from '../../db/fast-write.ts';
import { stmt } from '../../db/statements.ts';
import { regulation, workerProgramme } from '../../db/schema/index.ts';
import type { BpuProgramme } from '../api/contribution-results.ts';
import type { ContributionBasis, Programme, ProgrammeChoice, ProgrammeRegulationLink, ProgrammeValues } from '../api/programmes.ts';
import { invalidInput, notFound } from '../app-error.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { msg } from '../messages.ts';
import { jsonList } from '../registers/record-fields.ts';
import { labelOf } from '../regulations/regulation-record.ts';
import { findRegulationRow, statusOfRow } from '../regulations/regulation-service.ts';
import { checkListCode } from '../workers/person-service.ts';
import { programmeContribution } from './programme-contribution.ts';
import { officeTodayIso } from '../reference/nik/nik-service.ts';

// Creating and changing a vulnerable-worker programme with its category targets: one
// transaction, one audit row (the targets summed up in it). Programmes end (status selesai);
// they are never deleted, since periods name them.

export type ProgrammeRow = typeof workerProgramme.$inferSelect;
type TargetRow = { category: string; target: number };

export const programmeNotFound = (uid: string) => notFound(msg('programmes.noun'), { uid });

export function findProgrammeRow(ctx: ServiceContext, uid: string): ProgrammeRow | undefined {
  return ctx.db.select().from(workerProgramme).where(eq(workerProgramme.uid, uid)).get();
}

const targetRows = (ctx: ServiceContext, programmeId: number): TargetRow[] =>
  stmt(ctx.sqlite, 'SELECT category, target FROM worker_programme_target WHERE programme_id = ? ORDER BY target DESC, category').all(programmeId) as TargetRow[];

const listLabel = (ctx: ServiceContext, list: 'funding_source' | 'vulnerable_category', code: string) =>
  (stmt(ctx.sqlite, 'SELECT label_id FROM lookup_item WHERE list = ? AND code = ?').pluck().get(list, code) as string | undefined) ?? code;

/** The regulation a programme names, with its record status (salah_input shows) and status in law today. */
function regulationLink(ctx: ServiceContext, id: number | null): ProgrammeRegulationLink | null {
  if (id === null) return null;
  const r = ctx.db.select().from(regulation).where(eq(regulation.id, id)).get();
  if (!r) return null;
  return { uid: r.uid, label: labelOf(r), judul: r.judul, recordStatus: r.recordStatus, legalStatus: statusOfRow(ctx, r, officeTodayIso(ctx)) };
}

export function toProgramme(ctx: ServiceContext, row: ProgrammeRow): Programme {
  const link = regulationLink(ctx, row.legalBasisRegulationId);
  return {
    uid: row.uid,
    name: row.name,
    year: row.year,
    funding: row.funding,
    fundingLabel: listLabel(ctx, 'funding_source', row.funding),
    package: jsonList<BpuProgramme>(row.package),
    declaredIncome: row.declaredIncome,
    monthlyContribution: row.monthlyContribution,
    contributionBasis: JSON.parse(row.contributionBasis) as ContributionBasis,
    budget: row.budget,
    legalBasisRegulationUid: link?.uid ?? null,
    legalBasisRegulation: link,
    legalBasis: row.legalBasis,
    notes: row.notes,
    status: row.status,
    targets: targetRows(ctx, row.id).map((t) => ({ ...t, categoryLabel: listLabel(ctx, 'vulnerable_category', t.category) })),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function getProgramme(ctx: ServiceContext, uid: string): Programme {
  const row = findProgrammeRow(ctx, uid);
  if (!row) throw programmeNotFound(uid);
  return toProgramme(ctx, row);
}

/** Every programme as the period form offers it: active ones first, newest year first. */
export function programmeChoices(ctx: ServiceContext): ProgrammeChoice[] {
  const rows = stmt(ctx.sqlite, "SELECT uid, name, year, funding, package, status FROM worker_programme ORDER BY status = 'selesai', year DESC, name").all() as (Omit<ProgrammeChoice, 'package'> & { package: string })[];
  return rows.map((r) => ({ ...r, package: jsonList<BpuProgramme>(r.package) }));
}

/** What the audit row keeps of a programme: its columns and its targets in words. */
function auditView(row: ProgrammeRow | undefined, targets: TargetRow[], legalLabel: string) {
  if (!row) return null;
  const { id: _id, createdAt: _c, updatedAt: _u, contributionBasis: _b, legalBasisRegulationId: _r, ...view } = row;
  return { ...view, legalBasisRegulation: legalLabel, targets: targets.map((t) => `${t.category}: ${t.target}`).join('\n') };
}

/**
 * The regulation named as legal basis, by uid: it must exist, and be an active record unless the
 * programme already named it (a record marked entered in error later stays shown as such).
 */
function legalBasisId(ctx: ServiceContext, values: ProgrammeValues, before: ProgrammeRow | undefined): number | null {
  if (values.legalBasisRegulationUid === null) return null;
  const found = findRegulationRow(ctx, values.legalBasisRegulationUid);
  const issues = [{ path: 'legalBasisRegulationUid' }];
  if (!found) throw invalidInput(msg('programmes.save.unknownRegulation'), { issues });
  if (found.recordStatus !== 'aktif' && found.id !== before?.legalBasisRegulationId) {
    throw invalidInput(msg('programmes.save.regulationNotActive', { label: labelOf(found), status: msg(`regulations.recordStatus.${found.recordStatus}`) }), { issues });
  }
  return found.id;
}

function checkValues(ctx: ServiceContext, values: ProgrammeValues, before: ProgrammeRow | undefined, keptCategories: Set<string>) {
  const taken = stmt(ctx.sqlite, 'SELECT 1 FROM worker_programme WHERE name = ? AND year = ? AND id IS NOT ?').get(values.name, values.year, before?.id ?? null);
  if (taken) throw invalidInput(msg('programmes.save.nameTaken', { name: values.name, year: values.year }), { issues: [{ path: 'name' }] });
  if (!checkListCode(ctx, 'funding_source', values.funding, before?.funding)) {
    throw invalidInput(msg('programmes.save.unknownFunding', { code: values.funding }), { issues: [{ path: 'funding' }] });
  }
  if (!values.package.includes('JKK') || !values.package.includes('JKM')) throw invalidInput(msg('programmes.save.packageMinimum'), { issues: [{ path: 'package' }] });
  const seen = new Set<string>();
  values.targets.forEach((t, index) => {
    if (seen.has(t.category)) throw invalidInput(msg('programmes.save.duplicateCategory', { code: t.category }), { issues: [{ path: `targets.${index}.category` }] });
    seen.add(t.category);
    // A category deactivated since the target was set stays allowed on this programme.
    if (!keptCategories.has(t.category) && !checkListCode(ctx, 'vulnerable_category', t.category, null)) {
      throw invalidInput(msg('programmes.save.unknownCategory', { code: t.category }), { issues: [{ path: `targets.${index}.category` }] });
    }
  });
}

/**
 * Creates (no uid) or changes a programme. The contribution is computed on create, and again
 * only when the package, the declared income or the year change, or when asked to
 * (`recalculate`): a rule changed later never silently changes a past programme.
 */
export function saveProgramme(ctx: ServiceContext, values: ProgrammeValues): Programme {
  const before = values.uid ? findProgrammeRow(ctx, values.uid) : undefined;
  if (values.uid && !before) throw programmeNotFound(values.uid);
  const oldTargets = before ? targetRows(ctx, before.id) : [];
  checkValues(ctx, values, before, new Set(oldTargets.map((t) => t.category)));
  const legalBasisRegulationId = legalBasisId(ctx, values, before);

  const packageJson = JSON.stringify(values.package);
  const unchanged = before && before.package === packageJson && before.declaredIncome === values.declaredIncome && before.year === values.year;
  const contribution = unchanged && !values.recalculate ? { monthly: before.monthlyContribution, basisJson: before.contributionBasis } : freshContribution(ctx, values);

  const columns = {
    name: values.name,
    year: values.year,
    funding: values.funding,
    package: packageJson,
    declaredIncome: values.declaredIncome,
    monthlyContribution: contribution.monthly,
    contributionBasis: contribution.basisJson,
    budget: values.budget,
    legalBasisRegulationId,
    legalBasis: values.legalBasis,
    notes: values.notes,
    status: values.status,
  };
  const uid = writeAudited(ctx, ({ audit }) => {
    const now = ctx.now().toISOString();
    const after = before ? updateRowById(ctx.sqlite, workerProgramme, before.id, { ...columns, updatedAt: now }) : insertRow(ctx.sqlite, workerProgramme, { uid: newUid(), ...columns, createdAt: now, updatedAt: now });
    stmt(ctx.sqlite, 'DELETE FROM worker_programme_target WHERE programme_id = ?').run(after.id);
    const insert = stmt(ctx.sqlite, 'INSERT INTO worker_programme_target (programme_id, category, target) VALUES (?, ?, ?)');
    for (const t of values.targets) insert.run(after.id, t.category, t.target);
    audit({ action: before ? 'update' : 'create', entity: 'worker_programme', entityUid: after.uid, label: `${after.name} (${after.year})`,
      before: auditView(before, oldTargets, regulationLink(ctx, before?.legalBasisRegulationId ?? null)?.label ?? ''),
      after: auditView(after, targetRows(ctx, after.id), regulationLink(ctx, after.legalBasisRegulationId)?.label ?? ''),
    });
    return after.uid;
  });
  return getProgramme(ctx, uid);
}

function freshContribution(ctx: ServiceContext, values: ProgrammeValues) {
  const { monthly, basis } = programmeContribution(ctx, values);
  return { monthly, basisJson: JSON.stringify(basis) };
}
