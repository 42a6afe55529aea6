import type { Sqlite } from '../../db/open.ts';
import type { CoverageFigure, NumeratorSource, PeopleFilter } from '../api/coverage.ts';
import type { LocalizedText } from '../api/localized-text.ts';
import { aggregatesWithoutPeople, areaAt, areaLevel, chooseAggregates, ownAreaAggregates, type AggregateChoice, type AggregateIndex } from './aggregate-choice.ts';
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

/** The register's count for a figure, and its count in each domicile key of its cells that had data by the date. */
export interface PeopleCount {
  n: number;
  hasData: boolean;
  areas: ReadonlyMap<string, number>;
}

/** Sums cells into a figure's people count. */
export function peopleOf(cells: readonly CoverageCell[]): PeopleCount {
  let n = 0;
  const areas = new Map<string, number>();
  for (const c of cells) {
    if (c.n === null) continue;
    n += c.n;
    areas.set(c.areaKey, (areas.get(c.areaKey) ?? 0) + c.n);
  }
  return { n, hasData: areas.size > 0, areas };
}

export const noPeople: PeopleCount = { n: 0, hasData: false, areas: new Map() };

/** The register's count for the figure in an area (the area and those inside it; undefined: nobody recorded); built when first asked. */
function peopleIn(people: PeopleCount): (code: string) => number | undefined {
  let sums: Map<string, number> | null = null;
  return (code) => {
    if (!sums) {
      sums = new Map();
      for (const [key, n] of people.areas) for (let level = areaLevel(key); level > 0; level--) sums.set(areaAt(key, level), (sums.get(areaAt(key, level)) ?? 0) + n);
    }
    return sums.get(code);
  };
}

export interface FigureParts {
  key: string;
  dimension: CoverageFigure['dimension'];
  value: string | null;
  /** Its name in each language (the figure keeps the Indonesian as `label`). */
  label: LocalizedText;
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
  let setAside = 0;
  let aggregate: AggregateChoice | null = null;
  if (parts.scope && people.hasData) {
    // Areas inside the figure: the register's people where it has them, unless a total received
    // for that area is larger (the register is not complete there yet: the total counts, and the
    // register's count there is said beside it); the areas' totals where it has nobody.
    const within = aggregatesWithoutPeople(inputs.aggregates, parts.scope, peopleIn(people));
    aggregate = within;
    setAside = within?.setAside ?? 0;
    // The figure's own area: the same rule for a total received for the whole of it.
    const whole = ownAreaAggregates(inputs.aggregates, parts.scope);
    if (whole && whole.count > people.n - setAside + (within?.count ?? 0)) {
      aggregate = whole;
      setAside = people.n;
    }
    if (setAside === people.n) people = noPeople;
  } else if (parts.scope) {
    aggregate = chooseAggregates(inputs.aggregates, parts.scope);
  }
  const registerSetAside = setAside > 0 ? setAside : null;
  const fromPeople = people.hasData ? people.n - setAside : 0;
  const source: NumeratorSource = !aggregate ? 'orang' : people.hasData ? 'campuran' : 'agregat';
  const numerator = fromPeople + (aggregate?.count ?? 0);
  const denominator = parts.denominator ?? (parts.scope ? pickDenominator(inputs.denominators, parts.scope, parts.at) : null);
  const hasData = people.hasData || aggregate !== null;
  return {
    key: parts.key,
    dimension: parts.dimension,
    value: parts.value,
    label: parts.label.id,
    labelText: parts.label,
    numerator,
    numeratorSource: source,
    parts: { people: fromPeople, aggregates: aggregate?.count ?? 0 },
    registerSetAside,
    aggregateOnly: aggregate?.only ?? [],
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
export function scopedFigure(sqlite: Sqlite, inputs: FigureInputs, scope: CountScope, at: string, label: LocalizedText, denominator?: DenominatorRow | null): CoverageFigure {
  const category = scope.categories?.length === 1 ? scope.categories[0]! : null;
  const programmeId = scope.programmeIds?.length === 1 ? scope.programmeIds[0]! : null;
  const several = (scope.categories?.length ?? 0) > 1 || (scope.programmeIds?.length ?? 0) > 1;
  const figureScope: FigureScope | null = several ? null : { areaCode: scope.areaCode, segment: scope.segment ?? null, category, programmeId };
  // Several categories or programmes at once have no denominator of their own: their share is
  // taken of the area's workers (the rule's before/after says so), never of a single category's.
  const base = several && denominator === undefined ? pickDenominator(inputs.denominators, { areaCode: scope.areaCode, segment: scope.segment ?? null, category: null, programmeId: null }, at) : denominator;
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
    ...(base !== undefined ? { denominator: base } : {}),
  });
}
