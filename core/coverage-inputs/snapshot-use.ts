import { stmt } from '../../db/statements.ts';
import type { ServiceContext } from '../context.ts';

// Whether a frozen month names a denominator or an aggregate row: each frozen figure keeps the
// denominator's uid and the aggregate rows it summed (coverage_snapshot_figure, core/coverage).
// A row a snapshot names keeps its numbers: it is retired and a new one entered instead.

const aggregateUids = "SELECT json_extract(a.value, '$.uid') FROM coverage_snapshot_figure f, json_each(f.aggregates) a";
const namedUids = { denominator: 'SELECT denominator_uid FROM coverage_snapshot_figure WHERE denominator_uid IS NOT NULL', aggregate: aggregateUids } as const;
const ownTable = { denominator: 'coverage_denominator', aggregate: 'coverage_aggregate' } as const;

/** True when a snapshot names the row. */
export function usedBySnapshot(ctx: ServiceContext, kind: 'denominator' | 'aggregate', row: { id: number; uid: string }): boolean {
  return stmt(ctx.sqlite, `SELECT 1 WHERE ? IN (${namedUids[kind]})`).get(row.uid) !== undefined;
}

/** The ids of rows of `kind` that snapshots name, for a list. */
export function idsUsedBySnapshots(ctx: ServiceContext, kind: 'denominator' | 'aggregate'): Set<number> {
  return new Set(stmt(ctx.sqlite, `SELECT id FROM ${ownTable[kind]} WHERE uid IN (${namedUids[kind]})`).pluck().all() as number[]);
}
