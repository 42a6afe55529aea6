import { stmt } from '../../db/statements.ts';
import type { RuleEffect } from '../api/coverage.ts';
import { AppError, invalidInput } from '../app-error.ts';
import type { ServiceContext } from '../context.ts';
import type { MessageLanguage } from '../api/messages/message.ts';
import { inBoth, msg, render } from '../messages.ts';
import { regulationLabel, type LabelFields } from '../regulations/regulation-label.ts';
import { officeSettings } from '../settings/office-profile-service.ts';
import { listLabel, regionName } from './labels.ts';
import type { CountScope } from './scoped-figure.ts';
import { monthsBetween, trendOf } from './trend.ts';

// The effect of a rule, as a before/after comparison (not proof of cause): coverage in its scope
// over the 12 months before its effective month and the 12 after, from the regulations register.
// Scope: the programmes naming it as their legal basis (by the link, or by its number and year in an
// older programme's text) where there are any, else
// the vulnerable-worker categories its commitments name, else everyone in its area.

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `token` in `text` with no letter or digit right beside it. */
const citesToken = (text: string, token: string) => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(token)}($|[^\\p{L}\\p{N}])`, 'u').test(text);

interface RegulationRow extends LabelFields {
  id: number;
  uid: string;
  areaCode: string | null;
  effectiveDate: string | null;
  tanggalPenetapan: string | null;
}

const shiftMonth = (month: string, by: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + by, 1)).toISOString().slice(0, 7);
};

export function ruleEffect(ctx: ServiceContext, regulationUid: string): RuleEffect {
  const r = stmt(
    ctx.sqlite,
    `SELECT id, uid, jenis, singkatan_jenis AS singkatanJenis, teu_badan AS teuBadan, nomor, tahun, judul, area_code AS areaCode, effective_date AS effectiveDate, tanggal_penetapan AS tanggalPenetapan
     FROM regulation WHERE uid = ?`,
  ).get(regulationUid) as RegulationRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', msg('coverage.errors.regulationNotFound', { uid: regulationUid }));
  const title = regulationLabel(r);
  const effectiveDate = r.effectiveDate ?? r.tanggalPenetapan;
  if (!effectiveDate) throw invalidInput(msg('coverage.errors.regulationNoDate', { title }));
  if (!r.areaCode) throw invalidInput(msg('coverage.errors.regulationNoArea', { title }));
  const areaName = regionName(ctx.sqlite, r.areaCode) ?? r.areaCode;

  const categories = stmt(ctx.sqlite, 'SELECT DISTINCT category FROM regulation_commitment WHERE regulation_id = ? AND category IS NOT NULL ORDER BY category').pluck().all(r.id) as string[];
  // The programmes naming this rule as their legal basis: by the link, else (an older programme
  // with only the text) by its number and year in that text.
  const candidates = stmt(
    ctx.sqlite,
    "SELECT id, uid, name, legal_basis_regulation_id AS linked, legal_basis AS text FROM worker_programme WHERE legal_basis_regulation_id = ? OR (legal_basis_regulation_id IS NULL AND legal_basis <> '') ORDER BY id",
  ).all(r.id) as { id: number; uid: string; name: string; linked: number | null; text: string }[];
  // The text names the rule when its number and year stand as words of their own ("48/2023", "No. 48 Tahun 2023"; not "148").
  const cites = (text: string) => Boolean(r.nomor && r.tahun) && citesToken(text, r.nomor) && citesToken(text, String(r.tahun));
  const programmes = candidates.filter((p) => p.linked === r.id || cites(p.text));
  // People with no domicile recorded count in the office's own area, as on the dashboard.
  const office = officeSettings(ctx).areaCode;
  const withUnknownArea = office !== null && (office === r.areaCode || office.startsWith(`${r.areaCode}.`));
  const scope: CountScope = { areaCode: r.areaCode, withUnknownArea, ...(programmes.length ? { programmeIds: programmes.map((p) => p.id) } : categories.length ? { categories } : {}) };
  const categoryLabels = categories.map((c) => listLabel(ctx.sqlite, 'vulnerable_category', c));
  const what = (language: MessageLanguage) => (programmes.length ? programmes.map((p) => p.name) : categoryLabels.map((l) => l[language])).join(', ');
  const describe = (language: MessageLanguage) =>
    `${render(what(language) ? msg('coverage.ruleEffect.scoped', { what: what(language), area: areaName }) : msg('coverage.ruleEffect.everyone', { area: areaName }), language)}. ${render(msg('coverage.ruleEffect.caution'), language)}`;

  const month = effectiveDate.slice(0, 7);
  const months = trendOf(ctx, scope, monthsBetween(shiftMonth(month, -12), shiftMonth(month, 12)));
  // Before: the last month end before the rule took effect; after: the last point counted (12 months on, or today).
  const before = [...months].reverse().find((p) => p.date < effectiveDate) ?? null;
  const after = months.length && months.at(-1)!.date >= effectiveDate ? months.at(-1)! : null;
  // Several categories or programmes: the percentages are shares of the area's workers (said here).
  const several = (scope.programmeIds?.length ?? 0) > 1 || (scope.categories?.length ?? 0) > 1;
  const base = several ? months.find((p) => p.denominator)?.denominator : undefined;
  const said = inBoth((language) => (base ? `${describe(language)} ${render(msg('coverage.ruleEffect.sharedBase', { denominator: base.name }), language)}` : describe(language)));
  return {
    regulation: { uid: r.uid, title, effectiveDate, areaCode: r.areaCode, areaName },
    scope: { categories: programmes.length ? [] : categories, programmeUids: programmes.map((p) => p.uid), description: said.id, descriptionText: said },
    months,
    before,
    after,
    changePeople: before && after ? after.numerator - before.numerator : null,
    changePoints: before?.percent != null && after?.percent != null ? Math.round((after.percent - before.percent) * 100) / 100 : null,
  };
}
