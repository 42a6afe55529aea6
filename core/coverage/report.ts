import { coverageDimensions, coverageSegments, type CoverageDimension, type CoverageFigure, type CoverageReport, type PeopleFilter } from '../api/coverage.ts';
import { invalidInput } from '../app-error.ts';
import type { ServiceContext } from '../context.ts';
import type { LocalizedText } from '../api/localized-text.ts';
import { inBoth, msg, renderBoth } from '../messages.ts';
import { officeSettings } from '../settings/office-profile-service.ts';
import { areaAt, areaLevel, indexAggregates, rowsOf } from './aggregate-choice.ts';
import { coverageCells, type CoverageCell } from './cells.ts';
import { loadAggregates, loadDenominators, type AggregateRow, type FigureScope } from './inputs.ts';
import { loadLabels, programmeLabel, regionName, type Labels } from './labels.ts';
import { buildFigure, noPeople, peopleOf, type FigureInputs, type PeopleCount } from './scoped-figure.ts';
import { keepCoverageCurrent } from './keep-current.ts';
import { targetProgress } from './targets.ts';
import { officeTodayIso } from '../reference/nik/nik-service.ts';

// The coverage report of an area at a date: the total and each breakdown, every figure with its
// numerator and where it came from, its denominator and its data date (scoped-figure.ts). Counted
// from the maintained cells (cells.ts), so its cost is the number of cells, not of periods.

export interface ReportArea {
  code: string;
  /** In Indonesian: the files and a frozen month keep this. */
  name: string;
  /** The same in each language, for the screens ("All areas" when no area is set). */
  nameText: LocalizedText;
  /** People with no domicile recorded count in the office's own area (they are its register's). */
  withUnknownArea: boolean;
}

export function resolveArea(ctx: ServiceContext, areaCode: string | undefined): ReportArea {
  const office = officeSettings(ctx).areaCode;
  const code = areaCode ?? office ?? '';
  const region = code ? regionName(ctx.sqlite, code) : undefined;
  if (code && region === undefined) throw invalidInput(msg('coverage.errors.unknownArea', { code }), { issues: [{ path: 'areaCode' }] });
  // A region's name reads the same in both languages; "all areas" is catalogue words.
  const nameText = region ? inBoth(() => region) : renderBoth(msg('coverage.allAreas'));
  return { code, name: nameText.id, nameText, withUnknownArea: !code || code === office };
}

/** The area dimensions: the figure's region code from a cell's domicile key. */
const areaOf: Record<'kabkota' | 'kecamatan' | 'desa', (key: string) => string | null> = {
  kabkota: (key) => (key.length >= 5 ? key.slice(0, 5) : null),
  kecamatan: (key) => (key.length >= 8 ? key.slice(0, 8) : null),
  desa: (key) => (key.length > 8 ? key : null),
};
/** The region level of each area dimension. */
const areaLength = { kabkota: 2, kecamatan: 3, desa: 4 } as const;
const isAreaDimension = (d: CoverageDimension): d is keyof typeof areaOf => d in areaOf;
const cellDim: Record<'segment' | 'sector' | 'funding' | 'programme', CoverageCell['dim']> = { segment: 'segment', sector: 'sector', funding: 'funding', programme: 'programme' };

/** The breakdown column of an aggregate row that a dimension reads. */
const aggregateColumn = (row: AggregateRow, dimension: Exclude<CoverageDimension, keyof typeof areaOf>): string | null =>
  dimension === 'programme' ? (row.programmeId === null ? null : String(row.programmeId)) : row[dimension];

function groupCells(cells: readonly CoverageCell[], keyOf: (c: CoverageCell) => string | null): Map<string | null, PeopleCount> {
  const groups = new Map<string | null, CoverageCell[]>();
  for (const c of cells) {
    const k = keyOf(c);
    const list = groups.get(k);
    if (list) list.push(c);
    else groups.set(k, [c]);
  }
  return new Map([...groups].map(([k, list]) => [k, peopleOf(list)]));
}

interface Context {
  at: string;
  area: ReportArea;
  cells: CoverageCell[];
  inputs: FigureInputs;
  /** The aggregate rows of the report's area and the areas inside it. */
  aggregateRows: AggregateRow[];
  labels: Labels;
}

/** A figure's name in each language: catalogue words by code, the office's data as it is written. */
function labelOf(c: Context, dimension: CoverageDimension, value: string | null): LocalizedText {
  const same = (text: string) => inBoth(() => text);
  if (value === null || value === '') return renderBoth(msg('coverage.notRecorded'));
  if (isAreaDimension(dimension)) return same(c.labels.region(value) ?? value);
  if (dimension === 'segment') return c.labels.list('segment', value) ?? same(value);
  if (dimension === 'category') return c.labels.list('vulnerable_category', value) ?? same(value);
  if (dimension === 'funding') return c.labels.list('funding_source', value) ?? same(value);
  if (dimension === 'sector') {
    const name = c.labels.sector(value);
    return name ? inBoth((language) => `${value} — ${name[language]}`) : same(value);
  }
  const p = c.labels.programme(Number(value));
  return p ? inBoth((language) => programmeLabel(p, language)) : same(value);
}

function scopeOf(c: Context, dimension: CoverageDimension, value: string | null): { scope: FigureScope | null; filter: PeopleFilter } {
  const filter: PeopleFilter = { at: c.at, areaCode: c.area.code, ...(c.area.withUnknownArea ? { withUnknownArea: true } : {}) };
  // "Not recorded": no domicile at that level, or no category, sector or funding written.
  if (value === null) return { scope: null, filter: isAreaDimension(dimension) ? { ...filter, unrecorded: dimension } : { ...filter, [dimension]: '' } };
  if (isAreaDimension(dimension)) return { scope: { areaCode: value }, filter: { at: c.at, areaCode: value } };
  if (dimension === 'programme') {
    const uid = c.labels.programme(Number(value))?.uid;
    return { scope: { areaCode: c.area.code, programmeId: Number(value) }, filter: { ...filter, ...(uid ? { programmeUid: uid } : {}) } };
  }
  return { scope: { areaCode: c.area.code, [dimension]: value }, filter: { ...filter, [dimension]: value } };
}

function breakdown(c: Context, dimension: CoverageDimension): CoverageFigure[] {
  const groups = isAreaDimension(dimension)
    ? groupCells(c.cells.filter((x) => x.dim === 'total'), (x) => areaOf[dimension](x.areaKey))
    : dimension === 'category'
      ? groupCells(c.cells.filter((x) => x.dim === 'total'), (x) => x.category || null)
      : groupCells(c.cells.filter((x) => x.dim === cellDim[dimension as keyof typeof cellDim]), (x) => x.value || null);
  // Values only aggregate rows know (an area or a segment with no people in the register): every
  // value a row of the report's area (or inside it) has, so each row shows in each figure it belongs to.
  const values = new Set<string | null>(groups.keys());
  if (dimension === 'segment') coverageSegments.forEach((s) => values.add(s));
  for (const row of c.aggregateRows) {
    if (isAreaDimension(dimension)) {
      const level = areaLength[dimension];
      if (level >= areaLevel(c.area.code) && areaLevel(row.areaCode) >= level) values.add(areaAt(row.areaCode, level));
    } else {
      const value = aggregateColumn(row, dimension);
      if (value !== null) values.add(value);
    }
  }
  const figures = [...values].map((value) => {
    const { scope, filter } = scopeOf(c, dimension, value);
    return buildFigure(c.inputs, {
      key: `${dimension}:${value ?? ''}`,
      dimension,
      value,
      label: labelOf(c, dimension, value),
      at: c.at,
      people: groups.get(value) ?? noPeople,
      scope,
      filter,
    });
  });
  const order = (f: CoverageFigure) => (dimension === 'segment' ? String(coverageSegments.indexOf(f.value as never)).padStart(2, '0') : (f.value ?? '\uffff'));
  return figures.sort((a, b) => order(a).localeCompare(order(b)));
}

export interface ReportRequest {
  at?: string | undefined;
  areaCode?: string | undefined;
  by?: CoverageDimension[] | undefined;
  denominatorUid?: string | undefined;
}

export function countReport(ctx: ServiceContext, input: ReportRequest): CoverageReport {
  const at = input.at ?? officeTodayIso(ctx);
  const area = resolveArea(ctx, input.areaCode);
  const recounting = keepCoverageCurrent(ctx);
  const cells = coverageCells(ctx.sqlite, { areaCode: area.code, withUnknownArea: area.withUnknownArea }, at);
  const inputs: FigureInputs = { denominators: loadDenominators(ctx.sqlite), aggregates: indexAggregates(loadAggregates(ctx.sqlite, at)) };
  const aggregateRows = rowsOf(inputs.aggregates, { areaCode: area.code });
  const regionCodes = new Set<string>();
  for (const x of cells) if (x.dim === 'total') for (const f of Object.values(areaOf)) { const code = f(x.areaKey); if (code) regionCodes.add(code); }
  for (const row of aggregateRows) for (let level = areaLevel(row.areaCode); level > 0; level--) regionCodes.add(areaAt(row.areaCode, level));
  const c: Context = { at, area, cells, inputs, aggregateRows, labels: loadLabels(ctx.sqlite, [...regionCodes]) };

  let chosen = undefined;
  if (input.denominatorUid) {
    chosen = inputs.denominators.find((d) => d.uid === input.denominatorUid);
    if (!chosen) throw invalidInput(msg('coverage.errors.denominatorNotFound', { uid: input.denominatorUid }), { issues: [{ path: 'denominatorUid' }] });
  }
  const total = buildFigure(inputs, {
    key: 'total',
    dimension: 'total',
    value: null,
    label: renderBoth(msg('coverage.total')),
    at,
    people: peopleOf(cells.filter((x) => x.dim === 'total')),
    scope: { areaCode: area.code },
    filter: { at, areaCode: area.code, ...(area.withUnknownArea ? { withUnknownArea: true } : {}) },
    ...(chosen ? { denominator: chosen } : {}),
  });
  const by = new Set(input.by ?? coverageDimensions);
  const breakdowns = Object.fromEntries(coverageDimensions.map((d) => [d, by.has(d) ? breakdown(c, d) : []])) as Record<CoverageDimension, CoverageFigure[]>;
  return { at, countedOn: officeTodayIso(ctx), area: { code: area.code, name: area.name, nameText: area.nameText }, snapshot: null, total, breakdowns, targets: targetProgress(ctx, area, at, inputs), recounting };
}
