import type { Sqlite } from '../../db/open.ts';
import type { CoverageFigure, NumeratorSource, PeopleFilter } from '../api/coverage.ts';
import { aggregatesWithoutPeople, areaAt, areaLevel, chooseAggregates, type AggregateIndex } from './aggregate-choice.ts';
import { coverageCells, type CoverageCell } from './cells.ts';
import { denominatorRef, percentOf, pickDenominator, type DenominatorRow, type FigureScope } from './inputs.ts';

// One figure from its people and its aggregate rows, with its denominator: the rule every figure
// follows. Where the register has people for the figure (a period of its area and breakdown value
// had started by the date) they count, and the aggregate rows of the areas inside it where the
// register has nobody are added ('campuran' when there are some: both parts are shown). Where it
// has nobody, the aggregate rows that make the figure (aggregate-choice.ts). Otherwise 0 from the
// register, said to be no data (no percent). A received total for the whole area that is larger
// than what the register holds there makes the figure instead, the register's count said beside it.

export interface FigureInputs {
  denominators: readonly DenominatorRow[];
  aggregates: AggregateIndex;
}

/** The register's count for a figure, and the domicile keys (each once) of its cells that had data by the date. */
export interface PeopleCount {
  n: number;
  hasData: boolean;
  areas: readonly string[];
}

/** Sums cells into a figure's people count. */
export function peopleOf(cells: readonly CoverageCell[]): PeopleCount {
  let n = 0;
  const areas = new Set<string>();
  for (const c of cells) {
    if (c.n === null) continue;
    n += c.n;
    areas.add(c.areaKey);
  }
  return { n, hasData: areas.size > 0, areas: [...areas] };
}

export const noPeople: PeopleCount = { n: 0, hasData: false, areas: [] };

/** Whether the register has people for the figure in an area (the area or one inside it); built when first asked. */
function peopleIn(people: PeopleCount): (code: string) => boolean {
  let codes: Set<string> | null = null;
  return (code) => {
    if (!codes) {
      codes = new Set();
      for (const key of people.areas) for (let level = areaLevel(key); level > 0; level--) codes.add(areaAt(key, level));
    }
    return codes.has(code);
  };
}

export interface FigureParts {
  key: string;
  dimension: CoverageFigure['dimension'];
  value: string | null;
  label: string;
  at: string;
  /** The register's count for the figure. */
  people: PeopleCount;
  /** What aggregates and denominators are matched with; null = nothing to match (a "not recorded" cell). */
  scope: FigureScope | null;
  filter: PeopleFilter;
  /** A denominator the caller chose instead of the fitting one. */
  denominator?: DenominatorRow | null;
}

export function buildFigure(inputs: FigureInputs, parts: FigureParts): CoverageFigure {
  let people = parts.people;
  let aggregate = !parts.scope ? null : people.hasData ? aggregatesWithoutPeople(inputs.aggregates, parts.scope, peopleIn(people)) : chooseAggregates(inputs.aggregates, parts.scope);
  // A received total for the whole area (e.g. the BPJS branch's count) larger than what the
  // register holds there: the register is not complete yet, so the total makes the figure and
  // the register's count is said beside it, never silently dropped either way.
  let registerSetAside: number | null = null;
  if (parts.scope && people.hasData) {
    const whole = chooseAggregates(inputs.aggregates, parts.scope);
    if (whole && whole.count > people.n + (aggregate?.count ?? 0)) {
      registerSetAside = people.n;
      aggregate = whole;
      people = noPeople;
    }
  }
  const fromPeople = people.hasData ? people.n : 0;
  const source: NumeratorSource = !aggregate ? 'orang' : people.hasData ? 'campuran' : 'agregat';
  const numerator = fromPeople + (aggregate?.count ?? 0);
  const denominator = parts.denominator ?? (parts.scope ? pickDenominator(inputs.denominators, parts.scope, parts.at) : null);
  const hasData = people.hasData || aggregate !== null;
  return {
    key: parts.key,
    dimension: parts.dimension,
    value: parts.value,
    label: parts.label,
    numerator,
    numeratorSource: source,
    parts: { people: fromPeople, aggregates: aggregate?.count ?? 0 },
    registerSetAside,
    hasData,
    aggregates: aggregate?.refs ?? [],
    denominator: denominator ? denominatorRef(denominator) : null,
    percent: hasData ? percentOf(numerator, denominator?.value) : null,
    // People are counted at the asked date; aggregates alone at their rows' date.
    dataDate: source === 'agregat' ? aggregate!.asOfDate : parts.at,
    people: source === 'agregat' ? null : parts.filter,
  };
}

/** What a trend, a target or a rule counts: an area, and at most a segment, categories or programmes. */
export interface CountScope {
  areaCode: string;
  withUnknownArea?: boolean;
  segment?: string | null;
  categories?: readonly string[];
  programmeIds?: readonly number[];
}

/**
 * The register's count for a scope. Several programmes are summed (a person in two programmes of
 * the scope at once counts twice); categories are distinct (a person has one).
 */
export function countScope(sqlite: Sqlite, scope: CountScope, at: string): PeopleCount {
  // Programme keys carry no category (maintain.ts): a programme scope counts all its people.
  const base = { areaCode: scope.areaCode, withUnknownArea: scope.withUnknownArea ?? false, ...(scope.categories?.length ? { categories: scope.categories } : {}) };
  if (scope.programmeIds?.length) return peopleOf(coverageCells(sqlite, { areaCode: scope.areaCode, withUnknownArea: base.withUnknownArea, dim: 'programme', values: scope.programmeIds.map(String) }, at));
  if (scope.segment) return peopleOf(coverageCells(sqlite, { ...base, dim: 'segment', values: [scope.segment] }, at));
  return peopleOf(coverageCells(sqlite, { ...base, dim: 'total' }, at));
}

/** A scope's figure (the matching aggregate and denominator when it names one category or programme at most). */
export function scopedFigure(sqlite: Sqlite, inputs: FigureInputs, scope: CountScope, at: string, label: string, denominator?: DenominatorRow | null): CoverageFigure {
  const category = scope.categories?.length === 1 ? scope.categories[0]! : null;
  const programmeId = scope.programmeIds?.length === 1 ? scope.programmeIds[0]! : null;
  const several = (scope.categories?.length ?? 0) > 1 || (scope.programmeIds?.length ?? 0) > 1;
  const figureScope: FigureScope | null = several ? null : { areaCode: scope.areaCode, segment: scope.segment ?? null, category, programmeId };
  const dimension = programmeId ? 'programme' : category ? 'category' : scope.segment ? 'segment' : 'total';
  return buildFigure(inputs, {
    key: dimension === 'total' ? 'total' : `${dimension}:${programmeId ?? category ?? scope.segment}`,
    dimension,
    value: dimension === 'total' ? null : String(programmeId ?? category ?? scope.segment),
    label,
    at,
    people: countScope(sqlite, scope, at),
    scope: figureScope,
    filter: { at, areaCode: scope.areaCode, ...(scope.withUnknownArea ? { withUnknownArea: true } : {}), ...(scope.segment ? { segment: scope.segment } : {}), ...(category ? { category } : {}) },
    ...(denominator !== undefined ? { denominator } : {}),
  });
}
