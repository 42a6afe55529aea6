import { selectRowById } from '../../../db/fast-write.ts';
import { stmt } from '../../../db/statements.ts';
import { coverageAggregate } from '../../../db/schema/index.ts';
import { aggregateColumns, checkAggregateNotFrozen, type AggregateRow } from '../../coverage-inputs/aggregate-service.ts';
import type { ExistingRecord, RegisterImporter } from '../register-importer.ts';
import { listCodes } from '../workers/worker-importer.ts';
import { aggregateFields } from './aggregate-fields.ts';
import { convertAggregateRow, type ImportedAggregate } from './aggregate-row.ts';
import { areaLookup } from './area-words.ts';
import { listChoices } from '../list-choices.ts';

// Aggregate inputs through the shared import pipeline (the BPJS branch's monthly totals, a
// programme's list by category): dry run, error file, whole commit, undo. A row matches the row
// in use (not retired) for the same area, segment, category, sector, funding, kind of source and
// date: a new count for it updates it, unless a frozen month names it (then the row is refused:
// the office retires it, and the import then enters the correction as a new row).

export const aggregateWrites = ['areaCode', 'segment', 'category', 'sector', 'funding', 'programmeId', 'count', 'asOfDate', 'sourceKind', 'source', 'notes'] as const;

const matchSql = `SELECT id FROM coverage_aggregate WHERE area_code = ? AND segment IS ? AND category IS ? AND sector IS ? AND funding IS ? AND programme_id IS NULL AND as_of_date = ? AND source_kind = ? AND retired_at IS NULL ORDER BY id DESC LIMIT 1`;

const existingOf = (row: AggregateRow | undefined): ExistingRecord | undefined => (row ? { id: row.id, uid: row.uid, row } : undefined);

export const aggregateImporter: RegisterImporter<ImportedAggregate> = {
  fields: aggregateFields,
  tables: [{ key: 'aggregate', table: coverageAggregate, entity: 'coverage_aggregate', label: 'areaCode', writes: aggregateWrites }],
  templateName: { key: 'coverageInputs.register.aggregateTemplate' },

  officeChoices: (ctx) => ({ category: listChoices(ctx, 'vulnerable_category'), funding: listChoices(ctx, 'funding_source') }),

  session(ctx, officeArea) {
    const area = areaLookup(ctx, officeArea);
    const codes = listCodes(ctx);
    return {
      convert(cells) {
        const { values, issues } = convertAggregateRow(cells, area, codes);
        const label = values ? [values.areaCode, values.segment, values.category, values.asOfDate].filter(Boolean).join(' · ') : String(cells.areaCode ?? '');
        return { values, issues, label };
      },
      match(rows) {
        return rows.map((v) => {
          if (!v) return undefined;
          const id = stmt(ctx.sqlite, matchSql).pluck().get(v.areaCode, v.segment, v.category, v.sector, v.funding, v.asOfDate, v.sourceKind) as number | undefined;
          return id === undefined ? undefined : existingOf(selectRowById(ctx.sqlite, coverageAggregate, id));
        });
      },
      plan(values, provided, existing) {
        const current = existing?.row as AggregateRow | undefined;
        const fresh = aggregateColumns(ctx, { ...values, programmeUid: null }, current);
        if (!current) return [{ table: 'aggregate', columns: fresh }];
        const columns = Object.fromEntries(aggregateWrites.map((k) => [k, provided.has(k) ? fresh[k] : current[k]]));
        checkAggregateNotFrozen(ctx, current, columns);
        return [{ table: 'aggregate', target: existing!, columns }];
      },
    };
  },

  fieldOfPath: (path) => (path === 'programmeId' ? 'areaCode' : path),

  identityKeys(values) {
    return [{ field: 'areaCode', kind: 'Data', value: [values.areaCode, values.segment, values.category, values.sector, values.funding, values.sourceKind, values.asOfDate].filter(Boolean).join(' · ') }];
  },
};
