import type { Sqlite } from '../../db/open.ts';
import type { CoverageFigure, NumeratorSource, PeopleFilter } from '../api/coverage.ts';
import { coverageCells, sumCells } from './cells.ts';
import { aggregatesFor, denominatorRef, percentOf, pickDenominator, type AggregateRow, type DenominatorRow, type FigureScope } from './inputs.ts';

// One figure from its people or its aggregate rows, with its denominator: the rule every figure
// follows. People count where the register has data for the figure (a period of its area and
// breakdown value had started by the date); otherwise the newest aggregate rows for exactly that
// figure dated on or before the date; otherwise 0 from the register, said to be no data (no percent).

export interface FigureInputs {
  denominators: readonly DenominatorRow[];
  aggregates: readonly AggregateRow[];
}

export interface FigureParts {
  key: string;
  dimension: CoverageFigure['dimension'];
  value: string | null;
  label: string;
  at: string;
  /** The register's count for the figure. */
  people: { n: number; hasData: boolean };
  /** What aggregates and denominators are matched with; null = nothing to match (a "not recorded" cell). */
  scope: FigureScope | null;
  filter: PeopleFilter;
  /** A denominator the caller chose instead of the fitting one. */
  denominator?: DenominatorRow | null;
}

export function buildFigure(inputs: FigureInputs, parts: FigureParts): CoverageFigure {
  const aggregate = !parts.people.hasData && parts.scope ? aggregatesFor(inputs.aggregates, parts.scope) : null;
  const source: NumeratorSource = aggregate ? 'agregat' : 'orang';
  const numerator = aggregate ? aggregate.count : parts.people.n;
  const denominator = parts.denominator ?? (parts.scope ? pickDenominator(inputs.denominators, parts.scope, parts.at) : null);
  const hasData = parts.people.hasData || aggregate !== null;
  return {
    key: parts.key,
    dimension: parts.dimension,
    value: parts.value,
    label: parts.label,
    numerator,
    numeratorSource: source,
    hasData,
    aggregates: aggregate?.refs ?? [],
    denominator: denominator ? denominatorRef(denominator) : null,
    percent: hasData ? percentOf(numerator, denominator?.value) : null,
    dataDate: aggregate ? aggregate.asOfDate : parts.at,
    people: aggregate ? null : parts.filter,
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
export function countScope(sqlite: Sqlite, scope: CountScope, at: string): { n: number; hasData: boolean } {
  // Programme keys carry no category (maintain.ts): a programme scope counts all its people.
  const base = { areaCode: scope.areaCode, withUnknownArea: scope.withUnknownArea ?? false, ...(scope.categories?.length ? { categories: scope.categories } : {}) };
  if (scope.programmeIds?.length) return sumCells(coverageCells(sqlite, { areaCode: scope.areaCode, withUnknownArea: base.withUnknownArea, dim: 'programme', values: scope.programmeIds.map(String) }, at));
  if (scope.segment) return sumCells(coverageCells(sqlite, { ...base, dim: 'segment', values: [scope.segment] }, at));
  return sumCells(coverageCells(sqlite, { ...base, dim: 'total' }, at));
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
