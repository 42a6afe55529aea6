import { z } from 'zod';
import { isRealIsoDate } from './employers.ts';
import type { LocalizedText } from './localized-text.ts';
import { v } from './messages.ts';
import { regionCodeSchema } from './reference.ts';

// Coverage (Cakupan): active participants ÷ a denominator, by area, segment, sector, category,
// funding and programme, at any date or from a frozen month. Every figure carries what it was
// made of: its numerator and where it came from (people in the register or aggregate inputs),
// the denominator with its source and date, and the data date. The contract between the
// coverage engine (core/coverage) and the dashboard (renderer/src/coverage).

const isoDate = z.string().refine(isRealIsoDate, v.invalid);
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, v.invalid);

export const coverageDimensions = ['kabkota', 'kecamatan', 'desa', 'segment', 'sector', 'category', 'funding', 'programme'] as const;
export type CoverageDimension = (typeof coverageDimensions)[number];
export const coverageSegments = ['PU', 'BPU', 'JAKON', 'PMI'] as const;

/**
 * Where a numerator came from: people with an active period, totals the office received, or both
 * ('campuran': the register's people plus the aggregate rows of the areas inside the figure where
 * the register has nobody; `parts` says how much of each).
 */
export const numeratorSources = ['orang', 'agregat', 'campuran'] as const;
export type NumeratorSource = (typeof numeratorSources)[number];

export interface DenominatorRef {
  uid: string;
  name: string;
  value: number;
  universe: string;
  sourceKind: string;
  source: string;
  asOfDate: string;
}

export interface AggregateRef {
  uid: string;
  count: number;
  asOfDate: string;
  source: string;
}

/** What lists the people behind a figure in the worker register's grid (the same filter). */
export interface PeopleFilter {
  at: string;
  areaCode: string;
  segment?: string;
  sector?: string;
  category?: string;
  funding?: string;
  programmeUid?: string;
  /** People with no domicile recorded count here (the office's own area). */
  withUnknownArea?: boolean;
  /** A "not recorded" area figure: the people of the area whose domicile stops above this level. */
  unrecorded?: 'kabkota' | 'kecamatan' | 'desa';
}

/** The worker grid's `coverage` filter: a set filter of 'part=value' (core/coverage/people-condition.ts reads it). */
export const coverageFilterParts = ['at', 'area', 'segment', 'sector', 'funding', 'programme', 'category', 'unknown', 'unrecorded'] as const;
export function coverageFilterValues(filter: PeopleFilter): string[] {
  const parts: Record<(typeof coverageFilterParts)[number], string | undefined> = {
    at: filter.at,
    area: filter.areaCode,
    segment: filter.segment,
    sector: filter.sector,
    funding: filter.funding,
    programme: filter.programmeUid,
    category: filter.category,
    unknown: filter.withUnknownArea ? '1' : undefined,
    unrecorded: filter.unrecorded,
  };
  return coverageFilterParts.filter((p) => parts[p] !== undefined).map((p) => `${p}=${parts[p]}`);
}

/** A breakdown all of a figure's aggregate rows share though the figure does not ask for it ('segment' 'BPU'). */
export interface AggregateSlice {
  column: 'segment' | 'category' | 'sector' | 'funding' | 'programme';
  value: string;
}

export interface CoverageFigure {
  /** 'total', or the dimension and its value: 'kecamatan:51.01.01', 'segment:PU', 'category:' (none). */
  key: string;
  dimension: CoverageDimension | 'total';
  /** The code within the dimension (region code, segment, KBLI section, list code, programme uid); null = not recorded. */
  value: string | null;
  /** Its name in the office's words (region name, list label, programme name), in Indonesian: files and frozen months keep this. */
  label: string;
  /**
   * The same name in each language, for the screens. Absent on a frozen month's figures: they show
   * the words they were frozen with.
   */
  labelText?: LocalizedText;
  numerator: number;
  numeratorSource: NumeratorSource;
  /** The numerator's two parts: people counted in the register, and the aggregate rows summed. */
  parts: { people: number; aggregates: number };
  /**
   * The register's own count when a received total for the figure's whole area was larger and
   * made the figure instead (the register is taken as not complete there); null otherwise.
   */
  registerSetAside: number | null;
  /**
   * Set when the aggregate rows summed are a slice of the figure (every row only BPU, only APBD):
   * the figure is then a lower bound, and says which slice it is.
   */
  aggregateOnly: AggregateSlice[];
  /**
   * False when neither the register nor an aggregate input had anything for the figure by its
   * date: its 0 is "no data yet", not "nobody covered", and it has no percent.
   */
  hasData: boolean;
  /** The aggregate rows summed (numeratorSource 'agregat' or 'campuran'), each with its source and date. */
  aggregates: AggregateRef[];
  denominator: DenominatorRef | null;
  /** numerator ÷ denominator × 100, rounded to two decimals; null without a denominator. */
  percent: number | null;
  /** The day the numerator describes: the asked date, or the aggregate rows' date when they alone make it. */
  dataDate: string;
  /** The grid filter that lists the people counted (the people part of a 'campuran' figure); null for aggregate figures. */
  people: PeopleFilter | null;
}

export interface TargetProgress {
  uid: string;
  year: number;
  areaCode: string;
  areaName: string;
  kind: 'persen' | 'orang';
  value: number;
  segment: string | null;
  category: string | null;
  programmeUid: string | null;
  source: string;
  /** The figure it is measured against now, and how far along: achieved ÷ target × 100. */
  figure: CoverageFigure;
  progressPercent: number | null;
}

export interface CoverageReport {
  at: string;
  /**
   * The day it was counted (today, or the day a frozen month was frozen). Domicile and category are
   * read as recorded then (their history is not kept): a report whose `at` is earlier says so.
   */
  countedOn: string;
  /**
   * `name` in Indonesian, as the files and a frozen month keep it; `nameText` in each language for
   * the screens, absent on a frozen month (it shows the name it was frozen with).
   */
  area: { code: string; name: string; nameText?: LocalizedText };
  /** Set when the report was read from a frozen month rather than counted now. */
  snapshot: SnapshotSummary | null;
  total: CoverageFigure;
  breakdowns: Record<CoverageDimension, CoverageFigure[]>;
  targets: TargetProgress[];
  /** People whose changes the counts do not hold yet (a recount runs after a big import); 0 when current. */
  recounting: number;
}

export const coverageReportInput = z
  .object({
    /** Default: the office's today. */
    at: isoDate.optional(),
    /** Default: the office's area (office profile). */
    areaCode: regionCodeSchema.optional(),
    by: z.array(z.enum(coverageDimensions)).max(coverageDimensions.length).optional(),
    /** Read a frozen month instead of counting now. */
    snapshotUid: z.string().min(1).max(80).optional(),
    /** The total's denominator, chosen instead of the newest fitting one. */
    denominatorUid: z.string().min(1).max(80).optional(),
  })
  .strict();

export interface TrendPoint {
  month: string;
  /** The month's last day (or today for the current month). */
  date: string;
  numerator: number;
  denominator: DenominatorRef | null;
  percent: number | null;
  numeratorSource: NumeratorSource;
}

export const coverageTrendInput = z
  .object({
    areaCode: regionCodeSchema.optional(),
    from: month,
    to: month,
    segment: z.enum(coverageSegments).optional(),
    category: z.string().max(60).optional(),
    programmeUid: z.string().max(80).optional(),
  })
  .strict();

export interface SnapshotSummary {
  uid: string;
  month: string;
  /** The day counted (the month's last day). */
  at: string;
  areaCode: string;
  frozenAt: string;
  frozenBy: string;
  figures: number;
}

export const freezeMonthInput = z.object({ month, areaCode: regionCodeSchema.optional() }).strict();

export interface SnapshotDifference {
  key: string;
  dimension: CoverageDimension | 'total';
  label: string;
  /** Its name in each language, from the recount now; absent when only the frozen month has the figure. */
  labelText?: LocalizedText;
  /** `people`: the part counted from the register (what "Lihat orangnya" lists, today as at that date). */
  frozen: { numerator: number; people: number; denominator: number | null; percent: number | null };
  now: { numerator: number; people: number; denominator: number | null; percent: number | null };
  numeratorChange: number;
  /** Percentage points. */
  percentChange: number | null;
}

export interface RuleEffect {
  regulation: { uid: string; title: string; effectiveDate: string; areaCode: string; areaName: string };
  /** What was counted: the rule's categories or programme where its commitments name them, else everyone in its area. */
  scope: { categories: string[]; programmeUids: string[]; description: string; descriptionText: LocalizedText };
  months: TrendPoint[];
  before: TrendPoint | null;
  after: TrendPoint | null;
  changePeople: number | null;
  changePoints: number | null;
}

export const ruleEffectInput = z.object({ regulationUid: z.string().min(1).max(80) }).strict();
